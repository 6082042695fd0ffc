"""The job list's table model: pages of `query_jobs` rows, sorted and filtered by the database.

Every query runs through the task runner. A generation counter drops the answer of an older
query that finishes after a newer one (filter typed fast, header clicked twice).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.db import Database
from app.models.enums import JobStatus
from app.services.errors import DomainError
from app.services.job_queries import JobFilter, JobPage, JobRow, SortKey, query_jobs
from app.services.status import OPEN
from app.ui import labels
from app.ui.formatting import local_text
from app.ui.tasks import CancelToken, TaskRunner

PAGE_SIZE = 200
RELOAD_CAP = 5000  # a refresh re-reads at most this many of the rows already loaded
OVERDUE = QColor("#c62828")
FINISHED = QColor("#808080")
Index = QModelIndex | QPersistentModelIndex


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
    CREATED = 10


SORT_KEYS: dict[Column, SortKey] = {
    Column.NUMBER: SortKey.NUMBER, Column.TYPE: SortKey.TYPE, Column.PRIORITY: SortKey.PRIORITY,
    Column.STATUS: SortKey.STATUS, Column.CUSTOMER: SortKey.CUSTOMER,
    Column.ADDRESS: SortKey.ADDRESS, Column.SLA_DUE: SortKey.SLA, Column.CREATED: SortKey.CREATED,
}
JOB_ID_ROLE = Qt.ItemDataRole.UserRole
ENDED = frozenset({JobStatus.CLOSED, JobStatus.CANCELLED})


class JobTableModel(QAbstractTableModel):
    totalChanged = Signal(int)
    loadFinished = Signal()  # a (re)load of the first page arrived
    loadFailed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, tz: ZoneInfo,
                 parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._db, self._runner, self._tz = db, runner, tz
        self._page_size = page_size
        self._rows: list[JobRow] = []
        self._ids: set[str] = set()
        self._total = 0
        self._filter = JobFilter()
        self._sort = SortKey.CREATED
        self._descending = True
        self._generation = 0
        self._busy = False
        self._token: CancelToken | None = None
        self._now = dt.datetime.now(dt.UTC)
        self._titles = self._column_titles()

    def _column_titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Type"), self.tr("Priority"), self.tr("Status"),
                self.tr("Customer"), self.tr("Phone"), self.tr("Address"),
                self.tr("Technicians"), self.tr("Next visit"), self.tr("SLA due"),
                self.tr("Created")]

    # -- queries ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def job_filter(self) -> JobFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    @property
    def loading(self) -> bool:
        return self._busy

    def set_filter(self, job_filter: JobFilter) -> None:
        self._filter = job_filter
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Query the first page again (`keep_loaded`: as many rows as are loaded now)."""
        if self._token is not None:
            self._token.cancel()
        self._generation += 1
        self._busy = True
        generation, f, sort, desc = self._generation, self._filter, self._sort, self._descending
        page = self._page_size
        limit = min(max(page, len(self._rows)), RELOAD_CAP) if keep_loaded else page
        db = self._db
        self._token = self._runner.submit(
            lambda _t: query_jobs(db, f, sort, desc, 0, limit),
            lambda page: self._first_page(generation, page),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first_page(self, generation: int, page: JobPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._ids = {r.id for r in self._rows}
        self._total = page.total
        self._now = dt.datetime.now(dt.UTC)
        self._busy = False
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loadFinished.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        if generation == self._generation:
            self._busy = False
            self.loadFailed.emit(str(exc))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._busy = True
        generation, f, sort, desc = self._generation, self._filter, self._sort, self._descending
        offset, db, limit = len(self._rows), self._db, self._page_size
        self._runner.submit(
            lambda _t: query_jobs(db, f, sort, desc, offset, limit, with_total=False),
            lambda page: self._next_page(generation, page),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _next_page(self, generation: int, page: JobPage) -> None:
        if generation != self._generation:
            return
        self._busy = False
        fresh = [r for r in page.rows if r.id not in self._ids]
        if not fresh:
            self._total = len(self._rows)  # the list shrank meanwhile: nothing more to fetch
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._ids.update(r.id for r in fresh)
        self.endInsertRows()

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return super().headerData(section, orientation, role)

    def job_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, job_id: str) -> int:
        """The loaded row showing the job, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == job_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.ADDRESS, Column.CUSTOMER,
                                                               Column.TECHNICIANS):
            return self._text(row, column)
        if role == JOB_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ENDED:
            return QBrush(FINISHED)
        if column is Column.SLA_DUE and self._overdue(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _overdue(self, row: JobRow) -> bool:
        return row.status in OPEN and row.sla_due < self._now

    def _text(self, row: JobRow, column: Column) -> str:
        match column:
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
                return ", ".join(row.technicians)
            case Column.NEXT_VISIT:
                return local_text(row.next_start, self._tz)
            case Column.SLA_DUE:
                return local_text(row.sla_due, self._tz)
            case Column.CREATED:
                return local_text(row.created_at, self._tz)
