"""A running sync can be stopped from the Sync view or the status bar (its token is
cancelled), closing FieldDesk while a sync hangs ends the process within seconds, and "Test and
save" hears of the cycle that used the new address (kept only once that cycle went through)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cancel import CancelToken
from app.db import Database
from app.models.base import utcnow
from app.sync.pull import PullReport
from app.sync.push import PushReport
from app.sync.report import ServerUnreachable, SyncReport
from app.sync.settings import SyncSettings, load_settings, save_settings
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.sync import controller
from app.ui.sync.settings_dialog import CentralServerDialog
from app.ui.sync.sync_view import SyncView
from app.ui.tasks import ThreadLane

from .conftest import ManualRunner

URL = "postgresql://station_nj01:secret@127.0.0.1:5432/central"
HERE = Path(__file__).resolve().parent


@pytest.fixture
def network() -> Iterator[ThreadLane]:
    lane = ThreadLane("network")
    yield lane
    lane.shutdown()


def test_stopping_a_running_sync_from_the_sync_view_or_the_status_bar(
        qtbot: QtBot, ctx: AppContext, db: Database, tmp_path: Path, network: ThreadLane,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "station.sqlite"
    save_settings(path, URL)
    started, cancelled = threading.Semaphore(0), []

    def hangs_until_cancelled(_db: Database, _settings: SyncSettings,
                              token: CancelToken | None) -> None:
        assert token is not None
        stop = threading.Event()
        token.on_cancel(stop.set)  # as the core interrupts a blocking server call
        started.release()
        stop.wait(30)
        cancelled.append(True)
        token.check()

    monkeypatch.setattr(controller, "sync_once", hangs_until_cancelled)
    window = MainWindow(replace(ctx, db_path=path, network=network))
    qtbot.addWidget(window)
    window.show()
    view = window.select_view("sync")
    assert isinstance(view, SyncView) and view.stop_button.isHidden()
    for stop_button in (view.stop_button, window.status.stop_button):
        view.sync_now()
        assert started.acquire(timeout=10)
        assert window.sync.running and not view.sync_button.isEnabled()
        assert stop_button.isVisible() and stop_button.isEnabled()
        assert view.state_label.text() == f"Syncing with {window.sync.safe_url}…"
        stop_button.click()
        qtbot.waitUntil(lambda: not window.sync.running)
        assert view.log_lines()[0].endswith("Cancelled") and view.sync_button.isEnabled()
        assert view.stop_button.isHidden() and window.status.stop_button.isHidden()
    assert cancelled == [True, True] and len(window.sync.history) == 2


@pytest.mark.parametrize("cycle", ["honours_cancel", "ignores_cancel"])
def test_closing_the_window_while_a_sync_hangs_ends_the_process(tmp_path: Path,
                                                                 cycle: str) -> None:
    """The whole application in a process of its own (`quit_while_syncing.py`): the sync
    starts and hangs, the window closes; the process ends with status 0 (a cycle that
    ignores its cancel is left behind once the lanes' join timed out)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE.parents[1])}
    done = subprocess.run([sys.executable, str(HERE / "quit_while_syncing.py"), str(tmp_path),
                           cycle], capture_output=True, text=True, timeout=120, env=env,
                          check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "sync started"
    expected = {"window closed", "sync cancelled"} if cycle == "honours_cancel" else {
        "window closed"}
    assert set(lines[1:]) == expected


def trying_while_running(qtbot: QtBot, ctx: AppContext, path: Path, runner: ManualRunner
                         ) -> tuple[controller.SyncController, CentralServerDialog, SyncSettings]:
    """A cycle with the old address is running, not answered yet, when the supervisor tries
    URL in the Central server dialog: the controller, the dialog and the old settings."""
    old = save_settings(path, URL.replace("127.0.0.1", "old-server"))
    sync = controller.SyncController(replace(ctx, runner=runner, db_path=path))
    assert sync.sync_now() and sync.running
    dialog = CentralServerDialog(sync)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText(URL)
    dialog.save_button.click()
    return sync, dialog, old


def test_test_and_save_reports_the_cycle_with_the_new_address(
        qtbot: QtBot, ctx: AppContext, db: Database, tmp_path: Path,
        manual_runner: ManualRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cycle with the old address is still running when the supervisor tries a new one:
    the dialog waits for the cycle after it, which uses the new address and keeps it."""
    tried: list[str] = []

    def cycle(_db: Database, settings: SyncSettings, _token: CancelToken | None) -> SyncReport:
        tried.append(settings.safe_url)
        if "old-server" in settings.url:
            raise ServerUnreachable("The central server {url} cannot be reached: {reason}",
                                    url=settings.safe_url, reason="timeout")
        return SyncReport(PushReport(entries=2), PullReport(rows=5), utcnow())

    monkeypatch.setattr(controller, "sync_once", cycle)
    path = tmp_path / "station.sqlite"
    sync, dialog, old = trying_while_running(qtbot, ctx, path, manual_runner)
    trying = "Trying the address…"
    assert not dialog.save_button.isEnabled() and dialog.status_label.text() == trying
    manual_runner.run(0)  # the old address fails: not the answer the dialog waits for
    assert dialog.status_label.text() == trying and dialog.error_label.isHidden()
    assert load_settings(path) == old  # the new address has not been tried yet
    with qtbot.waitSignal(dialog.accepted):
        manual_runner.run(0)  # the cycle after it, with the new address
    assert tried == ["postgresql+psycopg://station_nj01:***@old-server:5432/central",
                     "postgresql+psycopg://station_nj01:***@127.0.0.1:5432/central"]
    assert dialog.status_label.text() == "Connected. Changes sent: 2, records received: 5."
    assert load_settings(path) == sync.settings == SyncSettings(URL.replace(
        "postgresql:", "postgresql+psycopg:"))


def test_stopping_the_sync_before_a_new_address_was_tried_keeps_the_old_one(
        qtbot: QtBot, ctx: AppContext, db: Database, tmp_path: Path,
        manual_runner: ManualRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cycle that would try the new address never runs: the dialog says so, nothing is
    kept, and no later cycle uses the address."""
    tried: list[str] = []

    def cycle(_db: Database, settings: SyncSettings, _token: CancelToken | None) -> SyncReport:
        tried.append(settings.safe_url)
        return SyncReport(PushReport(), PullReport(), utcnow())

    monkeypatch.setattr(controller, "sync_once", cycle)
    path = tmp_path / "station.sqlite"
    sync, dialog, old = trying_while_running(qtbot, ctx, path, manual_runner)
    assert sync.cancel()
    assert dialog.status_label.text() == ("Not saved: the sync with this address was stopped "
                                          "before it ended.")
    assert dialog.save_button.isEnabled() and dialog.result() != dialog.DialogCode.Accepted
    manual_runner.run(0)  # the old address's cycle ends; none follows it
    assert manual_runner.queue == [] and not sync.running
    assert tried == ["postgresql+psycopg://station_nj01:***@old-server:5432/central"]
    assert load_settings(path) == old == sync.settings
