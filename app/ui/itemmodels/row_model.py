"""A read-only table over a list of records: a title per column, a text per cell, the id role.

A subclass names its columns (`column_titles`), says what a cell shows (`text`), which columns
show their text as a tool tip too (`TOOLTIP_COLUMNS`), and adds its own roles (`cell_data`).
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.texts import shown

ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id
Index = QModelIndex | QPersistentModelIndex


class Row(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=Row)


class RowTableModel(QAbstractTableModel, Generic[R]):
    TOOLTIP_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._titles = self.column_titles()

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: R, column: int) -> str:
        raise NotImplementedError

    def cell_data(self, row: R, column: int, role: int) -> Any:
        """A role other than the display text, the tool tip and the id (None: not shown)."""
        return None

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, row_id: str) -> int:
        """The row showing the record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole
                                                   and column in self.TOOLTIP_COLUMNS):
            return shown(self.text(row, column))
        if role == ID_ROLE:
            return row.id
        return self.cell_data(row, column, role)
