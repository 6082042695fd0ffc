"""What the board does to the schedule: assign, move, resize, unassign, change a job's status,
and undo/redo them. Every write is a core service call in the task runner; a refused drop
names the broken rules, and a supervisor may override them with a reason (the service
audits it). One write runs at a time, so undo and redo apply in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import DomainError
from app.models.enums import JobStatus
from app.scheduling.rules import RuleViolationError
from app.services import appointments, jobs
from app.services.board import BoardAppointment
from app.services.changes import Changes
from app.services.status import allowed_next
from app.ui import labels
from app.ui.board import texts
from app.ui.board.commands import (
    AssignCommand,
    BoardCommand,
    MoveCommand,
    Placement,
    Ref,
    StatusCommand,
    UnassignCommand,
    Work,
)
from app.ui.board.probe import Target
from app.ui.context import AppContext
from app.ui.i18n import error_text

T = TypeVar("T")
NEEDS_REASON = (JobStatus.ON_HOLD, JobStatus.CANCELLED)


class BoardOperations(QObject):
    message = Signal(str, bool)  # text, is an error
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, stack: QUndoStack, prompter: Any,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._stack, self.prompter, self._parent = ctx, stack, prompter, parent
        self._refs: dict[str, Ref] = {}
        self.busy = False

    # -- the executor of the commands --------------------------------------------------------

    def execute(self, work: Work, what: str, undoing: bool) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        done = (self.tr("Undone: {what}") if undoing else self.tr("Redone: {what}")).format(
            what=what)
        self._run(lambda: work(db, actor), lambda changes: self._report(changes, done),
                  lambda exc: self._history_failed(exc, what))

    def rebind(self, ref: Ref, new_id: str) -> None:
        ref.id = new_id
        self._refs[new_id] = ref

    def ref(self, appointment_id: str) -> Ref:
        return self._refs.setdefault(appointment_id, Ref(appointment_id))

    def undo(self) -> None:
        if not self.busy and self._stack.canUndo():
            self._stack.undo()

    def redo(self) -> None:
        if not self.busy and self._stack.canRedo():
            self._stack.redo()

    # -- actions -----------------------------------------------------------------------------

    def assign(self, number: str, target: Target) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        text = self.tr("Assign {number}").format(number=number)

        def work(reason: str) -> tuple[appointments.AppointmentInfo, Changes]:
            return appointments.assign(db, actor, target.job_id, target.technician_id,
                                       target.start, target.end, reason)

        def done(result: tuple[appointments.AppointmentInfo, Changes], reason: str) -> None:
            info, changes = result
            at = Placement(target.technician_id, info.start, info.end, reason)
            self._push(AssignCommand(self, text, self.ref(info.id), target.job_id, at),
                       changes)

        self._attempt(work, done)

    def move(self, appt: BoardAppointment, technician_id: str, target: Target,
             resize: bool = False) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        text = (self.tr("Resize {number}") if resize else self.tr("Move {number}")).format(
            number=appt.job_number)
        before = Placement(technician_id, appt.start, appt.end, self._undo_reason(appt))
        ref = self.ref(appt.id)

        def work(reason: str) -> tuple[appointments.AppointmentInfo, Changes]:
            return appointments.move(db, actor, ref.id, target.technician_id, target.start,
                                     target.end, reason)

        def done(result: tuple[appointments.AppointmentInfo, Changes], reason: str) -> None:
            info, changes = result
            after = Placement(info.technician_id, info.start, info.end, reason)
            self._push(MoveCommand(self, text, ref, before, after), changes)

        self._attempt(work, done)

    def unassign(self, appt: BoardAppointment, technician_id: str) -> None:
        db, actor = self._ctx.db, self._ctx.actor
        ref = self.ref(appt.id)
        at = Placement(technician_id, appt.start, appt.end, self._undo_reason(appt))
        command = UnassignCommand(self, self.tr("Unassign {number}").format(
            number=appt.job_number), ref, appt.job_id, at, appt.job_status)
        self._run(lambda: appointments.unassign(db, actor, ref.id),
                  lambda changes: self._push(command, changes), self._failed)

    def set_status(self, job_id: str, number: str, before: JobStatus,
                   after: JobStatus) -> None:
        reason = self._status_reason(after)
        if reason is None:
            return
        db, actor = self._ctx.db, self._ctx.actor
        text = self.tr("{number}: {status}").format(number=number, status=labels.status(after))
        undoable = before in allowed_next(after) and before not in NEEDS_REASON
        command = StatusCommand(self, text, job_id, before, after, reason)
        self._run(lambda: jobs.change_status(db, actor, job_id, after, reason),
                  lambda changes: self._push(command, changes) if undoable
                  else self._report(changes, text), self._failed)

    # -- helpers -----------------------------------------------------------------------------

    def _undo_reason(self, appt: BoardAppointment) -> str:
        """Putting an overridden visit back needs an override again (supervisors only)."""
        if appt.override_reason and self._ctx.actor.is_supervisor:
            return self.tr("Undo on the dispatch board")
        return ""

    def _status_reason(self, target: JobStatus) -> str | None:
        if target is JobStatus.ON_HOLD:
            return self._ask(self.tr("Put on hold"), self.tr("Why is the job on hold?"))
        if target is JobStatus.CANCELLED:
            return self._ask(self.tr("Cancel job"), self.tr("Why is the job cancelled?"))
        return ""

    def _ask(self, title: str, label: str) -> str | None:
        answer: str | None = self.prompter.reason(self._parent, title, label)
        return answer

    def _attempt(self, work: Callable[[str], T], done: Callable[[T, str], None]) -> None:
        """Run `work("")`; if rules refuse it, a supervisor may give a reason to run it again."""
        def refused(exc: BaseException) -> None:
            reason = self._override_reason(exc) if isinstance(exc, RuleViolationError) else None
            if reason:
                self._run(lambda: work(reason), lambda r: done(r, reason), self._failed)
            else:
                self._failed(exc)

        self._run(lambda: work(""), lambda r: done(r, ""), refused)

    def _override_reason(self, exc: RuleViolationError) -> str | None:
        if not self._ctx.actor.is_supervisor:
            return None
        label = self.tr("This breaks: {rules}.\n{details}\n\nOverride as supervisor? "
                        "Give the reason:").format(rules=texts.rules_text(exc.violations),
                                                   details=texts.details(exc.violations))
        answer = self._ask(self.tr("Override the rules"), label)
        return answer.strip() if answer and answer.strip() else None

    def _run(self, fn: Callable[[], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None]) -> None:
        if self.busy:  # one write at a time: the undo history stays in order
            self.message.emit(self.tr("Still saving the last change; try again."), True)
            return
        self.busy = True

        def done(result: T) -> None:
            self.busy = False
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.busy = False
            on_error(exc)

        self._ctx.runner.submit(lambda _t: fn(), done, failed, owner=self)

    def _push(self, command: BoardCommand, changes: Changes) -> None:
        self._stack.push(command)
        self._report(changes, command.text())

    def _report(self, changes: Changes, what: str) -> None:
        self.message.emit(what, False)
        self.changed.emit(changes)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, RuleViolationError):
            text = self.tr("Refused: {rules}.").format(rules=texts.rules_text(exc.violations))
            if not self._ctx.actor.is_supervisor:
                text += " " + self.tr("Only a supervisor may override the rules.")
            self.message.emit(text, True)
        elif isinstance(exc, DomainError):
            self.message.emit(error_text(exc), True)
        else:
            raise exc

    def _history_failed(self, exc: BaseException, what: str) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.message.emit(self.tr("Cannot undo or redo “{what}”: {error} The undo history "
                                  "was cleared.").format(what=what, error=exc), True)
        QTimer.singleShot(0, self._stack.clear)
