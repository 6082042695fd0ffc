"""Operations: busy state, the error's sentence, the crash path, the announcement, progress and
Cancel, and "the newest request wins" -- once, for every user action."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from app.errors import ValidationError
from app.services.changes import Changes
from app.ui.bus import ChangeBus
from app.ui.latest import Latest, OneAtATime
from app.ui.operation import Operation, Running
from app.ui.tasks import SyncRunner, ThreadLane

from .conftest import ManualRunner


def locked() -> OperationalError:
    """What SQLAlchemy raises when the busy timeout ran out."""
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorcode = 5  # type: ignore[attr-defined]  # SQLITE_BUSY, as sqlite3 sets it
    return OperationalError("UPDATE jobs ...", {}, error)


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_while_it_runs_the_button_is_disabled_and_the_cursor_busy(
        qtbot: QtBot, owner: QWidget) -> None:
    lane, release = ThreadLane("database"), threading.Event()
    button, shown = QPushButton(owner), []
    op = Operation(lane, owner, lambda _run: release.wait(10) and 7).busy(button).success(
        shown.append).run()
    assert not button.isEnabled() and QApplication.overrideCursor() is not None
    release.set()
    qtbot.waitUntil(lambda: shown == [7])
    assert button.isEnabled() and QApplication.overrideCursor() is None and not op.running
    assert lane.shutdown()


@pytest.mark.parametrize(("error", "expected"), [
    (ValidationError("The phone number is not a phone number."),
     "The phone number is not a phone number."),
    (locked(), "The station database is busy: another program is writing to it. Nothing was "
               "changed; try again in a moment, and if this keeps happening, close the other "
               "program."),
    (OSError(28, "No space left on device"),
     "The disk is full. Nothing was changed; free some disk space and try again."),
])
def test_a_refusal_or_trouble_shows_one_sentence_and_the_button_is_usable_again(
        owner: QWidget, error: Exception, expected: str) -> None:
    button, shown = QPushButton(owner), []

    def fails(_run: Running) -> None:
        raise error

    Operation(SyncRunner(), owner, fails).busy(button).errors_to(shown.append).run()
    assert shown == [expected] and button.isEnabled()
    assert QApplication.overrideCursor() is None


def test_a_bug_is_raised_for_the_crash_handler_after_the_busy_state_is_undone(
        owner: QWidget) -> None:
    button, shown, always = QPushButton(owner), [], []

    def bug(_run: Running) -> None:
        raise KeyError("programming error")

    with pytest.raises(KeyError):
        Operation(SyncRunner(), owner, bug).busy(button).errors_to(shown.append).always(
            lambda: always.append("done")).run()
    assert shown == [] and always == ["done"]
    assert button.isEnabled() and QApplication.overrideCursor() is None


def test_the_changes_are_announced_with_the_initiator(owner: QWidget) -> None:
    bus, heard = ChangeBus(), []
    bus.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    Operation(SyncRunner(), owner, lambda _run: ("id", Changes.JOBS | Changes.MAP), bus).run()
    Operation(SyncRunner(), owner, lambda _run: ["a query"], bus).run()  # nothing to announce
    assert heard == [(Changes.JOBS | Changes.MAP, owner)]


def test_a_closed_dialog_gets_no_callback_but_the_write_is_announced(qtbot: QtBot) -> None:
    lane, release = ThreadLane("database"), threading.Event()
    bus, heard, called = ChangeBus(), [], []
    bus.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    dialog = QWidget()
    Operation(lane, dialog, lambda _run: release.wait(10) and Changes.JOBS, bus).busy().success(
        called.append).run()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.deleteLater()
    release.set()
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(Changes.JOBS, None)] and called == []
    assert QApplication.overrideCursor() is None
    assert lane.shutdown()


def test_progress_shows_and_cancel_stops_the_work(qtbot: QtBot, owner: QWidget) -> None:
    lane, ended = ThreadLane("network"), []

    def long_work(run: Running) -> None:
        stop = threading.Event()
        run.token.on_cancel(stop.set)  # as a blocking server call is interrupted
        for done in (1, 2, 3):
            run.report(done, 10, f"step {done}")
        stop.wait(30)
        run.check()

    op = Operation(lane, owner, long_work).progress("Working…", show_after_ms=0).cancelled(
        lambda: ended.append("cancelled")).run()
    assert op.dialog is not None and op.dialog.isVisible()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.value() == 3)
    assert op.dialog.labelText() == "step 3" and op.dialog.maximum() == 10
    cancel = op.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    qtbot.waitUntil(lambda: ended == ["cancelled"])
    assert op.dialog is None and not op.running
    assert lane.shutdown()


def test_the_newest_request_wins_even_when_an_older_answer_comes_last(owner: QWidget) -> None:
    lane, shown = ManualRunner(), []
    slot = Latest()
    slot.run(Operation(lane, owner, lambda _run: "older").success(shown.append))
    slot.run(Operation(lane, owner, lambda _run: "newer").success(shown.append))
    lane.run(1)  # the newer query answers first
    lane.run(0)  # then the older one, already on its way: dropped by construction
    assert shown == ["newer"] and not slot.busy


def test_one_write_at_a_time_refuses_a_second_while_the_first_runs(owner: QWidget) -> None:
    lane, done = ManualRunner(), []
    writes = OneAtATime()
    assert writes.run(Operation(lane, owner, lambda _run: 1).success(done.append))
    assert not writes.run(Operation(lane, owner, lambda _run: 2).success(done.append))
    lane.run(0)
    assert done == [1] and lane.queue == [] and not writes.busy


def test_outcomes_of_an_owner_that_is_not_a_widget_are_delivered(qtbot: QtBot) -> None:
    model, seen = QObject(), []
    Operation(SyncRunner(), model, lambda _run: 3).success(seen.append).run()
    assert seen == [3]
