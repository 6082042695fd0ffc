"""The conflict queue's table model: per open conflict, the record, the field, this station's
value and the server's, side by side."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from app.sync.conflicts import Conflict
from app.ui import labels
from app.ui.formatting import local_text
from app.ui.history_format import value_text
from app.ui.itemmodels.row_model import RowTableModel
from app.ui.sync.texts import record_text


class Column(IntEnum):
    RECORD = 0
    FIELD = 1
    MINE = 2
    THEIRS = 3
    DETECTED = 4


class ConflictTableModel(RowTableModel[Conflict]):
    TOOLTIP_COLUMNS = frozenset(Column)

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._names: dict[str, str] = {}

    def column_titles(self) -> list[str]:
        return [self.tr("Record"), self.tr("Field"), self.tr("This station"), self.tr("Server"),
                self.tr("Found")]

    def set_rows(self, rows: list[Conflict], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self.row_at(row)

    def text(self, conflict: Conflict, column: int) -> str:
        match Column(column):
            case Column.RECORD:
                return record_text(conflict.table_name, self._names.get(conflict.id))
            case Column.FIELD:
                return labels.field(conflict.field)
            case Column.MINE:
                return value_text(conflict.field, conflict.local_value, self._tz)
            case Column.THEIRS:
                return value_text(conflict.field, conflict.server_value, self._tz)
            case Column.DETECTED:
                return local_text(conflict.detected_at, self._tz)
