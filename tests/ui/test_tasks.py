"""The task runners: results and errors come back on the GUI thread; cancelled tasks stay quiet."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from app.cancel import CancelToken
from app.errors import ValidationError
from app.ui.tasks import SyncRunner, ThreadPoolRunner


def test_sync_runner_delivers_result_and_error() -> None:
    runner = SyncRunner()
    results: list[object] = []
    runner.submit(lambda _t: 41 + 1, results.append)
    runner.submit(lambda _t: (_ for _ in ()).throw(ValidationError("bad")), results.append,
                  results.append)
    assert results[0] == 42
    assert isinstance(results[1], ValidationError)


def test_sync_runner_reraises_without_error_handler() -> None:
    def boom(_t: CancelToken) -> int:
        raise KeyError("programming error")

    with pytest.raises(KeyError):
        SyncRunner().submit(boom, lambda _r: None)


def test_cancelled_task_does_not_call_back() -> None:
    results: list[object] = []

    def cancels_itself(token: CancelToken) -> int:
        token.cancel()
        token.check()
        return 1

    SyncRunner().submit(cancels_itself, results.append, results.append)
    assert results == []


def test_thread_pool_runner_calls_back_on_gui_thread(qtbot: QtBot) -> None:
    runner = ThreadPoolRunner()
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work(_t: CancelToken) -> int:
        seen["worker"] = threading.get_ident()
        return 7

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    runner.submit(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 7
    assert seen["callback"] == gui != seen["worker"]
    assert not runner.busy


def test_thread_pool_runner_delivers_errors(qtbot: QtBot) -> None:
    runner = ThreadPoolRunner()
    errors: list[BaseException] = []

    def fails(_t: CancelToken) -> int:
        raise ValidationError("The phone number is not a phone number.")

    runner.submit(fails, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "The phone number is not a phone number."


def test_thread_pool_runner_drops_cancelled_results(qtbot: QtBot) -> None:
    runner = ThreadPoolRunner()
    release = threading.Event()
    results: list[int] = []
    token = runner.submit(lambda _t: release.wait(5) and 1, results.append)
    token.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []
    runner.shutdown()


def test_thread_pool_runner_skips_a_deleted_owner(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    runner = ThreadPoolRunner()
    release = threading.Event()
    results: list[int] = []
    owner = QObject()
    runner.submit(lambda _t: release.wait(5) and 1, results.append, owner=owner)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == []
