"""Sign-in: user name and password, checked by the users service."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db import Database
from app.ui.ops.people import sign_in
from app.ui.tasks import Lane
from app.ui.widgets.actor_dialog import ActorDialog


class LoginDialog(ActorDialog):
    def __init__(self, db: Database, runner: Lane, station_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(db, runner, parent)
        self.setWindowTitle(self.tr("Sign in to FieldDesk"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self._add_buttons(self.tr("Sign in"), self.sign_in)

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        if station_text:
            layout.addWidget(QLabel(station_text, self))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def sign_in(self) -> None:
        self.error_label.clear_error()
        self._run(sign_in(self._runner, self, self._db, self.username.text().strip(),
                          self.password.text()))

    def _failed(self, sentence: str) -> None:
        super()._failed(sentence)
        self.password.selectAll()
        self.password.setFocus()
