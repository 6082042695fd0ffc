"""A read-only table of text rows, each carrying the id of what it shows (the stock's levels,
the old parts, the contracts); one column may be left editable (a stock-take's counts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class TextTable(QTableWidget):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None,
                 editable: int | None = None, multiple: bool = False) -> None:
        super().__init__(0, len(headers), parent)
        self._editable = editable
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multiple
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """(id, cell texts) per row."""
        self.setRowCount(len(rows))
        for row, (row_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row_id)
                if column != self._editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)

    def row_id(self, row: int) -> str:
        item = self.item(row, 0)
        return str(item.data(ID_ROLE)) if item is not None else ""

    def text_at(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def column_texts(self, column: int) -> list[str]:
        return [self.text_at(row, column) for row in range(self.rowCount())]

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return [self.row_id(row) for row in rows]
