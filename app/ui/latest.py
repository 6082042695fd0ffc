"""Slots that decide which of a widget's operations count (Orange3's ConcurrentMixin).

`Latest`: one kind of query of one widget; starting a new request drops the one before, whose
answer then never arrives, so the newest request wins by construction (a search typed fast,
the board stepped to next week while this week still loads). `OneAtATime`: a second request
while one runs is refused (the board's writes, so that the undo history stays in order).
"""

from __future__ import annotations

from typing import Any, TypeVar

from app.ui.operation import Operation

T = TypeVar("T")


class Latest:
    def __init__(self) -> None:
        self._current: Operation[Any] | None = None

    def run(self, op: Operation[T]) -> Operation[T]:
        self.cancel()
        self._current = op
        return op.run()

    @property
    def busy(self) -> bool:
        return self._current is not None and self._current.active

    def cancel(self) -> None:
        """Drop the request under way (its answer is not wanted any more)."""
        if self._current is not None and self._current.active:
            self._current.drop()


class OneAtATime:
    def __init__(self) -> None:
        self._current: Operation[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None and self._current.active

    def run(self, op: Operation[T]) -> bool:
        """Run `op` unless another is still running (then False, and `op` never runs)."""
        if self.busy:
            return False
        self._current = op
        op.run()
        return True
