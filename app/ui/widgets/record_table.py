"""The read-only table the record lists share: whole rows, one at a time, no editing in place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Column = TypeVar("Column", bound=int)


def record_table(parent: QWidget, model: QAbstractItemModel, widths: Mapping[Column, int],
                 one_line_rows: bool = True) -> QTableView:
    """`widths`: column -> pixels; `one_line_rows`: no word wrap, every row 24 pixels high."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    if one_line_rows:
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    return table
