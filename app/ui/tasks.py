"""Running slow work off the GUI thread: the task runner every widget is handed.

A task is a function of one `CancelToken`; its result (or exception) comes back on the GUI thread
through `on_done` (or `on_error`). A cancelled task never calls back, nor does a task whose
`owner` (the widget that asked) was deleted meanwhile. `SyncRunner` runs tasks at
once in the caller's thread, so tests are deterministic; `ThreadPoolRunner` runs them on a
`QThreadPool` and hands the outcome back by a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.cancel import Cancelled, CancelToken

T = TypeVar("T")
Task = Callable[["CancelToken"], T]
OnDone = Callable[[T], None]
OnError = Callable[[BaseException], None]


class TaskRunner(Protocol):
    def submit(
        self, fn: Task[T], on_done: OnDone[T], on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> CancelToken:
        """Run `fn(token)`; deliver its result to `on_done` unless the token was cancelled
        or `owner` was deleted by then.

        Without `on_error` an exception is re-raised on the GUI thread (a programming error).
        """
        ...


def _deliver_error(exc: BaseException, on_error: OnError | None) -> None:
    if on_error is None:
        raise exc
    on_error(exc)


class SyncRunner:
    """Runs each task immediately in the calling thread (tests, screenshots, the CLI)."""

    def submit(
        self, fn: Task[T], on_done: OnDone[T], on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> CancelToken:
        token = CancelToken()
        try:
            result = fn(token)
        except Cancelled:
            return token
        except Exception as exc:  # handed to the caller's error handler
            _deliver_error(exc, on_error)
            return token
        if not token.cancelled:
            on_done(result)
        return token


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits `finished`, the slot runs here (queued)."""

    finished = Signal(object, object)  # result, exception

    def __init__(self, token: CancelToken, on_done: OnDone[Any], on_error: OnError | None,
                 owner: QObject | None, release: Callable[[_Relay], None]) -> None:
        super().__init__()
        self._token = token
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._release = release
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self._release(self)
        if self._token.cancelled or isinstance(error, Cancelled):
            return
        if self._owner is not None and not shiboken6.isValid(self._owner):
            return  # the widget that asked is gone
        if isinstance(error, BaseException):
            _deliver_error(error, self._on_error)
        else:
            self._on_done(result)


class _Job(QRunnable):
    def __init__(self, fn: Task[Any], token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result is delivered
        self._fn = fn
        self._token = token
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(self._token)
        except Exception as exc:
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class ThreadPoolRunner:
    """Runs tasks on a `QThreadPool`; results arrive on the GUI thread by queued signal."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: dict[_Relay, tuple[_Job, CancelToken]] = {}

    def submit(
        self, fn: Task[T], on_done: OnDone[T], on_error: OnError | None = None,
        owner: QObject | None = None,
    ) -> CancelToken:
        token = CancelToken()
        relay = _Relay(token, on_done, on_error, owner, self._release)
        job = _Job(fn, token, relay)
        self._pending[relay] = (job, token)
        self._pool.start(job)
        return token

    def _release(self, relay: _Relay) -> None:
        self._pending.pop(relay, None)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel what is queued or running and wait for the workers (on quit)."""
        for _job, token in list(self._pending.values()):
            token.cancel()
        self._pool.waitForDone(timeout_ms)
