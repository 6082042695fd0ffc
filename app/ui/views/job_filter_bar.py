"""The filter row above the job list: search, statuses, type, technician, date range.

Typing in the search box waits `DEBOUNCE_MS` before filtering; every other change filters at
once. Each change emits one `filterChanged(JobFilter)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.models.base import utcnow
from app.models.enums import JobStatus, JobType
from app.services.job_queries import DateField, JobFilter
from app.services.technicians import TechnicianSummary, list_technicians
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.formatting import local_day_start
from app.ui.latest import Latest
from app.ui.widgets.sticky_menu import StickyMenu

DEBOUNCE_MS = 150


class JobFilterBar(QWidget):
    filterChanged = Signal(object)  # JobFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._technicians = Latest()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_now)

        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search number, customer, phone, address"))
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_now)

        self.status_button = QPushButton(self)
        self._status_menu = StickyMenu(self.status_button)
        self.status_actions: dict[JobStatus, QAction] = {}
        for status in JobStatus:
            action = self._status_menu.addAction(labels.status(status))
            action.setCheckable(True)
            action.toggled.connect(self._statuses_changed)
            self.status_actions[status] = action
        self._status_menu.addSeparator()
        self._status_menu.addAction(self.tr("Any status"), self.clear_statuses)
        self.status_button.setMenu(self._status_menu)

        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("All types"), None)
        for job_type in JobType:
            self.type_combo.addItem(labels.job_type(job_type), job_type.value)

        self.tech_combo = QComboBox(self)
        self.tech_combo.addItem(self.tr("All technicians"), None)

        self.date_combo = QComboBox(self)
        self.date_combo.addItem(self.tr("Any date"), None)
        self.date_combo.addItem(self.tr("Created"), DateField.CREATED.value)
        self.date_combo.addItem(self.tr("Scheduled"), DateField.SCHEDULED.value)
        station_today = clock().astimezone(ctx.tz).date()  # the station's date, not the PC's
        today = QDate(station_today.year, station_today.month, station_today.day)
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (self.status_button, self.type_combo, self.tech_combo, self.date_combo,
                       self.date_from, self.date_to):
            layout.addWidget(widget)
        for combo in (self.type_combo, self.tech_combo, self.date_combo):
            combo.currentIndexChanged.connect(self.apply_now)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_now)
        self.date_combo.currentIndexChanged.connect(self._sync_date_edits)
        self._sync_date_edits()
        self._update_status_text()

    # -- filling -----------------------------------------------------------------------------

    def load_technicians(self) -> None:
        db = self._ctx.db
        self._technicians.run(self._ctx.op(self, lambda _run: list_technicians(db))
                              .success(self.set_technicians))

    def set_technicians(self, technicians: list[TechnicianSummary]) -> None:
        chosen = self.tech_combo.currentData()
        self.tech_combo.blockSignals(True)
        self.tech_combo.clear()
        self.tech_combo.addItem(self.tr("All technicians"), None)
        for tech in technicians:
            self.tech_combo.addItem(shown(f"{tech.code} {tech.name}"), tech.id)
        self.tech_combo.setCurrentIndex(max(0, self.tech_combo.findData(chosen)))
        self.tech_combo.blockSignals(False)

    # -- the filter --------------------------------------------------------------------------

    def current_filter(self) -> JobFilter:
        date_value = self.date_combo.currentData()
        start = end = None
        if date_value is not None:
            tz = self._ctx.tz
            start = local_day_start(self.date_from.date(), tz)
            end = local_day_start(self.date_to.date(), tz) + dt.timedelta(days=1)
        job_type = self.type_combo.currentData()  # combos hold the enums' string values
        return JobFilter(
            text=self.search.text().strip(),
            statuses=frozenset(s for s, a in self.status_actions.items() if a.isChecked()),
            job_types=frozenset() if job_type is None else frozenset({JobType(job_type)}),
            technician_id=self.tech_combo.currentData(),
            date_field=DateField(date_value or DateField.CREATED.value),
            start=start,
            end=end,
        )

    def apply_now(self) -> None:
        """Emit the filter now (skipping the search box's debounce)."""
        self._timer.stop()
        self.filterChanged.emit(self.current_filter())

    def set_statuses(self, statuses: set[JobStatus]) -> None:
        for status, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._statuses_changed()

    def clear_statuses(self) -> None:
        self.set_statuses(set())

    def _statuses_changed(self) -> None:
        self._update_status_text()
        self.apply_now()

    def _update_status_text(self) -> None:
        chosen = [labels.status(s) for s, a in self.status_actions.items() if a.isChecked()]
        if not chosen:
            text = self.tr("Status: any")
        elif len(chosen) <= 2:
            text = self.tr("Status: {names}").format(names=labels.joined(chosen))
        else:
            text = self.tr("Status: {count} chosen").format(count=len(chosen))
        self.status_button.setText(text)

    def _sync_date_edits(self) -> None:
        enabled = self.date_combo.currentData() is not None
        self.date_from.setEnabled(enabled)
        self.date_to.setEnabled(enabled)
