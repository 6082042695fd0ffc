"""The queue's widget: a search box and a job type filter above the draggable table."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import JobType, Priority
from app.services.board import UnassignedJob
from app.ui import labels
from app.ui.board.queue import Column, QueueFilter, QueueModel

WIDTHS = {Column.SLA: 126, Column.CUSTOMER: 64, Column.DISTRICT: 64, Column.NUMBER: 128}
"""At least these widths (a late SLA as a duration, two or three Chinese characters, a job
number); the type and priority columns fit their longest word."""
PADDING = 14  # a cell's margins around its text


class QueuePanel(QWidget):
    selected = Signal(object)  # UnassignedJob | None
    openRequested = Signal(str)  # job id

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(tz, self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search jobs"))
        self.job_type = QComboBox(self)
        self.job_type.addItem(self.tr("All types"), None)
        for value in JobType:
            self.job_type.addItem(labels.job_type(value), value)
        self.title = QLabel(self)
        self.title.setToolTip(self.model.order_text)
        self.table = self._make_table()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.job_type)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filter)
        self.job_type.currentIndexChanged.connect(self._filter)
        self._count()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(22)
        table.horizontalHeader().setStretchLastSection(True)
        self._size_columns(table)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.activated.connect(self._activated)
        return table

    def _size_columns(self, table: QTableView) -> None:
        metrics = table.fontMetrics()
        words = {Column.TYPE: [labels.job_type(t) for t in JobType],
                 Column.PRIORITY: [labels.priority(p) for p in Priority]}
        for column in Column:
            if column is Column.MINUTES:
                continue  # the last column stretches
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal)),
                     *words.get(column, [])]
            needed = max(metrics.horizontalAdvance(text) for text in texts) + PADDING
            table.setColumnWidth(column, max(WIDTHS.get(column, 0), needed))

    def set_jobs(self, jobs: tuple[UnassignedJob, ...]) -> None:
        chosen = self.current()
        self.model.set_jobs(jobs)
        if chosen is not None:
            self.select(chosen.id)
        self._count()

    def current(self) -> UnassignedJob | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.job(self.proxy.mapToSource(rows[0]).row())

    def select(self, job_id: str) -> None:
        row = self.model.row_of(job_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

    def index_of(self, job_id: str) -> QModelIndex:
        """The table's (proxy) index of a job's first cell; invalid when filtered out."""
        return self.proxy.mapFromSource(self.model.index(self.model.row_of(job_id), 0))

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.job_type.currentData())
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("Unassigned: {count}").format(count=total) if shown == total else (
            self.tr("Unassigned: {shown} of {count}").format(shown=shown, count=total))
        self.title.setText(text)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.selected.emit(self.current())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.job(self.proxy.mapToSource(index).row()).id)
