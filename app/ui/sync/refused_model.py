"""The error queue's table model: per change the central server refused, the record, what the
change was, the server's reason and when it was made."""

from __future__ import annotations

from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.sync.refused import Refused
from app.ui import labels
from app.ui.formatting import local_text
from app.ui.i18n import message_text
from app.ui.itemmodels.row_model import RowTableModel
from app.ui.sync.texts import record_text


class Column(IntEnum):
    RECORD = 0
    CHANGE = 1
    REASON = 2
    MADE = 3


def change_text(refused: Refused) -> str:
    """"New record", "Deleted", or the fields it changed."""
    if refused.op == "insert":
        return QCoreApplication.translate("RefusedTableModel", "New record")
    if refused.op == "delete":
        return QCoreApplication.translate("RefusedTableModel", "Deleted")
    fields = ", ".join(labels.field(f) for f in refused.fields
                       if f not in ("updated_at", "updated_by", "version"))
    return QCoreApplication.translate("RefusedTableModel", "Changed: {fields}").format(
        fields=fields)


class RefusedTableModel(RowTableModel[Refused]):
    TOOLTIP_COLUMNS = frozenset({Column.RECORD, Column.CHANGE, Column.REASON})

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz

    def column_titles(self) -> list[str]:
        return [self.tr("Record"), self.tr("Change"), self.tr("Why it was refused"),
                self.tr("Made")]

    def set_rows(self, rows: list[Refused]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def text(self, refused: Refused, column: int) -> str:
        match Column(column):
            case Column.RECORD:
                return record_text(refused.table_name, refused.record)
            case Column.CHANGE:
                return change_text(refused)
            case Column.REASON:
                return message_text(refused.reason)
            case Column.MADE:
                return local_text(refused.made_at, self._tz)
