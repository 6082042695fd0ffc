"""Who could do the selected job on a day: the ranked suggestions, each with the core's
sentences (when the technician arrives, from where, the requested window, the day's load, the
rules a blocked one breaks) in the UI language, and one click to assign the chosen technician
at the proposed slot. The score only orders the list; it is not shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.scheduling.suggest import Group, Suggestion
from app.services.suggestions import suggest_for_job
from app.texts import shown
from app.ui import labels
from app.ui.board import style, texts
from app.ui.context import AppContext
from app.ui.i18n import message_text
from app.ui.latest import Latest

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole


class SuggestionPanel(QWidget):
    assignRequested = Signal(object)  # Suggestion
    fitRequested = Signal()

    def __init__(self, ctx: AppContext, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._clock = ctx, clock
        self._job_id: str | None = None
        self._query = Latest()
        self.title = QLabel(self.tr("Select a job to see who can do it."), self)
        self.title.setWordWrap(True)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = clock().astimezone(ctx.tz).date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.assign_button = QPushButton(self.tr("Assign"), self)
        self.assign_button.setEnabled(False)
        self.fit_button = QPushButton(self.tr("Fit this job in"), self)
        self.fit_button.setToolTip(self.tr("The best place for the job in the day's routes, "
                                           "shown on the board to accept or reject"))
        self.fit_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.day)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.fit_button)
        bottom.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.day.dateChanged.connect(self.reload)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(self._assign)
        self.assign_button.clicked.connect(self._assign)
        self.fit_button.clicked.connect(self.fitRequested)

    def show_job(self, job_id: str | None, number: str, day: dt.date) -> None:
        """Suggest for `job_id` on `day` (None: clear the list)."""
        self._job_id = job_id
        self.fit_button.setEnabled(job_id is not None)
        self.title.setText(self.tr("Technicians for {number}").format(number=number) if job_id
                           else self.tr("Select a job to see who can do it."))
        self.day.blockSignals(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.blockSignals(False)
        self.reload()

    @property
    def job_id(self) -> str | None:
        return self._job_id

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        self.list.clear()
        self.assign_button.setEnabled(False)
        job_id = self._job_id
        if job_id is None:
            self._query.cancel()
            self.status.clear()
            return
        db, now = self._ctx.db, self._clock()
        d = self.day.date()
        day = dt.date(d.year(), d.month(), d.day())
        self.status.setText(self.tr("Looking for technicians…"))
        self._query.run(self._ctx.op(self, lambda _run: suggest_for_job(db, job_id, day, now))
                        .errors_to(self.status.setText).success(self._loaded))

    def _loaded(self, found: list[Suggestion]) -> None:
        available = sum(1 for s in found if s.available)
        self.status.setText(self.tr("{available} of {count} can take it").format(
            available=available, count=len(found)))
        for rank, suggestion in enumerate(found, 1):
            item = QListWidgetItem(self._text(rank, suggestion), self.list)
            item.setData(SUGGESTION_ROLE, suggestion)
            if not suggestion.available:
                item.setForeground(QBrush(style.TEXT_ON_DONE))
        if found:
            self.list.setCurrentRow(0)

    def _text(self, rank: int, s: Suggestion) -> str:
        """The technician and the slot, then each sentence on a line of its own."""
        tz = self._ctx.tz
        when = (texts.span(s.slot_start, s.slot_end, tz) if s.slot_start and s.slot_end
                else self._group(s.group))
        lines = [shown(f"{rank}. {labels.person(s.name, s.code)}  {when}")]
        lines += [f"· {message_text(sentence)}" for sentence in s.sentences]
        return "\n".join(lines)

    def _group(self, group: Group) -> str:
        return {Group.AVAILABLE: self.tr("Available"),
                Group.BLOCKED: self.tr("Not that day"),
                Group.UNQUALIFIED: self.tr("Not qualified")}[group]

    def current(self) -> Suggestion | None:
        item = self.list.currentItem()
        return None if item is None else cast(Suggestion, item.data(SUGGESTION_ROLE))

    def _current_changed(self) -> None:
        s = self.current()
        self.assign_button.setEnabled(s is not None and s.slot_start is not None)

    def _assign(self) -> None:
        s = self.current()
        if s is not None and s.slot_start is not None:
            self.assignRequested.emit(s)
