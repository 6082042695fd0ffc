"""A small form dialog that saves one record through a service, as an operation.

`read()` turns the form into the service's input on the GUI thread; `store(input)` runs on the
database lane and returns the write's `Changes`, alone or with the record's id (announced on the
change bus). A refusal shows its sentence under the form and the dialog stays open with
everything typed; a success emits `saved` with what `store` returned and closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.errors import DomainError
from app.ui.context import AppContext
from app.ui.ops.records import store
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


class RecordDialog(QDialog):
    saved = Signal(object)  # what `store` returned: Changes, or (id, Changes)

    def __init__(self, ctx: AppContext, title: str, form: QWidget, read: Callable[[], Any],
                 store: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._read, self._store = ctx, read, store
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = form
        form.setParent(self)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys(self, self.save)  # Ctrl+Enter, from the notes box too

    def save(self) -> None:
        self.error_label.clear_error()
        try:
            value = self._read()
        except DomainError as exc:
            self.error_label.show_error(exc)
            return
        store(self._ctx, self, self._store, value).busy(self.save_button).errors_to(
            self.error_label.show_error).success(self._saved).run()

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()
