"""The conflict queue's table model: per open conflict, the record, the field, this station's
value and the server's, side by side."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.sync.conflicts import Conflict
from app.ui import labels
from app.ui.dialogs.history_format import value_text
from app.ui.formatting import local_text
from app.ui.sync.texts import record_text

CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    RECORD = 0
    FIELD = 1
    MINE = 2
    THEIRS = 3
    DETECTED = 4


class ConflictTableModel(QAbstractTableModel):
    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._rows: list[Conflict] = []
        self._names: dict[str, str] = {}
        self._titles = [self.tr("Record"), self.tr("Field"), self.tr("This station"),
                        self.tr("Server"), self.tr("Found")]

    def set_rows(self, rows: list[Conflict], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == conflict_id), -1)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        conflict, column = self._rows[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(conflict, column)
        if role == CONFLICT_ID_ROLE:
            return conflict.id
        return None

    def _text(self, conflict: Conflict, column: Column) -> str:
        match column:
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
