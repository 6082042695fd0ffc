"""Help › About FieldDesk: version, data folder, the bundled works' licences, "Copy details";
the application icon on every window."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.bootstrap import prepare_application
from app.ui.context import AppContext
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]


def test_about_tells_version_data_folder_and_licences(qtbot: QtBot, ctx: AppContext,
                                                      tmp_path: Path) -> None:
    window = MainWindow(AppContext(ctx.db, ctx.actor, ctx.station, ctx.runner,
                                   db_path=tmp_path / "station.sqlite"))
    qtbot.addWidget(window)
    window.app_actions.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    facts = dict(dialog.facts)
    assert facts["Version"] == VERSION and facts["Data folder"] == str(tmp_path)
    licences = dialog.licences.text()
    for words in ("WenQuanYi Micro Hei (Apache-2.0)", "GeoNames (MIT; CC BY 4.0)",
                  "Natural Earth", "LGPL-3.0", "LICENSE-Apache-2.0.txt"):
        assert words in licences
    assert all(n.file is None or n.file.is_file() for n in dialog.notices)

    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"FieldDesk {VERSION}\n")
    assert f"Data folder: {tmp_path}" in copied and "WenQuanYi Micro Hei" in copied


def test_every_window_gets_the_icon_in_the_sizes_it_asks_for(qapp: QApplication,
                                                             qtbot: QtBot,
                                                             ctx: AppContext) -> None:
    prepare_application(qapp, "en")
    icon = qapp.windowIcon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 24, 32, 48, 256} <= sizes
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == icon.cacheKey()
