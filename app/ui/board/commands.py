"""The board's undoable actions: each redo and undo calls a core service, never SQL.

A command is pushed after its first run succeeded (the run may have needed a supervisor's
override), so its first `redo()` does nothing. Undo calls the inverse service with the exact
previous technician, start and end; an appointment that undo re-creates gets a new id, which
its `Ref` follows so that earlier commands on the stack still find it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from app.db import Database
from app.models.enums import JobStatus
from app.services import appointments, jobs, plan_apply
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.plan_apply import Step

Work = Callable[[Database, Actor], Changes]


@dataclass
class Ref:
    """An appointment as the undo history knows it (its id changes when undo re-creates it)."""

    id: str


@dataclass(frozen=True)
class Placement:
    technician_id: str
    start: dt.datetime
    end: dt.datetime
    override_reason: str = ""  # what to tell the rules when this placement breaks them


class Executor(Protocol):
    def execute(self, work: Work, what: str, undoing: bool) -> None:
        """Run `work` in the background; report its changes, or the failure."""

    def rebind(self, ref: Ref, new_id: str) -> None:
        """`ref` now names the appointment `new_id`."""


class BoardCommand(QUndoCommand):
    def __init__(self, executor: Executor, text: str) -> None:
        super().__init__(text)
        self._executor = executor
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:  # it ran before it was pushed
            self._fresh = False
            return
        self._executor.execute(self.apply, self.text(), False)

    def undo(self) -> None:
        self._executor.execute(self.revert, self.text(), True)

    def apply(self, db: Database, actor: Actor) -> Changes:
        raise NotImplementedError

    def revert(self, db: Database, actor: Actor) -> Changes:
        raise NotImplementedError

    def _assign(self, db: Database, actor: Actor, ref: Ref, job_id: str,
                at: Placement) -> Changes:
        info, changes = appointments.assign(db, actor, job_id, at.technician_id, at.start,
                                            at.end, at.override_reason)
        self._executor.rebind(ref, info.id)
        return changes

    @staticmethod
    def _move(db: Database, actor: Actor, ref: Ref, to: Placement) -> Changes:
        _info, changes = appointments.move(db, actor, ref.id, to.technician_id, to.start,
                                           to.end, to.override_reason)
        return changes


class AssignCommand(BoardCommand):
    def __init__(self, executor: Executor, text: str, ref: Ref, job_id: str,
                 at: Placement) -> None:
        super().__init__(executor, text)
        self.ref, self.job_id, self.at = ref, job_id, at

    def apply(self, db: Database, actor: Actor) -> Changes:
        return self._assign(db, actor, self.ref, self.job_id, self.at)

    def revert(self, db: Database, actor: Actor) -> Changes:
        return appointments.unassign(db, actor, self.ref.id)


class MoveCommand(BoardCommand):
    """A move to another time or technician, or a resize."""

    def __init__(self, executor: Executor, text: str, ref: Ref, before: Placement,
                 after: Placement) -> None:
        super().__init__(executor, text)
        self.ref, self.before, self.after = ref, before, after

    def apply(self, db: Database, actor: Actor) -> Changes:
        return self._move(db, actor, self.ref, self.after)

    def revert(self, db: Database, actor: Actor) -> Changes:
        return self._move(db, actor, self.ref, self.before)


class UnassignCommand(BoardCommand):
    """Unassign; undo books the same technician and times again and, if the job had been
    dispatched, dispatches it again."""

    def __init__(self, executor: Executor, text: str, ref: Ref, job_id: str, at: Placement,
                 job_status: JobStatus) -> None:
        super().__init__(executor, text)
        self.ref, self.job_id, self.at, self.job_status = ref, job_id, at, job_status

    def apply(self, db: Database, actor: Actor) -> Changes:
        return appointments.unassign(db, actor, self.ref.id)

    def revert(self, db: Database, actor: Actor) -> Changes:
        changes = self._assign(db, actor, self.ref, self.job_id, self.at)
        if self.job_status is JobStatus.DISPATCHED:
            changes |= jobs.change_status(db, actor, self.job_id, JobStatus.DISPATCHED)
        return changes


class StatusCommand(BoardCommand):
    """A job status change whose way back the status machine allows without a reason."""

    def __init__(self, executor: Executor, text: str, job_id: str, before: JobStatus,
                 after: JobStatus, reason: str) -> None:
        super().__init__(executor, text)
        self.job_id, self.before, self.after, self.reason = job_id, before, after, reason

    def apply(self, db: Database, actor: Actor) -> Changes:
        return jobs.change_status(db, actor, self.job_id, self.after, self.reason)

    def revert(self, db: Database, actor: Actor) -> Changes:
        return jobs.change_status(db, actor, self.job_id, self.before)


class PinCommand(BoardCommand):
    """Pin a visit (the day planner leaves it where it is) or unpin it; undo does the other."""

    def __init__(self, executor: Executor, text: str, ref: Ref, pinned: bool) -> None:
        super().__init__(executor, text)
        self.ref, self.pinned = ref, pinned

    def apply(self, db: Database, actor: Actor) -> Changes:
        return appointments.pin(db, actor, self.ref.id, self.pinned)

    def revert(self, db: Database, actor: Actor) -> Changes:
        return appointments.pin(db, actor, self.ref.id, not self.pinned)


class PlanCommand(BoardCommand):
    """An accepted day plan: every step in one transaction; undo applies the inverse steps
    (`plan_apply.apply_steps` returns them each time)."""

    def __init__(self, executor: Executor, text: str, undo: list[Step]) -> None:
        super().__init__(executor, text)
        self.back: list[Step] = undo
        self.forward: list[Step] = []

    def apply(self, db: Database, actor: Actor) -> Changes:
        self.back, changes = plan_apply.apply_steps(db, actor, self.forward)
        return changes

    def revert(self, db: Database, actor: Actor) -> Changes:
        self.forward, changes = plan_apply.apply_steps(db, actor, self.back)
        return changes
