"""The complaint queue: the open complaints by their next due (overdue in red), or only the
overdue ones (the supervisors' queue), or all with the closed; the chosen one's stages beside
it (`ComplaintDetailPanel`); a new complaint taken from here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.base import utcnow
from app.services.complaint_queries import ComplaintRow, complaint_queue
from app.services.exports import ExportFilter
from app.ui.context import AppContext
from app.ui.dialogs.complaint_dialog import ComplaintDialog, open_complaint_dialog
from app.ui.latest import Latest
from app.ui.quality.complaint_detail import ComplaintDetailPanel
from app.ui.quality.queue_models import ComplaintColumn, ComplaintQueueModel
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table

WIDTHS = {ComplaintColumn.DUE: 130, ComplaintColumn.STAGE: 80, ComplaintColumn.RECEIVED: 120,
          ComplaintColumn.CUSTOMER: 80, ComplaintColumn.PHONE: 100,
          ComplaintColumn.CATEGORY: 90, ComplaintColumn.SEVERITY: 50, ComplaintColumn.JOB: 140}
SHOWING = ("open", "overdue", "all")


class ComplaintsPanel(QWidget):
    openJob = Signal(str)  # job id
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.showing = QComboBox(self)
        for key, text in zip(SHOWING, (self.tr("Open complaints"), self.tr("Overdue only"),
                                       self.tr("All, closed ones too")), strict=True):
            self.showing.addItem(text, key)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self.tr("New complaint…"), self)
        self.new_button.setToolTip(self.tr("Take a complaint from a call (Ctrl+Shift+N)"))
        self.model = ComplaintQueueModel(ctx.tz, self)
        self.table = record_table(self, self.model, WIDTHS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = ComplaintDetailPanel(ctx, self)
        self.error_label = ErrorLabel(self)
        self.dialog: ComplaintDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.showing)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(split, 1)
        self.showing.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.openJob.connect(self.openJob)
        self.detail.changed.connect(self.changed)

    def reload(self, select: str | None = None) -> None:
        db, now, showing = self._ctx.db, utcnow(), self.showing.currentData()
        chosen = select or self.selected_id()

        def work(_run: object) -> list[ComplaintRow]:
            return complaint_queue(db, now, overdue_only=showing == "overdue",
                                   include_closed=showing == "all")
        self._query.run(self._ctx.op(self, work).errors_to(self.error_label.show_error)
                        .success(lambda rows: self.show_rows(rows, now, chosen)))

    def export_filter(self) -> ExportFilter:
        """The queue as chosen above it (File › Export list…)."""
        showing = self.showing.currentData()
        return ExportFilter(overdue_only=showing == "overdue", include_closed=showing == "all")

    def show_rows(self, rows: list[ComplaintRow], now: dt.datetime,
                  chosen: str | None) -> None:
        self.model.set_rows(rows, now)
        overdue = sum(r.overdue for r in rows)
        self.count_label.setText(self.tr("Complaints: {count}, overdue: {overdue}").format(
            count=len(rows), overdue=overdue))
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.load(None)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select(self, complaint_id: str) -> None:
        """Show the complaint (the queue reloads to include it)."""
        if self.showing.currentData() == "overdue":
            self.showing.setCurrentIndex(0)
        self.reload(select=complaint_id)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.detail.load(self.selected_id())

    def new_complaint(self, search: str = "", job_id: str | None = None) -> ComplaintDialog:
        self.dialog = open_complaint_dialog(self._ctx, self, search, job_id)
        self.dialog.recorded.connect(self.select)
        return self.dialog
