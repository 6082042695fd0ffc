"""Tools › Geocoder…: supervisors choose the online service; a refused choice keeps the old one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.geo.datum import Datum
from app.geo.online import ProviderSettings
from app.models.enums import Role
from app.services.geocoder_settings import geocoder_settings
from app.services.users import actor_for, create_user
from app.ui.context import AppContext
from app.ui.main_window import MainWindow


def open_dialog(qtbot: QtBot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The main window (qtbot keeps it only weakly: the test holds it) and the dialog."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.app_actions.geocoder.isEnabled()  # the fixture signs in a supervisor
    return window, window.edit_geocoder()


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_an_own_server_answering_in_gcj02_is_saved(qtbot: QtBot, ctx: AppContext) -> None:
    _window, dialog = open_dialog(qtbot, ctx)
    assert dialog.service_combo.currentText() == "nominatim"
    dialog.server_edit.setText("http://geo.station.lan:8080")
    dialog.datum_combo.setCurrentIndex(dialog.datum_combo.findData(Datum.GCJ02.value))
    dialog.delay_spin.setValue(0.0)
    with qtbot.waitSignal(dialog.accepted):
        save(dialog)
    kept = geocoder_settings(ctx.db)
    assert (kept.domain, kept.scheme, kept.datum, kept.min_delay_seconds) == (
        "geo.station.lan:8080", "http", Datum.GCJ02, 0.0)


def test_a_service_needing_a_key_is_refused_in_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    _window, dialog = open_dialog(qtbot, ctx)
    dialog.service_combo.setCurrentText("baidu")
    save(dialog)
    assert dialog.isVisible() and "needs an API key" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert geocoder_settings(ctx.db) == ProviderSettings()


def test_dispatchers_cannot_change_the_geocoder(qtbot: QtBot, ctx: AppContext) -> None:
    create_user(ctx.db, ctx.actor, "disp", "调度 李", Role.DISPATCHER, "correct-horse")
    window = MainWindow(replace(ctx, actor=actor_for(ctx.db, "disp")))
    qtbot.addWidget(window)
    assert not window.app_actions.geocoder.isEnabled()
    assert not window.app_actions.central_server.isEnabled()
