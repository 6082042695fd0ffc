"""Questions a dialog asks in passing (a reason, a confirmation), replaceable in tests."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


class Prompter:
    """Asks with the standard Qt dialogs; tests pass an object with the same two methods."""

    def reason(self, parent: QWidget, title: str, label: str) -> str | None:
        """The text entered, or None when the user cancelled."""
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
