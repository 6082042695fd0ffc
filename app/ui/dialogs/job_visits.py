"""The job editor's visits: who is booked when, and how far each visit got."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.job_sheet_data import SheetVisit, job_visits
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.latest import Latest
from app.ui.widgets.error_label import ErrorLabel

SPAN_FORMAT = "%Y-%m-%d %H:%M"


class VisitsBox(QGroupBox):
    def __init__(self, ctx: AppContext, job_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Visits"), parent)
        self._ctx, self._job_id = ctx, job_id
        self._query = Latest()
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Technician"), self.tr("Time"), self.tr("Visit")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMaximumHeight(110)
        self.empty = self.tr("Nobody is booked yet: assign a technician on the board.")
        self.error_label = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.error_label)

    def load(self) -> None:
        db, job_id = self._ctx.db, self._job_id
        self._query.run(self._ctx.op(self, lambda _run: job_visits(db, job_id))
                        .errors_to(self.error_label.show_error).success(self.show_visits))

    def show_visits(self, visits: list[SheetVisit]) -> None:
        self.list.clear()
        for visit in visits:
            self.list.addTopLevelItem(QTreeWidgetItem([
                shown(labels.person(visit.technician.name, visit.technician.code)),
                self.span(visit), labels.visit_status(visit.status)]))
        if not visits:
            self.list.addTopLevelItem(QTreeWidgetItem([self.empty]))
            self.list.setFirstColumnSpanned(0, self.list.rootIndex(), True)

    def span(self, visit: SheetVisit) -> str:
        tz = self._ctx.tz
        start, end = visit.start.astimezone(tz), visit.end.astimezone(tz)
        until = f"{end:%H:%M}" if start.date() == end.date() else f"{end:{SPAN_FORMAT}}"
        return f"{start:{SPAN_FORMAT}}–{until}"

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and accessibility)."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [[item.text(c) for c in range(3)] for item in items if item is not None]
