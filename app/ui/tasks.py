"""The lanes slow work runs on, off the GUI thread (the pattern of Anki's task manager).

A lane runs `task(token)` on its worker thread and hands the `Outcome` (a value, an error, or
"cancelled") to `deliver` on the GUI thread, through a queued signal. Two lanes run in the app
(`ThreadLane`): the database lane has ONE worker, so every read and write of the station
database from the UI runs in order, one at a time; the network lane runs what waits on the
network or on other files (the sync, online geocoding, joining a station, map tiles), taking
only short transactions of the station database. `SyncRunner` runs each task at once in the
caller's thread, so UI tests are deterministic.

Callers do not use a lane directly: an `app.ui.operation.Operation` runs on one and owns the
busy state, the error and the change announcement.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from app.cancel import Cancelled, CancelToken

T = TypeVar("T")
Task = Callable[[CancelToken], T]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """How a task ended: its value, the exception it raised, or cancelled."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False


Deliver = Callable[[Outcome[T]], None]


class Lane(Protocol):
    def submit(self, task: Task[T], deliver: Deliver[T],
               token: CancelToken | None = None) -> CancelToken:
        """Run `task(token)` (a new token unless given); `deliver` its outcome on the GUI
        thread."""
        ...


def run_task(task: Task[T], token: CancelToken) -> Outcome[T]:
    """Run `task` unless it was cancelled before it started; `Cancelled` ends it cancelled
    (work that stops early by itself may still return what it did)."""
    if token.cancelled:
        return Outcome(cancelled=True)
    try:
        return Outcome(value=task(token))
    except Cancelled:
        return Outcome(cancelled=True)
    except BaseException as exc:  # handed to the operation, which shows or re-raises it
        return Outcome(error=exc)


class SyncRunner:
    """The synchronous lane: runs each task at once in the calling thread (tests, screenshots)."""

    def submit(self, task: Task[T], deliver: Deliver[T],
               token: CancelToken | None = None) -> CancelToken:
        token = token or CancelToken()
        deliver(run_task(task, token))
        return token


@dataclass
class _Item:
    task: Task[Any]
    token: CancelToken
    deliver: Deliver[Any]
    outcome: Outcome[Any] | None = None


class ThreadLane(QObject):
    """A lane of `workers` daemon threads fed by one queue (one worker: strictly in order).
    Outcomes come back on the thread the lane was made in (the GUI thread) by queued signal.

    The lane keeps every item (its task's closure holds widgets) until it is delivered, and a
    worker lets go of an item before it signals, so the last reference is always dropped on
    the GUI thread: a Qt object is never freed on a worker."""

    _arrived = Signal(object)  # the token of an item whose outcome is in

    def __init__(self, name: str, workers: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[_Item | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._items: dict[CancelToken, _Item] = {}
        self._closed = False
        self._arrived.connect(self._deliver)
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{n}", daemon=True)
                         for n in range(workers)]
        for thread in self._threads:
            thread.start()

    def submit(self, task: Task[T], deliver: Deliver[T],
               token: CancelToken | None = None) -> CancelToken:
        token = token or CancelToken()
        item = _Item(task, token, deliver)
        with self._lock:
            closed = self._closed
            if not closed:
                self._items[token] = item
        if closed:  # quitting: nothing runs any more
            token.cancel()
            deliver(Outcome(cancelled=True))
            return token
        self._queue.put(item)
        return token

    @property
    def busy(self) -> bool:
        """A task is queued, running, or its outcome not yet delivered."""
        with self._lock:
            return not self._closed and bool(self._items)

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            item.outcome = run_task(item.task, item.token)
            token = item.token
            del item  # the lane's dictionary holds it until the GUI thread delivers it
            self._arrived.emit(token)

    @Slot(object)
    def _deliver(self, token: CancelToken) -> None:
        with self._lock:
            if self._closed:
                return  # quitting: nobody waits for it any more
            item = self._items.pop(token)
        assert item.outcome is not None
        item.deliver(item.outcome)

    def shutdown(self, timeout_s: float = 3.0) -> bool:
        """Cancel what is queued or running and wait for the workers, `timeout_s` at most in
        all; a task blocked past its cancel is left behind (its daemon thread ends with the
        process). Nothing is delivered any more. True when every worker stopped."""
        with self._lock:
            self._closed = True
            tokens = list(self._items)
        for token in tokens:
            token.cancel()
        for _thread in self._threads:
            self._queue.put(None)
        deadline = time.monotonic() + timeout_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)
