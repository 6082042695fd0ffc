"""The job list: filters, a server-sorted paged table, and the job editor on double-click/Enter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.job_queries import JobFilter
from app.ui.context import AppContext, Notify
from app.ui.dialogs.job_editor import JobEditor
from app.ui.itemmodels.job_table_model import SORT_KEYS, Column, JobTableModel
from app.ui.views.job_filter_bar import JobFilterBar
from app.ui.widgets.error_label import ErrorLabel

COLUMN_WIDTHS = {
    Column.NUMBER: 135, Column.TYPE: 80, Column.PRIORITY: 55, Column.STATUS: 75,
    Column.CUSTOMER: 75, Column.PHONE: 105, Column.ADDRESS: 245, Column.TECHNICIANS: 80,
    Column.NEXT_VISIT: 115, Column.SLA_DUE: 115, Column.CREATED: 115,
}


class JobsView(QWidget):
    def __init__(self, ctx: AppContext, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._notify = ctx, notify
        self._activated = False
        self._select_after_load: str | None = None
        self.editor: JobEditor | None = None

        self.filter_bar = JobFilterBar(ctx, self)
        self.new_button = QPushButton(self.tr("New job"), self)
        self.count_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.model = JobTableModel(ctx.db, ctx.runner, ctx.tz, self)
        self.table = self._make_table()

        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.new_button.clicked.connect(self.new_job)
        self.model.totalChanged.connect(self._show_total)
        self.model.loadFinished.connect(self._loaded)
        self.model.loadFailed.connect(self.error_label.show_error)
        self._show_total(0)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        table.activated.connect(self.open_job)
        return table

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        """First shown: load the technicians list and the first page."""
        if self._activated:
            return
        self._activated = True
        self.filter_bar.load_technicians()
        self.model.reload()

    def refresh(self) -> None:
        self._activated = True
        self.filter_bar.load_technicians()
        self.model.reload(keep_loaded=True)

    def on_changes(self, changes: Changes) -> None:
        if not self._activated:
            return
        if changes & Changes.TECHNICIANS:
            self.filter_bar.load_technicians()
        if changes & Changes.JOBS:
            self.model.reload(keep_loaded=True)

    # -- filtering and sorting ---------------------------------------------------------------

    def apply_filter(self, job_filter: JobFilter | None = None) -> None:
        self.error_label.clear_error()
        self.model.set_filter(job_filter or self.filter_bar.current_filter())

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self.model.sort(column, order)
            return
        key, descending = self.model.sort_key
        current = next(c for c, k in SORT_KEYS.items() if k is key)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _show_total(self, total: int) -> None:
        if total == 1:
            self.count_label.setText(self.tr("1 job"))
        else:
            self.count_label.setText(self.tr("{count} jobs").format(count=f"{total:,}"))

    def _loaded(self) -> None:
        self.error_label.clear_error()
        if self._select_after_load is None:
            return
        row = self.model.row_of(self._select_after_load)
        self._select_after_load = None
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- the editor --------------------------------------------------------------------------

    def new_job(self) -> JobEditor:
        return self._open_editor(None)

    def open_job(self, index: QModelIndex) -> JobEditor | None:
        if not index.isValid():
            return None
        return self._open_editor(self.model.job_id(index.row()))

    def _open_editor(self, job_id: str | None) -> JobEditor:
        editor = JobEditor(self._ctx, job_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self._report)
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        editor.open()
        return editor

    def _editor_gone(self) -> None:
        self.editor = None

    def _report(self, changes: Changes, job_id: str) -> None:
        self._select_after_load = job_id
        self._notify(changes)

