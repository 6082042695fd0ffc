"""The job list's table model: pages of `query_jobs` rows, sorted and filtered by the database
(the paging, and dropping the answers of older queries, are `PagedTableModel`'s)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.db import Database
from app.models.enums import JobStatus
from app.scheduling.sla import SlaState
from app.services.job_queries import JobFilter, JobPage, JobRow, SortKey, query_jobs
from app.services.status import OPEN
from app.ui import labels
from app.ui.formatting import local_text
from app.ui.itemmodels.paged_model import PAGE_SIZE, PagedTableModel
from app.ui.sla_words import SLA_COLOURS, sla_badge, sla_text
from app.ui.tasks import Lane

OVERDUE = QColor("#c62828")
FINISHED = QColor("#808080")


class Column(IntEnum):
    NUMBER = 0
    TYPE = 1
    PRIORITY = 2
    STATUS = 3
    CUSTOMER = 4
    PHONE = 5
    ADDRESS = 6
    TECHNICIANS = 7
    NEXT_VISIT = 8
    SLA_DUE = 9
    TIME_LEFT = 10
    CREATED = 11


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER, Column.TYPE: SortKey.TYPE, Column.PRIORITY: SortKey.PRIORITY,
    Column.STATUS: SortKey.STATUS, Column.CUSTOMER: SortKey.CUSTOMER,
    Column.ADDRESS: SortKey.ADDRESS, Column.SLA_DUE: SortKey.SLA, Column.CREATED: SortKey.CREATED,
}
ENDED = frozenset({JobStatus.CLOSED, JobStatus.CANCELLED})


class JobTableModel(PagedTableModel[JobRow]):
    TOOLTIP_COLUMNS = frozenset({Column.ADDRESS, Column.CUSTOMER, Column.TECHNICIANS})

    def __init__(self, db: Database, lane: Lane, tz: ZoneInfo,
                 parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(lane, parent, page_size)
        self._db, self._tz = db, tz
        self._filter = JobFilter()
        self._sort = SortKey.CREATED
        self._descending = True
        self._now = dt.datetime.now(dt.UTC)

    def column_titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Type"), self.tr("Priority"), self.tr("Status"),
                self.tr("Customer"), self.tr("Phone"), self.tr("Address"),
                self.tr("Technicians"), self.tr("Next visit"), self.tr("SLA due"),
                self.tr("Time left"), self.tr("Created")]

    # -- queries ---------------------------------------------------------------------------

    @property
    def job_filter(self) -> JobFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def set_filter(self, job_filter: JobFilter) -> None:
        self._filter = job_filter
        self.reload()

    def page_query(self, offset: int, limit: int, with_total: bool) -> Callable[[], JobPage]:
        db, f, sort, desc = self._db, self._filter, self._sort, self._descending
        return lambda: query_jobs(db, f, sort, desc, offset, limit, with_total)

    def rows_replaced(self) -> None:
        self._now = dt.datetime.now(dt.UTC)  # "overdue" as of the query's answer

    # -- sorting -----------------------------------------------------------------------------

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self._sort = SORT_KEYS[Column(column)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- the table ---------------------------------------------------------------------------

    def cell_data(self, row: JobRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ENDED:
            return QBrush(FINISHED)
        if column == Column.TIME_LEFT and row.sla is not None and row.sla is not SlaState.OK:
            if role == Qt.ItemDataRole.ForegroundRole and row.sla in SLA_COLOURS:
                return QBrush(SLA_COLOURS[row.sla])
            if role == Qt.ItemDataRole.ToolTipRole:
                return sla_text(row.sla, row.sla_minutes_left)
        if column == Column.SLA_DUE and self._overdue(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _overdue(self, row: JobRow) -> bool:
        return row.status in OPEN and row.sla_due < self._now

    def text(self, row: JobRow, column: int) -> str:
        match Column(column):
            case Column.NUMBER:
                return row.number
            case Column.TYPE:
                return labels.job_type(row.job_type)
            case Column.PRIORITY:
                return labels.priority(row.priority)
            case Column.STATUS:
                return labels.status(row.status)
            case Column.CUSTOMER:
                return row.customer_name
            case Column.PHONE:
                return row.phone
            case Column.ADDRESS:
                return row.address
            case Column.TECHNICIANS:
                return labels.joined(row.technicians)
            case Column.NEXT_VISIT:
                return local_text(row.next_start, self._tz)
            case Column.SLA_DUE:
                return local_text(row.sla_due, self._tz)
            case Column.TIME_LEFT:
                return "" if row.sla is None else sla_badge(row.sla, row.sla_minutes_left)
            case Column.CREATED:
                return local_text(row.created_at, self._tz)
