"""What the board does to the schedule: assign, move, resize, unassign, pin or unpin a visit,
change a job's status, and undo/redo them. Every write is an operation (`app.ui.ops.schedule`,
announcing its changes); a refused drop names the broken rules, and a supervisor may override
them with a reason (the service audits it). One write runs at a time, so undo and redo apply in
order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.models.enums import JobStatus
from app.scheduling.rules import RuleViolationError
from app.services import plan_apply
from app.services.board import BoardAppointment
from app.services.plan_apply import Step
from app.services.status import allowed_next
from app.ui import labels
from app.ui.board import texts
from app.ui.board.commands import (
    AssignCommand,
    BoardCommand,
    MoveCommand,
    PinCommand,
    Placement,
    PlanCommand,
    Ref,
    StatusCommand,
    UnassignCommand,
    Work,
)
from app.ui.board.probe import Target
from app.ui.context import AppContext
from app.ui.failures import failure_sentence
from app.ui.latest import OneAtATime
from app.ui.operation import Operation
from app.ui.ops import jobs as job_ops
from app.ui.ops import schedule
from app.ui.ops import visits as visit_ops
from app.ui.ops.schedule import Placed

T = TypeVar("T")
NEEDS_REASON = (JobStatus.ON_HOLD, JobStatus.CANCELLED)


class BoardOperations(QObject):
    message = Signal(str, bool)  # text, is an error

    def __init__(self, ctx: AppContext, stack: QUndoStack, prompter: Any,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._stack, self.prompter, self._parent = ctx, stack, prompter, parent
        self._refs: dict[str, Ref] = {}
        self._writes = OneAtATime()  # one write at a time: the undo history stays in order

    @property
    def busy(self) -> bool:
        return self._writes.busy

    # -- the executor of the commands --------------------------------------------------------

    def execute(self, work: Work, what: str, undoing: bool) -> None:
        done = (self.tr("Undone: {what}") if undoing else self.tr("Redone: {what}")).format(
            what=what)
        self._run(schedule.replay(self._ctx, self, work), lambda _changes: self._report(done),
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
        text = self.tr("Assign {number}").format(number=number)

        def write(reason: str) -> Operation[Placed]:
            return schedule.assign(self._ctx, self, target.job_id, target.technician_id,
                                   target.start, target.end, reason)

        def done(result: Placed, reason: str) -> None:
            info = result[0]
            at = Placement(target.technician_id, info.start, info.end, reason)
            self._push(AssignCommand(self, text, self.ref(info.id), target.job_id, at))

        self._attempt(write, done)

    def move(self, appt: BoardAppointment, technician_id: str, target: Target,
             resize: bool = False) -> None:
        text = (self.tr("Resize {number}") if resize else self.tr("Move {number}")).format(
            number=appt.job_number)
        before = Placement(technician_id, appt.start, appt.end, self._undo_reason(appt))
        ref = self.ref(appt.id)

        def write(reason: str) -> Operation[Placed]:
            return schedule.move(self._ctx, self, ref.id, target.technician_id, target.start,
                                 target.end, reason)

        def done(result: Placed, reason: str) -> None:
            info = result[0]
            after = Placement(info.technician_id, info.start, info.end, reason)
            self._push(MoveCommand(self, text, ref, before, after))

        self._attempt(write, done)

    def unassign(self, appt: BoardAppointment, technician_id: str) -> None:
        ref = self.ref(appt.id)
        at = Placement(technician_id, appt.start, appt.end, self._undo_reason(appt))
        command = UnassignCommand(self, self.tr("Unassign {number}").format(
            number=appt.job_number), ref, appt.job_id, at, appt.job_status)
        self._run(schedule.unassign(self._ctx, self, ref.id),
                  lambda _changes: self._push(command), self._refused)

    def pin(self, appt: BoardAppointment) -> None:
        """Pin the visit where it is (the day planner keeps it), or unpin a pinned one."""
        pinned = not appt.pinned
        text = (self.tr("Pin {number}") if pinned else self.tr("Unpin {number}")).format(
            number=appt.job_number)
        ref = self.ref(appt.id)
        self._run(schedule.pin(self._ctx, self, ref.id, pinned),
                  lambda _changes: self._push(PinCommand(self, text, ref, pinned)),
                  self._refused)

    def apply_plan(self, steps: list[Step], text: str) -> None:
        """Accept a day plan: one transaction, one step of the undo history."""
        db, actor = self._ctx.db, self._ctx.actor
        op = self._ctx.op(self, lambda _run: plan_apply.apply_steps(db, actor, steps))
        self._run(op, lambda result: self._push(PlanCommand(self, text, result[0])),
                  self._refused)

    def set_status(self, job_id: str, number: str, before: JobStatus,
                   after: JobStatus) -> None:
        reason = self._status_reason(after)
        if reason is None:
            return
        text = self.tr("{number}: {status}").format(number=number, status=labels.status(after))
        undoable = before in allowed_next(after) and before not in NEEDS_REASON
        command = StatusCommand(self, text, job_id, before, after, reason)
        self._run(job_ops.change_status(self._ctx, self, job_id, after, reason),
                  lambda _changes: self._push(command) if undoable else self._report(text),
                  self._refused)

    def record_visit(self, appt: BoardAppointment, kind: str) -> None:
        """The visit's arrival ("arrive") or finish ("finish") now; not undoable (a wrong
        time is corrected by keying in the sheet's times)."""
        if kind == "arrive":
            op, text = visit_ops.arrive(self._ctx, self, appt.id), self.tr(
                "{number}: arrival recorded")
        else:
            op, text = visit_ops.finish(self._ctx, self, appt.id), self.tr(
                "{number}: finish recorded")
        self._run(op, lambda _done: self._report(text.format(number=appt.job_number)),
                  self._refused)

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

    def _attempt(self, write: Callable[[str], Operation[T]],
                 done: Callable[[T, str], None]) -> None:
        """Run `write("")`; if rules refuse it, a supervisor may give a reason to run it again."""
        def refused(exc: BaseException) -> bool:
            reason = self._override_reason(exc) if isinstance(exc, RuleViolationError) else None
            if not reason:
                return self._refused(exc)
            self._run(write(reason), lambda result: done(result, reason), self._refused)
            return True

        self._run(write(""), lambda result: done(result, ""), refused)

    def _override_reason(self, exc: RuleViolationError) -> str | None:
        if not self._ctx.actor.is_supervisor:
            return None
        label = self.tr("This breaks: {rules}.\n{details}\n\nOverride as supervisor? "
                        "Give the reason:").format(rules=texts.rules_text(exc.violations),
                                                   details=texts.details(exc.violations))
        answer = self._ask(self.tr("Override the rules"), label)
        return answer.strip() if answer and answer.strip() else None

    def _run(self, op: Operation[T], on_done: Callable[[T], None],
             on_failure: Callable[[BaseException], bool]) -> None:
        op.busy().errors_to(lambda text: self.message.emit(text, True)).failure(
            on_failure).success(on_done)
        if not self._writes.run(op):
            self.message.emit(self.tr("Still saving the last change; try again."), True)

    def _push(self, command: BoardCommand) -> None:
        self._stack.push(command)
        self._report(command.text())

    def _report(self, what: str) -> None:
        self.message.emit(what, False)

    def _refused(self, exc: BaseException) -> bool:
        """Broken rules are named (True); any other refusal shows its sentence (False)."""
        if not isinstance(exc, RuleViolationError):
            return False
        text = self.tr("Refused: {rules}.").format(rules=texts.rules_text(exc.violations))
        if not self._ctx.actor.is_supervisor:
            text += " " + self.tr("Only a supervisor may override the rules.")
        self.message.emit(text, True)
        return True

    def _history_failed(self, exc: BaseException, what: str) -> bool:
        self.message.emit(self.tr("Cannot undo or redo “{what}”: {error} The undo history "
                                  "was cleared.").format(what=what, error=failure_sentence(exc)),
                          True)
        QTimer.singleShot(0, self._stack.clear)
        return True
