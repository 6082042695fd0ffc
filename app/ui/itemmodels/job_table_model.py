"""The job list's table model: pages of `query_jobs` rows, sorted and filtered by the database
(the paging, and dropping the answers of older queries, are `PagedTableModel`'s).

An address shows without the station's own province and city (whole in the tool tip); the
response promise's due time is coloured as on the board (overdue white on red, due soon
orange), with the business time left in its tool tip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.db import Database
from app.geo.address_parts import HomeArea, local_address
from app.models.enums import JobStatus
from app.scheduling.sla import SlaState
from app.services.job_queries import JobFilter, JobPage, JobRow, SortKey, query_jobs
from app.services.status import OPEN
from app.texts import shown
from app.ui import labels, promise_look
from app.ui.formatting import local_text
from app.ui.itemmodels.paged_model import PAGE_SIZE, PagedTableModel
from app.ui.tasks import Lane

FINISHED = QColor("#808080")
MARKED = (SlaState.OVERDUE, SlaState.DUE_SOON)  # the states the board colours


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
    TOOLTIP_COLUMNS = frozenset({Column.CUSTOMER, Column.TECHNICIANS})

    def __init__(self, db: Database, lane: Lane, tz: ZoneInfo,
                 parent: Any = None, page_size: int = PAGE_SIZE,
                 home: HomeArea | None = None) -> None:
        super().__init__(lane, parent, page_size)
        self._db, self._tz = db, tz
        self.home = home  # the station's area (None until known: addresses show whole)
        self._filter = JobFilter()
        self._sort = SortKey.CREATED
        self._descending = True
        self._now = dt.datetime.now(dt.UTC)

    def column_titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Type"), self.tr("Priority"), self.tr("Status"),
                self.tr("Customer"), self.tr("Phone"), self.tr("Address"),
                self.tr("Technicians"), self.tr("Next visit"), self.tr("SLA due"),
                self.tr("Time left"), self.tr("Created")]

    def set_home(self, home: HomeArea) -> None:
        self.home = home
        if self.rowCount():
            self.dataChanged.emit(self.index(0, Column.ADDRESS),
                                  self.index(self.rowCount() - 1, Column.ADDRESS))

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
        if column == Column.ADDRESS and role == Qt.ItemDataRole.ToolTipRole:
            return shown(row.address)
        if column == Column.SLA_DUE and row.status not in ENDED:
            return self._promise(row, role)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ENDED:
            return QBrush(FINISHED)
        if column == Column.TIME_LEFT and row.sla is not None and row.sla is not SlaState.OK:
            if role == Qt.ItemDataRole.ForegroundRole and row.sla in promise_look.COLOURS:
                return QBrush(promise_look.COLOURS[row.sla])
            if role == Qt.ItemDataRole.ToolTipRole:
                return promise_look.sla_text(row.sla, row.sla_minutes_left)
        return None

    def _promise(self, row: JobRow, role: int) -> Any:
        """The due time as the board shows a promise: overdue white on red, due soon orange."""
        state = self._state(row)
        if role == Qt.ItemDataRole.ToolTipRole and state is not None:
            return promise_look.sla_text(state, row.sla_minutes_left)
        if state not in MARKED:
            return None
        overdue = state is SlaState.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(promise_look.ON_OVERDUE if overdue else promise_look.COLOURS[state])
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(promise_look.COLOURS[state])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _state(self, row: JobRow) -> SlaState | None:
        """The promise's state from the page's query (business time), else by the clock."""
        if row.sla is not None:
            return row.sla
        due = row.promise_due or row.sla_due
        return SlaState.OVERDUE if row.status in OPEN and due < self._now else None

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
                return local_address(row.address, self.home or HomeArea())
            case Column.TECHNICIANS:
                return labels.joined(row.technicians)
            case Column.NEXT_VISIT:
                return local_text(row.next_start, self._tz)
            case Column.SLA_DUE:
                return local_text(row.promise_due or row.sla_due, self._tz)
            case Column.TIME_LEFT:
                return ("" if row.sla is None
                        else promise_look.sla_badge(row.sla, row.sla_minutes_left))
            case Column.CREATED:
                return local_text(row.created_at, self._tz)
