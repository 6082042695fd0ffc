"""The complaint queue's and the callback queue's table models (rows of
`complaint_queries.complaint_queue` and `callback_queries.callback_queue`); what is overdue
shows in red, how long a due is away as a duration."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.models.base import utcnow
from app.models.enums import ComplaintStage
from app.services.callback_queries import CallbackRow
from app.services.complaint_queries import ComplaintRow
from app.ui import labels
from app.ui.formatting import local_text
from app.ui.itemmodels.row_model import RowTableModel
from app.ui.quality.texts import due_text

OVERDUE = QColor("#c62828")


class ComplaintColumn(IntEnum):
    DUE = 0
    STAGE = 1
    RECEIVED = 2
    CUSTOMER = 3
    PHONE = 4
    CATEGORY = 5
    SEVERITY = 6
    JOB = 7
    TECHNICIAN = 8


class _Queue(RowTableModel[Any]):
    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.now = utcnow()

    def set_rows(self, rows: list[Any], now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows, self.now = list(rows), now
        self.endResetModel()

    def cell_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and row.overdue:
            return QBrush(OVERDUE)
        return None


class ComplaintQueueModel(_Queue):
    TOOLTIP_COLUMNS = frozenset({ComplaintColumn.CUSTOMER})

    def column_titles(self) -> list[str]:
        return [self.tr("Next due"), self.tr("Stage"), self.tr("Received"),
                self.tr("Customer"), self.tr("Phone"), self.tr("Category"),
                self.tr("Severity"), self.tr("Job"), self.tr("Technician")]

    def row_at(self, row: int) -> ComplaintRow:
        found: ComplaintRow = self._rows[row]
        return found

    def text(self, row: ComplaintRow, column: int) -> str:
        match ComplaintColumn(column):
            case ComplaintColumn.DUE:
                closed = row.stage is ComplaintStage.CLOSED
                return "" if closed else due_text(row.next_due, self.now)
            case ComplaintColumn.STAGE:
                return labels.complaint_stage(row.stage)
            case ComplaintColumn.RECEIVED:
                return local_text(row.received_at, self._tz)
            case ComplaintColumn.CUSTOMER:
                return row.customer_name
            case ComplaintColumn.PHONE:
                return row.phone
            case ComplaintColumn.CATEGORY:
                return labels.complaint_category(row.category)
            case ComplaintColumn.SEVERITY:
                return labels.severity(row.severity)
            case ComplaintColumn.JOB:
                return row.job_number or ""
            case ComplaintColumn.TECHNICIAN:
                return row.technician_name


class CallbackColumn(IntEnum):
    DUE = 0
    KIND = 1
    CUSTOMER = 2
    PHONE = 3
    JOB = 4
    TECHNICIAN = 5
    ATTEMPTS = 6
    LAST_CALLED = 7


class CallbackQueueModel(_Queue):
    TOOLTIP_COLUMNS = frozenset({CallbackColumn.CUSTOMER})

    def column_titles(self) -> list[str]:
        return [self.tr("Due"), self.tr("Call"), self.tr("Customer"), self.tr("Phone"),
                self.tr("Job"), self.tr("Technician"), self.tr("Attempts"),
                self.tr("Last called")]

    def row_at(self, row: int) -> CallbackRow:
        found: CallbackRow = self._rows[row]
        return found

    def text(self, row: CallbackRow, column: int) -> str:
        match CallbackColumn(column):
            case CallbackColumn.DUE:
                return due_text(row.due_at, self.now)
            case CallbackColumn.KIND:
                return labels.callback_kind(row.kind)
            case CallbackColumn.CUSTOMER:
                return row.customer_name
            case CallbackColumn.PHONE:
                return row.phone
            case CallbackColumn.JOB:
                return row.job_number or ""
            case CallbackColumn.TECHNICIAN:
                return row.technician_name
            case CallbackColumn.ATTEMPTS:
                return str(row.attempts)
            case CallbackColumn.LAST_CALLED:
                return local_text(row.last_called_at, self._tz)
