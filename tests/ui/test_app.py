"""`run_gui` end to end with the real lanes (the dialogs are stubbed out)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.config import Config
from app.db import Database
from app.db.backup import backups_of
from app.services.actor import Actor
from app.services.jobs import JobDetail
from app.services.station import home_station
from app.ui import app as gui
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.tasks import ThreadLane
from app.ui.views.jobs_view import JobsView


def test_jobs_view_with_the_database_lane(qtbot: QtBot, db: Database, admin: Actor,
                                          some_jobs: list[JobDetail]) -> None:
    runner = ThreadLane("database")
    window = MainWindow(AppContext(db, admin, home_station(db), runner))
    qtbot.addWidget(window)
    jobs = window.views["jobs"]
    assert isinstance(jobs, JobsView)
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 6)
    jobs.filter_bar.search.setText("李娜")
    jobs.filter_bar.apply_now()
    qtbot.waitUntil(lambda: jobs.model.rowCount() == 1)
    qtbot.waitUntil(lambda: jobs.count_label.text() == "1 job")
    qtbot.waitUntil(lambda: not runner.busy)
    assert runner.shutdown()


def test_run_gui_opens_the_main_window_after_sign_in(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path, db: Database, admin: Actor,
        some_jobs: list[JobDetail], monkeypatch: pytest.MonkeyPatch) -> None:
    windows: list[MainWindow] = []

    def close_when_loaded() -> None:
        found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        jobs = found[0].views["jobs"] if found and not windows else None
        if isinstance(jobs, JobsView) and jobs.model.rowCount() == 6 and backups_of(path):
            with db.session() as s:  # after the morning's backup: only the exit's holds it
                s.execute(text("INSERT INTO local_settings (key, value) VALUES ('k', 'late')"))
            windows.append(found[0])
            found[0].close()  # closing the last window quits, as when the dispatcher does

    timer = QTimer(interval=10)
    timer.timeout.connect(close_when_loaded)
    timer.start()
    monkeypatch.setattr(gui, "sign_in", lambda _db, _runner, _path, _network: admin)
    path = tmp_path / "station.sqlite"
    assert not backups_of(path)
    assert gui.run_gui(Config(db_path=path, log_dir=tmp_path / "logs")) == 0
    timer.stop()
    assert windows and windows[0].windowTitle() == "FieldDesk – NJ01 南京服务站"
    [backup] = backups_of(path)  # today's, made at the start and again on quitting
    with closing(sqlite3.connect(backup.path)) as conn:
        assert conn.execute("SELECT value FROM local_settings WHERE key = 'k'").fetchone() == (
            "late",)
    windows[0].deleteLater()


def test_run_gui_returns_when_sign_in_is_cancelled(
        tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gui, "sign_in", lambda _db, _runner, _path, _network: None)
    assert gui.run_gui(Config(db_path=tmp_path / "station.sqlite", log_dir=tmp_path / "logs")) == 0
