"""A queue the dispatcher works through (conflicts, refused changes): a line on what is in it,
the table, and a button per choice on the selected row.

The queue loads in the background (the newest query wins); a choice is an operation (it
announces its changes), after which the queue shows as it is, chosen or refused (settled
meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.services.changes import Changes
from app.ui.context import AppContext
from app.ui.itemmodels.row_model import RowTableModel
from app.ui.latest import Latest
from app.ui.operation import Operation
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table

Choice = Callable[[str], Operation[Changes]]  # the operation for the selected row's id
Column = TypeVar("Column", bound=int)


class QueuePanel(QWidget):
    def __init__(self, ctx: AppContext, model: RowTableModel[Any],
                 widths: Mapping[Column, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = Latest()
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.model = model
        self.table = record_table(self, model, widths, one_line_rows=False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._buttons: list[QPushButton] = []
        self._choices = QHBoxLayout()
        self._choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._choices)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- what a queue says and holds (its subclass) ---------------------------------------------

    def load(self, db: Database) -> Any:
        """The queue's rows, read in the background."""
        raise NotImplementedError

    def show_rows(self, found: Any) -> None:
        """Put what `load` read into the model."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def add_choice(self, text: str, choice: Choice) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: self.choose(choice))
        self._choices.addWidget(button)
        self._buttons.append(button)
        return button

    # -- loading and choosing ---------------------------------------------------------------

    def reload(self) -> None:
        db = self._ctx.db
        self._query.run(self._ctx.op(self, lambda _run: self.load(db))
                        .errors_to(self.error_label.show_error).success(self._loaded))

    def _loaded(self, found: Any) -> None:
        selected = self.selected_row()
        self.show_rows(found)
        count = self.model.rowCount()
        if count:  # the same place in the queue: the next row after a choice
            self.table.selectRow(min(max(selected, 0), count - 1))
        self.show_count()

    def show_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.rowCount()))
        self._selection_changed()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self) -> None:
        chosen = self.selected_row() >= 0
        for button in self._buttons:
            button.setEnabled(chosen)

    def choose(self, choice: Choice) -> None:
        """Run `choice` on the selected row."""
        row = self.selected_row()
        if row < 0:
            return
        self.error_label.clear_error()
        choice(self.model.row_id(row)).busy(*self._buttons).errors_to(
            self.error_label.show_error).always(self.reload).run()
