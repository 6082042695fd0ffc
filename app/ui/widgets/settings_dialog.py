"""What a supervisor's settings dialog shares (the geocoder, the response hours): its form and a
hint over the error line and Save/Cancel. Save stays off until the settings are read
(`settings_read`); Ctrl+Enter saves; a subclass says how to save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


class SettingsDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the settings are read
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys(self, self.save)

    def lay_out(self, form: QLayout, hint: str) -> None:
        label = QLabel(hint, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def settings_read(self) -> None:
        self.save_button.setEnabled(True)

    def save(self) -> None:
        raise NotImplementedError
