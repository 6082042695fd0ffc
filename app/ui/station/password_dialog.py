"""A password asked for twice under the rules it must keep: a user's own change (with the
current password; forced after an admin's reset), an admin's reset of someone else's, or the
password of a new user (`NewUserDialog` adds the name and role)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.password_rules import RULES
from app.ui.i18n import message_text
from app.ui.widgets.error_label import ErrorLabel


def password_edit(parent: QWidget) -> QLineEdit:
    return QLineEdit(parent, echoMode=QLineEdit.EchoMode.Password)


class PasswordDialog(QDialog):
    """`current`: ask for the current password too (a user's own change). OK checks that the
    two new ones agree; the caller runs the service (`submit`), which checks the rules."""

    def __init__(self, title: str, intro: str = "", current: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = password_edit(self) if current else None
        self.new = password_edit(self)
        self.again = password_edit(self)
        self.form = QFormLayout()
        if self.current is not None:
            self.form.addRow(self.tr("Current password"), self.current)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.again)
        rules = QLabel(message_text(RULES), self)
        rules.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(rules)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def _ok(self) -> None:
        self.error_label.clear_error()
        if self.new.text() != self.again.text():
            self.error_label.show_error(self.tr("The two new passwords differ."))
            self.again.selectAll()
            self.again.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submit()

    def submit(self) -> None:
        """The caller's service call; by default the dialog just closes with the password."""
        self.accept()

    def failed(self, sentence: str) -> None:
        self.error_label.show_error(sentence)
        self.new.selectAll()
        self.new.setFocus(Qt.FocusReason.OtherFocusReason)
