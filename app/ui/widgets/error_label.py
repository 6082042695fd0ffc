"""The red one-sentence error line dialogs show under their form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.i18n import error_text


class ErrorLabel(QLabel):
    """Hidden while empty; `show_error(exc)` shows the domain error's sentence in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: BaseException | str) -> None:
        self.setText(error_text(error))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
