"""What waits to go up, as the status bar and the Sync view show it: the count, the age of the
oldest unsent change (red past a day), the refused changes; the error queue's table."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import Database, open_database
from app.models import Desk
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.station import home_station
from app.services.sync_status import STALE_AFTER, Backlog
from app.sync.refused import Refused, reason_text
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.sync.refused_model import RefusedTableModel
from app.ui.sync.sync_view import SyncView
from app.ui.sync.texts import age_text
from app.ui.tasks import SyncRunner

from .conftest import MakeJob

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


def test_the_status_bar_shows_the_oldest_unsent_change_red_past_a_day(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    bar = window.status
    make_job()
    with qtbot.waitSignal(window.changed, timeout=1000):
        ctx.bus.announce(Changes.JOBS)
    assert bar.age_label.text() == "Oldest unsent: 0 min" and bar.age_label.styleSheet() == ""
    assert bar.refused_label.isHidden()
    bar.set_backlog(Backlog(3, 2, NOW - STALE_AFTER - dt.timedelta(hours=1)), NOW)
    assert bar.age_label.text() == "Oldest unsent: 25 h"
    assert "#c62828" in bar.age_label.styleSheet() and "24 hours" in bar.age_label.toolTip()
    assert bar.refused_label.text() == "2 refused" and not bar.refused_label.isHidden()
    bar.set_backlog(Backlog(0, 0, None), NOW)
    assert bar.age_label.isHidden() and bar.pending_label.text() == "Nothing to sync"
    bar.set_backlog(Backlog(0, 0, NOW - dt.timedelta(days=3), full_upload=True), NOW)
    assert bar.pending_label.text() == "Records loaded in bulk to upload"
    assert bar.age_label.text() == "Oldest unsent: 3 days"
    assert [age_text(dt.timedelta(minutes=m)) for m in (59, 60, 47 * 60 + 59, 48 * 60)] == [
        "59 min", "1 h", "47 h", "2 days"]


def test_the_sync_view_says_what_waits_and_that_a_copy_became_a_new_desk(
        qtbot: QtBot, ctx: AppContext) -> None:
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert view.backlog_label.text().startswith("Waiting to go up: ")  # the admin's own entry
    assert view.refused.count_label.text() == "No changes refused by the central server."
    assert not view.refused.retry_button.isEnabled()
    view.show_backlog(Backlog(1200, 1, NOW - dt.timedelta(days=2)), copied=True)
    text = view.backlog_label.text()
    assert text.startswith("Waiting to go up: 1,200 changes, the oldest made ")
    assert "Refused by the central server: 1." in text and "new desk now" in text
    assert "#c62828" in view.backlog_label.styleSheet()


def test_the_error_queue_model_names_the_record_the_change_and_the_reason(
        qtmodeltester: ModelTester) -> None:
    made = utcnow()
    model = RefusedTableModel(dt.UTC)
    model.set_rows([
        Refused("r1", "customers", "c1", "update", {"name": "x", "updated_at": "t"},
                reason_text("refused", "value too long for type character varying(120)"),
                made, made, "王芳"),
        Refused("r2", "jobs", "j1", "insert", {}, reason_text("missing", ""), made, made, None)])
    qtmodeltester.check(model)
    first = [model.index(0, c).data() for c in range(3)]
    assert first == ["Customer 王芳", "Changed: name",
                     "The central server refused the change: value too long for type "
                     "character varying(120)"]
    assert model.index(1, 0).data() == "Job" and model.index(1, 1).data() == "New record"
    assert model.index(1, 2).data().startswith("The central server has no such record")


def test_a_copied_database_says_in_the_status_bar_that_it_is_a_new_desk(
        qtbot: QtBot, tmp_path: Path, db: Database, admin: Actor) -> None:
    window = MainWindow(AppContext(db=db, actor=admin, station=home_station(db),
                                   runner=SyncRunner()))
    qtbot.addWidget(window)
    assert window.status.desk_label.isHidden()
    with db.session() as s:  # as after its first sync
        s.scalars(select(Desk)).one().registered = True
    db.dispose()
    shutil.copy(tmp_path / "station.sqlite", tmp_path / "copy.sqlite")
    copy = open_database(tmp_path / "copy.sqlite")
    try:
        copied = MainWindow(AppContext(db=copy, actor=admin, station=home_station(copy),
                                       runner=SyncRunner()))
        qtbot.addWidget(copied)
        label = copied.status.desk_label
        assert not label.isHidden() and label.text() == "New desk: sync once"
        assert label.toolTip().startswith("This database was copied or restored from a backup")
    finally:
        copy.dispose()
