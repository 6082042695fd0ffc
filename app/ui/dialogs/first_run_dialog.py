"""First start on an empty database: the station (unless it exists) and its first admin."""

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
from app.services.errors import DomainError, ValidationError
from app.services.users import create_first_admin
from app.ui.tasks import TaskRunner
from app.ui.widgets.error_label import ErrorLabel


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, ask_station: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._ask_station = db, runner, ask_station
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to FieldDesk"))
        self.station_code = QLineEdit(self, placeholderText="NJ01")
        self.station_name = QLineEdit(self)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))

        intro = QLabel(self.tr("This database is empty. Create the administrator who will "
                               "add the other users."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        if ask_station:
            form.addRow(self.tr("Station code"), self.station_code)
            form.addRow(self.tr("Station name"), self.station_name)
        else:
            self.station_code.hide()
            self.station_name.hide()
        form.addRow(self.tr("Administrator user name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.create_admin)
        self.buttons.rejected.connect(self.reject)

    def create_admin(self) -> None:
        self.error_label.clear_error()
        if self.password.text() != self.password_again.text():
            self.error_label.show_error(ValidationError(self.tr("The two passwords differ.")))
            return
        station = None
        if self._ask_station:
            station = {"code": self.station_code.text(), "name": self.station_name.text()}
        db, user = self._db, self.username.text().strip()
        name, password = self.display_name.text(), self.password.text()
        self.ok_button.setEnabled(False)
        self._runner.submit(
            lambda _t: create_first_admin(db, user, name, password, station=station),
            self._created, self._failed, owner=self)

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.ok_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.ok_button.setEnabled(True)
        self.error_label.show_error(exc)
