"""First run creates the station and its admin; the login dialog refuses a wrong password."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import Role
from app.services.actor import Actor
from app.services.sign_in_locks import MAX_FAILURES
from app.services.station import create_home_station, home_station
from app.services.users import list_users, needs_first_admin
from app.ui.bootstrap import sign_in_dialog
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.tasks import SyncRunner

from .conftest import PASSWORD, type_text


def fill_admin(qtbot: QtBot, dialog: FirstRunDialog, again: str = PASSWORD) -> None:
    qtbot.keyClicks(dialog.username, "wang.admin")
    type_text(dialog.display_name, "王管理")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, again)


def test_first_run_creates_station_and_admin(qtbot: QtBot, db: Database) -> None:
    dialog = sign_in_dialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FirstRunDialog)
    qtbot.keyClicks(dialog.station_code, "nj02")
    type_text(dialog.station_name, "南京江宁服务站")
    fill_admin(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert home_station(db).code == "NJ02"
    assert [u.username for u in list_users(db)] == ["wang.admin"]
    assert not needs_first_admin(db)


def test_first_run_asks_what_the_sheets_and_the_promise_need(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Urumqi")  # the system's zone, as Qt reads it
    dialog = sign_in_dialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.station_timezone.currentText() == "Asia/Urumqi"
    qtbot.keyClicks(dialog.station_code, "KS01")
    type_text(dialog.station_name, "喀什服务站")
    type_text(dialog.station_address, "新疆喀什市人民东路1号")
    qtbot.keyClicks(dialog.station_phone, "0998-2812345")
    fill_admin(qtbot, dialog)
    dialog.station_timezone.setCurrentText("Asia/Shanghia")
    dialog.create_admin()
    assert dialog.error_label.text() == "Unknown time zone: Asia/Shanghia."
    dialog.station_timezone.setCurrentText("Asia/Shanghai")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    station = home_station(db)
    assert (station.code, station.name, station.address, station.phone, station.timezone) == (
        "KS01", "喀什服务站", "新疆喀什市人民东路1号", "0998-2812345", "Asia/Shanghai")


def test_first_run_shows_mistakes_and_stays_open(qtbot: QtBot, db: Database) -> None:
    dialog = FirstRunDialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.station_code, "NJ02")
    type_text(dialog.station_name, "南京江宁服务站")
    fill_admin(qtbot, dialog, again="something-else")
    dialog.create_admin()
    assert dialog.error_label.text() == "The two passwords differ."
    dialog.password_again.setText(PASSWORD)
    dialog.station_code.setText("9")
    dialog.create_admin()
    assert dialog.error_label.text().startswith("The station code must be")
    assert dialog.result() == 0 and needs_first_admin(db)


def test_first_run_skips_the_station_when_the_database_has_one(qtbot: QtBot,
                                                               db: Database) -> None:
    with db.session() as s:
        create_home_station(s, "SZ01", "苏州服务站")
    dialog = sign_in_dialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.station_code.isHidden()
    fill_admin(qtbot, dialog)
    dialog.create_admin()
    assert dialog.actor is not None and dialog.actor.station_code == "SZ01"


def test_login_refuses_a_wrong_password(qtbot: QtBot, db: Database, admin: Actor) -> None:
    dialog = sign_in_dialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, LoginDialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Wrong user name or password."
    assert dialog.actor is None and dialog.result() == 0
    dialog.show()  # Enter presses the default button of a shown dialog
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_login_says_until_when_a_guessed_account_is_locked(qtbot: QtBot, db: Database,
                                                           admin: Actor) -> None:
    dialog = LoginDialog(db, SyncRunner())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    for _ in range(MAX_FAILURES):
        dialog.password.setText("a-guess")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    locked = dialog.error_label.text()
    assert re.fullmatch(r"This account is locked after 5 failed sign-ins; try again after "
                        r"\d{4}-\d\d-\d\d \d\d:\d\d\.", locked)
    dialog.password.setText(PASSWORD)  # the right password does not open it either
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == locked
    assert dialog.actor is None and dialog.result() == 0
