"""Cancelling slow work from another thread: the token a worker polls (Qt-free, so the core's
long operations -- sync, printing a batch, re-geocoding -- and the UI's task lanes share it)."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised by `CancelToken.check()` inside work that was cancelled."""


class CancelToken:
    """Shared between whoever may cancel and the work: the work polls `check()` at convenient
    points; `on_cancel` lets blocking work be interrupted (a server query, a socket)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` (from the cancelling thread) when cancelled, at once if already;
        returns a function that forgets it (call it once the blocking part is over)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return lambda: self._forget(callback)
        callback()
        return lambda: None

    def _forget(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)
