"""First start on an empty database: the station (unless it exists) and its first admin."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db import Database
from app.services.errors import ValidationError
from app.services.users import create_first_admin
from app.ui.tasks import TaskRunner
from app.ui.widgets.actor_dialog import ActorDialog


class FirstRunDialog(ActorDialog):
    def __init__(self, db: Database, runner: TaskRunner, ask_station: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, runner, parent)
        self._ask_station = ask_station
        self.setWindowTitle(self.tr("Welcome to FieldDesk"))
        self.station_code = QLineEdit(self, placeholderText="NJ01")
        self.station_name = QLineEdit(self)
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self._add_buttons(self.tr("Create"), self.create_admin)

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
        self._run(lambda: create_first_admin(db, user, name, password, station=station))
