"""The lanes: outcomes come back on the GUI thread, in order on the database lane; a cancel
before the start never runs the task; quitting joins the workers with a timeout."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.cancel import Cancelled, CancelToken
from app.errors import ValidationError
from app.ui.tasks import Outcome, SyncRunner, ThreadLane


def test_the_synchronous_lane_delivers_value_error_and_cancel_at_once() -> None:
    seen: list[Outcome[object]] = []
    lane = SyncRunner()
    lane.submit(lambda _t: 41 + 1, seen.append)
    lane.submit(lambda _t: (_ for _ in ()).throw(ValidationError("bad")), seen.append)

    def cancels_itself(token: CancelToken) -> int:
        token.cancel()
        token.check()
        return 1

    lane.submit(cancels_itself, seen.append)
    assert seen[0] == Outcome(value=42)
    assert isinstance(seen[1].error, ValidationError)
    assert seen[2].cancelled and seen[2].value is None


def test_the_database_lane_runs_one_task_at_a_time_in_order(qtbot: QtBot) -> None:
    lane = ThreadLane("database")
    gui = threading.get_ident()
    running, overlaps, workers = [0], [], set()
    delivered: list[tuple[int, int]] = []

    def task(n: int) -> int:
        running[0] += 1
        overlaps.append(running[0])
        workers.add(threading.get_ident())
        running[0] -= 1
        return n

    for n in range(50):
        lane.submit(lambda _t, n=n: task(n),
                    lambda outcome: delivered.append((outcome.value, threading.get_ident())))
    qtbot.waitUntil(lambda: len(delivered) == 50)
    assert [value for value, _ in delivered] == list(range(50))
    assert {thread for _, thread in delivered} == {gui}
    assert max(overlaps) == 1 and len(workers) == 1 and gui not in workers
    assert not lane.busy
    assert lane.shutdown()


def test_a_task_cancelled_before_it_starts_never_runs(qtbot: QtBot) -> None:
    lane = ThreadLane("database")
    release, started = threading.Event(), threading.Event()
    ran: list[str] = []
    seen: list[Outcome[object]] = []

    def first(_t: CancelToken) -> None:
        started.set()
        release.wait(10)

    lane.submit(first, seen.append)
    token = lane.submit(lambda _t: ran.append("second"), seen.append)
    started.wait(10)
    token.cancel()
    release.set()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert ran == [] and seen[1].cancelled
    assert lane.shutdown()


def test_quitting_cancels_and_joins_with_a_timeout(qtbot: QtBot) -> None:
    """A task that honours its token stops; one that does not is left behind (a daemon
    thread) once the timeout passed, and nothing is delivered any more."""
    polite, stubborn = ThreadLane("polite"), ThreadLane("stubborn")
    started = threading.Barrier(3)
    never = threading.Event()
    seen: list[Outcome[object]] = []

    def until_cancelled(token: CancelToken) -> None:
        stop = threading.Event()
        token.on_cancel(stop.set)
        started.wait(10)
        stop.wait(30)
        raise Cancelled

    def ignores_cancel(_t: CancelToken) -> None:
        started.wait(10)
        never.wait(30)

    polite.submit(until_cancelled, seen.append)
    stubborn.submit(ignores_cancel, seen.append)
    started.wait(10)
    assert polite.shutdown(timeout_s=10)
    assert not stubborn.shutdown(timeout_s=0.2)
    never.set()
    assert seen == []
    late = stubborn.submit(lambda _t: 1, seen.append)
    assert late.cancelled and seen == [Outcome(cancelled=True)]
    # Its worker ends once the task returns; waiting for it here lets the lane be freed on
    # this thread (freed by the worker's last reference, the process crashed now and then).
    assert stubborn.shutdown(timeout_s=10)
    assert seen == [Outcome(cancelled=True)]
