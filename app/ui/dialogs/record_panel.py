"""A list of records (a customer's sites, a site's equipment) with Add, Edit and Delete.

Add and Edit open a `RecordDialog`; Delete asks first, then runs the delete operation.
A successful write emits `changed(Changes)` (a subclass sees what the dialog's service returned
in `record_saved` first); a refusal emits `failed(sentence)`. The owner
reloads the records and hands them back with `set_rows`, which keeps the selection (or selects
the record just added).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.texts import shown
from app.ui.context import AppContext
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.operation import Operation, changes_in

ID_ROLE = Qt.ItemDataRole.UserRole
RecordRows = Sequence[tuple[str, Sequence[str]]]


class RecordPanel(QWidget):
    changed = Signal(object)  # Changes
    failed = Signal(str)
    currentChanged = Signal()

    def __init__(self, ctx: AppContext, prompter: Any, headers: Sequence[str],
                 buttons: tuple[str, str, str], stretch: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._prompter = ctx, prompter
        self._adding = False
        self.dialog: RecordDialog | None = None
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(buttons[0], self)
        self.edit_button = QPushButton(buttons[1], self)
        self.delete_button = QPushButton(buttons[2], self)

        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._edit_current)
        self._sync_buttons()

    # -- what a subclass provides --------------------------------------------------------------

    def add(self) -> None:
        raise NotImplementedError

    def edit(self, record_id: str) -> None:
        raise NotImplementedError

    def delete(self, record_id: str) -> None:
        raise NotImplementedError

    # -- rows --------------------------------------------------------------------------------

    def set_rows(self, rows: RecordRows) -> None:
        """Show `rows` (id, texts); keep the current record, else pick the new or first one."""
        before = {self.record_id(r) for r in range(self.table.rowCount())}
        keep = self.current_id()
        fresh = [record_id for record_id, _ in rows if record_id not in before]
        if self._adding and fresh:
            keep = fresh[-1]
        self._adding = False
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for r, (record_id, texts) in enumerate(rows):
            self.table.insertRow(r)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(shown(text))
                item.setData(ID_ROLE, record_id)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        ids = [record_id for record_id, _ in rows]
        self.select(keep if keep in ids else (ids[0] if ids else None))

    def record_id(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(ID_ROLE)) if item is not None else ""

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        return self.record_id(row) if 0 <= row < self.table.rowCount() else None

    def select(self, record_id: str | None) -> None:
        rows = [r for r in range(self.table.rowCount()) if self.record_id(r) == record_id]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._sync_buttons()
        self.currentChanged.emit()

    def _sync_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit(record_id)

    def _delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.delete(record_id)

    # -- helpers for the subclasses ----------------------------------------------------------

    def open_dialog(self, dialog: RecordDialog, adding: bool) -> RecordDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self._saved(result, adding))
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _saved(self, result: object, adding: bool) -> None:
        self._adding = adding
        self.record_saved(result)
        self.changed.emit(changes_in(result))

    def record_saved(self, result: object) -> None:
        """What a dialog's service returned for a saved record (a subclass may act on it)."""

    def confirm_and_run(self, title: str, question: str, delete: Operation[Changes]) -> None:
        """Ask; if yes, run the delete and report its outcome."""
        if not self._prompter.confirm(self, title, question):
            return
        delete.busy(self).errors_to(self.failed.emit).success(self.changed.emit).run()
