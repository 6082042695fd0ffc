"""The main window: navigation between registered views, change propagation, status bar."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.db import open_database
from app.services.changes import Changes
from app.services.jobs import JobDetail
from app.services.sync_status import pending_count
from app.ui.board import BoardPage
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.map import MapPage
from app.ui.quality import QualityView
from app.ui.views.jobs_view import JobsView
from app.ui.views.registry import VIEWS

from .conftest import MakeJob


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def test_navigation_lists_every_view_and_opens_on_jobs(qtbot: QtBot, ctx: AppContext,
                                                       some_jobs: list[JobDetail]) -> None:
    window = make_window(qtbot, ctx)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Board", "Jobs", "Map", "Technicians", "Customers", "Quality", "Sync"]
    assert [spec.key for spec in VIEWS] == list(window.views)
    assert window.current_key() == "jobs"
    jobs = window.views["jobs"]
    assert isinstance(jobs, JobsView) and jobs.model.rowCount() == 6
    board = window.select_view("board")
    assert isinstance(board, BoardPage)
    assert window.stack.currentWidget() is board
    assert board.queue.model.rowCount() == 6  # new and on hold: all wait in the queue
    assert isinstance(window.select_view("map"), MapPage)
    assert isinstance(window.select_view("quality"), QualityView)


def test_status_bar_shows_station_user_and_outbox(qtbot: QtBot, ctx: AppContext,
                                                  some_jobs: list[JobDetail]) -> None:
    window = make_window(qtbot, ctx)
    bar = window.status
    assert bar.station_label.text() == "NJ01 南京服务站"
    assert bar.user_label.text() == "admin (Administrator)"
    assert bar.online_label.text() == "Sync not set up"  # no central server: see tests/sync
    assert bar.last_sync_label.text() == "Never synced"
    assert bar.pending_label.text() == f"{pending_count(ctx.db):,} changes to sync"
    bar.set_online(True)
    assert bar.online_label.text() == "Online"
    bar.set_online(False)
    assert bar.online_label.text() == "Offline"


def test_a_write_reported_by_one_view_refreshes_the_others(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    window = make_window(qtbot, ctx)
    jobs = window.views["jobs"]
    assert isinstance(jobs, JobsView) and jobs.model.rowCount() == 0
    before = pending_count(ctx.db)
    make_job()
    with qtbot.waitSignal(window.changed, timeout=1000) as signal:
        ctx.bus.announce(Changes.JOBS | Changes.CUSTOMERS)
    assert signal.args == [Changes.JOBS | Changes.CUSTOMERS, None]
    assert jobs.model.rowCount() == 1
    assert pending_count(ctx.db) > before
    assert window.status.pending_label.text() == f"{pending_count(ctx.db):,} changes to sync"


def test_new_job_action_opens_the_editor_and_saving_refreshes_the_list(
        qtbot: QtBot, ctx: AppContext) -> None:
    window = make_window(qtbot, ctx)
    window.select_view("board")
    window.app_actions.new_job.trigger()
    jobs = window.views["jobs"]
    assert isinstance(jobs, JobsView) and window.current_key() == "jobs"
    editor = jobs.editor
    assert editor is not None
    editor.customer.new_radio.setChecked(True)
    editor.customer.name.setText("吴敏")
    editor.customer.phone.setText("13912340000")
    editor.customer.address.setText("江苏省南京市雨花台区软件大道1号")
    editor.form.symptom.setPlainText("外机异响")
    with qtbot.waitSignal(window.changed, timeout=1000):
        editor.save()
    assert jobs.model.rowCount() == 1
    assert jobs.table.selectionModel().selectedRows()[0].row() == 0
    assert jobs.count_label.text() == "1 job"


def test_a_hidden_view_is_marked_stale_and_refreshes_once_shown(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    window = make_window(qtbot, ctx)
    board = window.select_view("board")
    assert isinstance(board, BoardPage) and board.queue.model.rowCount() == 0
    jobs = window.select_view("jobs")
    assert isinstance(jobs, JobsView)
    for name in ("周杰", "吴敏"):  # writes while the board is hidden
        make_job(name=name)
        ctx.bus.announce(Changes.JOBS | Changes.CUSTOMERS)
    assert jobs.model.rowCount() == 2  # the view on show refreshed
    assert board.queue.model.rowCount() == 0  # the hidden one did not query
    assert window.stale["board"] == Changes.JOBS | Changes.CUSTOMERS
    window.select_view("board")
    assert board.queue.model.rowCount() == 2 and "board" not in window.stale


# Libraries loaded when first used, never at start-up: each cost every start when one top-level
# import in a module of the main window (or the schema check of opening the database) brought it
# in, and nothing else failed.
LOADED_WHEN_USED = {
    "reportlab": "printing's layout and its CJK font (some 0.4 s)",
    "psycopg": "the sync's connection to the central server (some 0.1 s)",
    "alembic": "migrating a database not at the newest schema (some 0.15 s)",
    "numpy": "the day planner's solver, pyvrp, and the map tiles' shapely (some 0.15 s)",
}
START = """
import sys
from pathlib import Path
import app.ui.bootstrap, app.ui.main_window
from app.db import open_database
open_database(Path(sys.argv[1])).dispose()
print(",".join(sorted(set(sys.argv[2:]) & set(sys.modules))))
"""


def test_the_start_up_leaves_the_libraries_used_later_unloaded(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite"
    open_database(path).dispose()  # created and migrated: as at every start but the first
    out = subprocess.run([sys.executable, "-c", START, str(path), *LOADED_WHEN_USED],
                         capture_output=True, text=True, check=True)
    loaded = [m for m in out.stdout.strip().split(",") if m]
    assert not loaded, [f"{m}: {LOADED_WHEN_USED[m]}" for m in loaded]
