"""The job editor's visits: who is booked when, how far each visit got and the times
recorded; the selected visit's arrival or finish recorded now, or the paper sheet's times
keyed in (`SheetTimesDialog`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import AppointmentStatus
from app.services.job_sheet_data import SheetVisit, job_visits
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.sheet_times_dialog import SheetTimesDialog, clock_text, open_sheet_times
from app.ui.latest import Latest
from app.ui.operation import Operation
from app.ui.ops import visits as visit_ops
from app.ui.ops.visits import Recorded
from app.ui.widgets.error_label import ErrorLabel

SPAN_FORMAT = "%Y-%m-%d %H:%M"
BOOKED = (AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELLING)
COLUMNS = 4


class VisitsBox(QGroupBox):
    recorded = Signal()  # a visit's times were written (the job's status may have moved)

    def __init__(self, ctx: AppContext, job_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Visits"), parent)
        self._ctx, self._job_id = ctx, job_id
        self._query = Latest()
        self.visits: list[SheetVisit] = []
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Technician"), self.tr("Time"), self.tr("Visit"),
                                   self.tr("Arrived – finished")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMaximumHeight(110)
        self.empty = self.tr("Nobody is booked yet: assign a technician on the board.")
        self.arrive_button = QPushButton(self.tr("Arrived now"), self)
        self.finish_button = QPushButton(self.tr("Finished now"), self)
        self.times_button = QPushButton(self.tr("Times from the sheet…"), self)
        self.times_button.setToolTip(self.tr("Key in the arrival and finish written on the "
                                             "signed paper sheet"))
        self.error_label = ErrorLabel(self)
        buttons = QHBoxLayout()
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.arrive_button.clicked.connect(lambda: self._record(visit_ops.arrive))
        self.finish_button.clicked.connect(lambda: self._record(visit_ops.finish))
        self.times_button.clicked.connect(self.key_in_times)
        self._enable()

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.arrive_button, self.finish_button, self.times_button

    def load(self) -> None:
        db, job_id = self._ctx.db, self._job_id
        self._query.run(self._ctx.op(self, lambda _run: job_visits(db, job_id))
                        .errors_to(self.error_label.show_error).success(self.show_visits))

    def show_visits(self, visits: list[SheetVisit]) -> None:
        chosen = self.current()
        self.visits = list(visits)
        self.list.clear()
        for visit in visits:
            item = QTreeWidgetItem([
                shown(labels.person(visit.technician.name, visit.technician.code)),
                self.span(visit), labels.visit_status(visit.status), self.recorded_text(visit)])
            item.setData(0, Qt.ItemDataRole.UserRole, visit.id)
            self.list.addTopLevelItem(item)
            if chosen is not None and visit.id == chosen.id:
                self.list.setCurrentItem(item)
        if not visits:
            self.list.addTopLevelItem(QTreeWidgetItem([self.empty]))
            self.list.setFirstColumnSpanned(0, self.list.rootIndex(), True)
        elif self.current() is None:  # the first visit still to be finished, else the last
            open_ones = [i for i, v in enumerate(visits) if v.status is not
                         AppointmentStatus.DONE]
            first = self.list.topLevelItem(open_ones[0] if open_ones else len(visits) - 1)
            if first is not None:
                self.list.setCurrentItem(first)
        self._enable()

    def span(self, visit: SheetVisit) -> str:
        tz = self._ctx.tz
        start, end = visit.start.astimezone(tz), visit.end.astimezone(tz)
        until = f"{end:%H:%M}" if start.date() == end.date() else f"{end:{SPAN_FORMAT}}"
        return f"{start:{SPAN_FORMAT}}–{until}"

    def recorded_text(self, visit: SheetVisit) -> str:
        if visit.arrived_at is None:
            return ""
        return f"{clock_text(visit.arrived_at, self._ctx.tz)}–" \
               f"{clock_text(visit.finished_at, self._ctx.tz)}"

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and accessibility)."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [[item.text(c) for c in range(COLUMNS)] for item in items if item is not None]

    # -- recording ---------------------------------------------------------------------------

    def current(self) -> SheetVisit | None:
        item = self.list.currentItem()
        wanted = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((v for v in self.visits if v.id == wanted), None)

    def _enable(self) -> None:
        visit = self.current()
        status = visit.status if visit is not None else None
        self.arrive_button.setEnabled(status in BOOKED)
        self.finish_button.setEnabled(status is AppointmentStatus.ON_SITE)
        self.times_button.setEnabled(visit is not None)

    def _record(self, build: Callable[[AppContext, QObject, str], Operation[Recorded]]) -> None:
        visit = self.current()
        if visit is None:
            return
        self.error_label.clear_error()
        build(self._ctx, self, visit.id).busy(*self.buttons()).errors_to(
            self.error_label.show_error).success(self._recorded).run()

    def key_in_times(self) -> SheetTimesDialog | None:
        visit = self.current()
        if visit is None:
            return None
        dialog = open_sheet_times(self._ctx, self, visit.id, "",
                                  visit.start.astimezone(self._ctx.tz).date(),
                                  visit.arrived_at, visit.finished_at)
        dialog.setWindowTitle(self.tr("Times from the sheet"))
        dialog.recorded.connect(self._recorded)
        return dialog

    def _recorded(self, _result: Recorded) -> None:
        self.load()
        self.recorded.emit()
