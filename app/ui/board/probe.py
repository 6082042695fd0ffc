"""Asks the rules while a job or block is dragged: which rules would the drop break?

A check reads the database (`appointments.check_assignment`), so it runs on the database lane
after the pointer rests for a moment (debounced), never while painting; answers are kept per
target for the rest of the drag, and the newest question wins (the pointer moved on).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import DomainError
from app.scheduling.rules import Violation
from app.services.appointments import check_assignment
from app.ui.context import AppContext
from app.ui.latest import Latest

DELAY_MS = 120


@dataclass(frozen=True)
class Target:
    """Where a drop would put a job: technician and times (and the block that moves, if any)."""

    job_id: str
    technician_id: str
    start: dt.datetime
    end: dt.datetime
    appointment_id: str | None = None


class RuleProbe(QObject):
    answered = Signal(object, object)  # Target, list[Violation] (or a DomainError)

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._known: dict[Target, list[Violation] | DomainError] = {}
        self._wanted: Target | None = None
        self._query = Latest()
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._ask)

    def reset(self) -> None:
        """A new drag: forget earlier answers (the board may have changed since)."""
        self._known.clear()
        self._wanted = None
        self._timer.stop()
        self._query.cancel()

    def request(self, target: Target) -> list[Violation] | DomainError | None:
        """The answer if known; else None, and `answered` follows when the pointer rests."""
        self._wanted = target
        known = self._known.get(target)
        if known is None:
            self._timer.start()
        return known

    def _ask(self) -> None:
        target = self._wanted
        if target is None or target in self._known:
            return
        db, actor = self._ctx.db, self._ctx.actor
        self._query.run(self._ctx.op(self, lambda _run: check_assignment(
            db, actor, target.job_id, target.technician_id, target.start, target.end,
            target.appointment_id)).failure(lambda exc: self._refused(target, exc))
            .success(lambda violations: self._answer(target, violations)))

    def _answer(self, target: Target, answer: list[Violation] | DomainError) -> None:
        self._known[target] = answer
        if target == self._wanted:
            self.answered.emit(target, answer)

    def _refused(self, target: Target, exc: BaseException) -> bool:
        """A refusal (the job is gone...) is the answer; other troubles are told."""
        if not isinstance(exc, DomainError):
            return False
        self._answer(target, exc)
        return True
