"""A small table of editable rows with Add and Remove buttons (a technician's lists).

Each row is a list of editor widgets made by the caller's `make_row()`, plus the id of the record
it edits (None for a row added here), so that saving keeps existing records instead of
replacing them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

MakeRow = Callable[[QWidget], Sequence[QWidget]]


class RowsTable(QWidget):
    def __init__(self, headers: Sequence[str], make_row: MakeRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._ids: list[str | None] = []
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.currentCellChanged.connect(self._sync_buttons)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._sync_buttons()

    def add_row(self, row_id: str | None = None) -> list[QWidget]:
        """Append a row of fresh editors (for the record `row_id`, None if new); return them."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        editors = list(self._make_row(self.table))
        for column, editor in enumerate(editors):
            self.table.setCellWidget(row, column, editor)
        self._ids.append(row_id)
        self._sync_buttons()
        return editors

    def _add_clicked(self) -> None:
        editors = self.add_row()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        editors[0].setFocus()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._ids[row]
        self._sync_buttons()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)
        self._ids.clear()
        self._sync_buttons()

    def rows(self) -> list[tuple[str | None, list[QWidget]]]:
        """Each row's record id and editors, top to bottom."""
        return [(row_id, [self.table.cellWidget(r, c) for c in range(self.table.columnCount())])
                for r, row_id in enumerate(self._ids)]

    def row_count(self) -> int:
        return self.table.rowCount()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Typing in a row's editor makes it the current row (the one Remove removes)."""
        viewport = self.table.viewport()
        while new is not None and new.parentWidget() is not viewport:
            new = new.parentWidget()
        if new is None:
            return
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if self.table.cellWidget(row, column) is new:
                    self.table.setCurrentCell(row, column)
                    return

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
