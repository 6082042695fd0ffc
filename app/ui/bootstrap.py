"""Builds the objects the GUI runs on and passes them in: no globals, no service locator."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.station import has_home_station, home_station
from app.services.users import needs_first_admin
from app.texts import shown
from app.ui import labels
from app.ui.app_icon import app_icon
from app.ui.context import AppContext
from app.ui.dialogs.first_run_dialog import FirstRunDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.fonts import install_app_font
from app.ui.i18n import install_translator
from app.ui.main_window import MainWindow
from app.ui.station.users_dialog import ChangePasswordDialog
from app.ui.tasks import Lane

WINDOW_SIZE = (1400, 900)


def prepare_application(app: QApplication, language: str | None = None) -> None:
    """Application name, the bundled CJK font, the translation (None: the system's language)."""
    app.setApplicationName("FieldDesk")
    app.setOrganizationName("FieldDesk")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("fielddesk")  # installer/linux/fielddesk.desktop
    install_app_font(app)
    install_translator(app, language)
    labels.clear()


def sign_in_dialog(db: Database, runner: Lane, parent: QWidget | None = None,
                   db_path: Path | None = None,
                   network: Lane | None = None) -> FirstRunDialog | LoginDialog:
    """The first-run dialog on a database without a station (create or join one, on the
    `network` lane) or without users, else the login dialog. `db_path`: where a joined
    station's sync settings go. (These first reads run before anything else does.)"""
    has_station = has_home_station(db)
    if not has_station or needs_first_admin(db):
        return FirstRunDialog(db, runner, ask_station=not has_station, parent=parent,
                              db_path=db_path, network=network)
    station = home_station(db)
    return LoginDialog(db, runner, shown(f"{station.code} {station.name}"), parent)


def sign_in(db: Database, runner: Lane, db_path: Path | None = None,
            network: Lane | None = None) -> Actor | None:
    """Ask until signed in; None when the user gave up. A user whose password an admin reset
    chooses a new one first (giving up then is giving up the sign-in)."""
    dialog = sign_in_dialog(db, runner, db_path=db_path, network=network)
    if dialog.exec() != FirstRunDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    return changed_if_reset(db, runner, dialog.actor)


def changed_if_reset(db: Database, runner: Lane, actor: Actor) -> Actor | None:
    """The actor, once a password an admin reset was changed (None: the user gave up)."""
    if not actor.must_change_password:
        return actor
    forced = ChangePasswordDialog(db, runner, actor, forced=True)
    if forced.exec() != ChangePasswordDialog.DialogCode.Accepted:
        return None
    return replace(actor, must_change_password=False)


def build_context(db: Database, actor: Actor, runner: Lane, db_path: Path | None = None,
                  network: Lane | None = None) -> AppContext:
    """`runner`: the database lane; `db_path`: the database file, next to which the sync
    settings are kept; `network`: the network lane."""
    return AppContext(db=db, actor=actor, station=home_station(db), runner=runner,
                      db_path=db_path, network=network)


def build_main_window(ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.resize(*WINDOW_SIZE)
    return window
