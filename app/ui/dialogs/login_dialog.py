"""Sign-in: user name and password, checked by the users service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.actor import Actor
from app.services.errors import DomainError
from app.services.users import authenticate
from app.ui.tasks import TaskRunner
from app.ui.widgets.error_label import ErrorLabel


class LoginDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, station_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to FieldDesk"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        if station_text:
            layout.addWidget(QLabel(station_text, self))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

    def sign_in(self) -> None:
        self.error_label.clear_error()
        self.ok_button.setEnabled(False)
        db, user, password = self._db, self.username.text().strip(), self.password.text()
        self._runner.submit(lambda _t: authenticate(db, user, password), self._signed_in,
                            self._failed, owner=self)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.ok_button.setEnabled(True)
        self.error_label.show_error(exc)
        self.password.selectAll()
        self.password.setFocus()
