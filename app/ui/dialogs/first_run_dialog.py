"""First start on an empty database: create the station (unless it exists) and its first admin,
or join a station that already works with the central server (a new or replacement PC): its
data and users come down on the network lane, the records received so far shown, Cancel
stopping it after the page in hand (joining again resumes), and one of its users signs in."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import ValidationError
from app.services.actor import Actor
from app.services.users import create_first_admin
from app.sync.settings import SyncSettings, check_url
from app.ui.operation import Operation
from app.ui.ops import people
from app.ui.sync.settings_dialog import URL_EXAMPLE
from app.ui.tasks import Lane
from app.ui.widgets.actor_dialog import ActorDialog


class FirstRunDialog(ActorDialog):
    def __init__(self, db: Database, runner: Lane, ask_station: bool = True,
                 parent: QWidget | None = None, db_path: Path | None = None,
                 network: Lane | None = None) -> None:
        super().__init__(db, runner, parent)
        self._ask_station = ask_station
        self._db_path = db_path
        self._network = network or runner
        self._joining: Operation[Actor] | None = None
        self.setWindowTitle(self.tr("Welcome to FieldDesk"))
        self.station_code = QLineEdit(self, placeholderText="NJ01")
        self.station_name = QLineEdit(self)
        # parentless until the new-station page takes them (never shown without one)
        self.station_address = QLineEdit()
        self.station_phone = QLineEdit()
        self.station_timezone = time_zone_box()
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.server_url = QLineEdit(self, placeholderText=URL_EXAMPLE)
        self.server_password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.join_username = QLineEdit(self)
        self.join_password = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.join_progress = QLabel(self)
        self._add_buttons(self.tr("Create"), self._submit)

        layout = QVBoxLayout(self)
        self.tabs: QTabWidget | None = None
        if ask_station:
            self.tabs = QTabWidget(self)
            self.tabs.addTab(self._new_station_page(), self.tr("New station"))
            self.tabs.addTab(self._join_page(), self.tr("Join a station"))
            self.tabs.currentChanged.connect(self._tab_changed)
            layout.addWidget(self.tabs)
        else:
            for field in (self.station_code, self.station_name, self.server_url,
                          self.server_password, self.join_username, self.join_password,
                          self.join_progress):
                field.hide()
            layout.addWidget(self._new_station_page())
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _new_station_page(self) -> QWidget:
        rows = [(self.tr("Station code"), self.station_code),
                (self.tr("Station name"), self.station_name),
                (self.tr("Address"), self.station_address),
                (self.tr("Phone"), self.station_phone),
                (self.tr("Time zone"), self.station_timezone)] if self._ask_station else []
        rows += [(self.tr("Administrator user name"), self.username),
                 (self.tr("Full name"), self.display_name),
                 (self.tr("Password"), self.password),
                 (self.tr("Password again"), self.password_again)]
        return self._page(self.tr("This database is empty. Create the administrator who will "
                                  "add the other users."), rows)

    def _join_page(self) -> QWidget:
        return self._page(self.tr(
            "A new or replacement PC of a station that already syncs: its customers, jobs "
            "and users come from the central server. Paste the address and the password "
            "`fielddesk server add-station` printed for the station, then sign in as one of "
            "its users."),
            [(self.tr("Central server address"), self.server_url),
             (self.tr("Central server password"), self.server_password),
             (self.tr("User name"), self.join_username),
             (self.tr("Password"), self.join_password)], self.join_progress)

    def _page(self, intro_text: str, rows: Sequence[tuple[str, QWidget]],
              below: QWidget | None = None) -> QWidget:
        """An introduction, a form of labelled fields and, optionally, a line below them."""
        page = QWidget(self)
        intro = QLabel(intro_text, page)
        intro.setWordWrap(True)
        form = QFormLayout()
        for label, field in rows:
            form.addRow(label, field)
        column = QVBoxLayout(page)
        column.addWidget(intro)
        column.addLayout(form)
        if below is not None:
            column.addWidget(below)
        return page

    def joining(self) -> bool:
        return self.tabs is not None and self.tabs.currentIndex() == 1

    def _tab_changed(self) -> None:
        self.error_label.clear_error()
        self.ok_button.setText(self.tr("Join") if self.joining() else self.tr("Create"))

    def _submit(self) -> None:
        if self.joining():
            self.join()
        else:
            self.create_admin()

    def create_admin(self) -> None:
        self.error_label.clear_error()
        if self.password.text() != self.password_again.text():
            self.error_label.show_error(ValidationError(self.tr("The two passwords differ.")))
            return
        station = None
        if self._ask_station:
            station = self.station_fields()
        db, user = self._db, self.username.text().strip()
        name, password = self.display_name.text(), self.password.text()
        self._run(people.create_admin(self._runner, self, lambda: create_first_admin(
            db, user, name, password, station=station)))

    def station_fields(self) -> dict[str, str]:
        """The new station as typed (create_home_station checks it): code, name, address and
        phone for the sheets, the time zone for the response promise (the system's by default)."""
        return {"code": self.station_code.text(), "name": self.station_name.text(),
                "address": self.station_address.text(), "phone": self.station_phone.text(),
                "timezone": self.station_timezone.currentText().strip()}

    def join(self) -> None:
        """Join in the background (the pull may take a while), then sign in."""
        self.error_label.clear_error()
        try:
            settings = SyncSettings(check_url(self.server_url.text(),
                                              self.server_password.text()))
        except ValidationError as exc:
            self.error_label.show_error(exc)
            return
        self.join_progress.setText(self.tr("Joining…"))
        self._joining = self._run(people.join(
            self._network, self, self._db, settings, self._db_path,
            self.join_username.text().strip(), self.join_password.text(),
            self.tr("Joining… records received: {count}")).on_progress(
            lambda _rows, _total, text: self.join_progress.setText(text)))

    def _failed(self, sentence: str) -> None:
        self.join_progress.clear()
        super()._failed(sentence)

    def reject(self) -> None:
        """Cancel also stops a join under way (after the page in hand)."""
        if self._joining is not None:
            self._joining.cancel()
        super().reject()


def time_zone_box() -> QComboBox:
    """The IANA time zones to pick from (or type, with completion), the system's chosen."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(sorted(available_timezones()))
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    box.setCurrentText(system if system in available_timezones() else "Asia/Shanghai")
    return box
