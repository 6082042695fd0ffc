"""Errors never vanish: a save the database refuses shows its sentence and Save stays usable;
a bug shows the crash dialog (apology, error, "Copy details"), is logged to the rotating log
file, and the window stays usable with nothing half-saved."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.config import Config
from app.db import Database
from app.services import jobs
from app.services.jobs import get_job
from app.services.sync_status import pending_count
from app.ui.context import AppContext
from app.ui.crash import CrashDialog, CrashHandler
from app.ui.dialogs.job_editor import JobEditor
from app.ui.tasks import ThreadLane

from .conftest import MakeJob

LOCKED = ("The station database is busy: another program is writing to it. Nothing was "
          "changed; try again in a moment, and if this keeps happening, close the other "
          "program.")


@pytest.fixture
def crashes(tmp_path: Path) -> Iterator[CrashHandler]:
    """The crash handler as `run_gui` installs it, logging under tmp_path."""
    handler = CrashHandler(tmp_path / "logs")
    handler.install()
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


@pytest.fixture
def lane_ctx(ctx: AppContext) -> Iterator[AppContext]:
    """The context with the real database lane (a worker thread), as in the app."""
    lane = ThreadLane("database")
    yield AppContext(ctx.db, ctx.actor, ctx.station, lane, ctx.db_path)
    lane.shutdown()


def impatient(db: Database) -> None:
    """Make the database's connections give up at once when another program holds the lock
    (the busy timeout elapsed, without waiting five seconds in a test)."""
    event.listen(db.engine, "connect",
                 lambda conn, _record: conn.execute("PRAGMA busy_timeout = 0"))
    db.engine.dispose()


def hold_write_lock(db: Database) -> sqlite3.Connection:
    """Another program writing to the station file: it holds the write lock."""
    other = sqlite3.connect(str(db.engine.url.database), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_save_refused_by_a_locked_database_says_so_and_save_stays_usable(
        qtbot: QtBot, lane_ctx: AppContext, db: Database, make_job: MakeJob) -> None:
    job = make_job()
    editor = JobEditor(lane_ctx, job.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.save_button.isEnabled()
                    and not editor.form.equipment.loading)  # the editor's reads are done
    impatient(db)
    other = hold_write_lock(db)
    editor.form.symptom.setPlainText("外机漏水")
    editor.save()
    qtbot.waitUntil(lambda: editor.error_label.isVisible())
    assert editor.error_label.text() == LOCKED
    assert editor.save_button.isEnabled() and editor.isVisible()
    assert QApplication.overrideCursor() is None
    other.rollback()
    other.close()
    assert get_job(db, job.id).symptom == "不制冷"  # nothing was changed
    with qtbot.waitSignal(editor.accepted):
        editor.save()  # the other program is done: the same save now lands
    assert get_job(db, job.id).symptom == "外机漏水"


@pytest.mark.qt_no_exception_capture
def test_a_bug_while_saving_shows_the_crash_dialog_and_nothing_is_half_saved(
        qtbot: QtBot, lane_ctx: AppContext, db: Database, make_job: MakeJob,
        crashes: CrashHandler, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = make_job()
    editor = JobEditor(lane_ctx, job.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.save_button.isEnabled()
                    and not editor.form.equipment.loading)  # the editor's reads are done

    real_update = jobs.update
    before = (pending_count(db), get_job(db, job.id))

    def buggy_update(*args: Any, **kwargs: Any) -> Any:
        real_update(*args, **kwargs)  # the row, its audit entry and outbox entry written...
        raise ZeroDivisionError("a bug after the write")  # ...then a bug, in the transaction

    monkeypatch.setattr(jobs, "update", buggy_update)
    editor.form.symptom.setPlainText("外机漏水")
    editor.save()
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    dialog = crashes.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert dialog.error_label.text() == "ZeroDivisionError: a bug after the write"
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("FieldDesk ") and "Python " in copied and "Qt " in copied
    assert "ZeroDivisionError: a bug after the write" in copied and "Traceback" in copied
    log = (tmp_path / "logs" / "fielddesk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug after the write" in log and "buggy_update" in log
    assert editor.save_button.isEnabled() and editor.isVisible()  # still usable
    assert QApplication.overrideCursor() is None
    assert (pending_count(db), get_job(db, job.id)) == before  # rolled back as a whole


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_thread_of_its_own_reaches_the_dialog_and_the_log(
        qtbot: QtBot, crashes: CrashHandler, tmp_path: Path) -> None:
    def worker() -> None:
        raise LookupError("lost in a thread")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: crashes.dialog is not None)
    assert crashes.dialog is not None
    assert crashes.dialog.error_label.text() == "LookupError: lost in a thread"
    log = (tmp_path / "logs" / "fielddesk.log").read_text(encoding="utf-8")
    assert "LookupError: lost in a thread" in log


def test_the_log_file_lives_in_the_user_data_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    config = Config.resolve(str(tmp_path / "station.sqlite"))
    assert config.log_dir == tmp_path / "data" / "FieldDesk" / "logs"
