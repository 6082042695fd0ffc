"""Service quality: a complaint taken from a call, moved through its stages, its
re-inspection job; a callback's call recorded."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.models.enums import ComplaintStage
from app.services import callbacks, complaints
from app.services.callbacks import CallInput, CallOutcome
from app.services.changes import Changes
from app.services.complaints import ComplaintInput
from app.ui.context import AppContext
from app.ui.operation import Operation


def record_complaint(ctx: AppContext, owner: QObject,
                     complaint: ComplaintInput) -> Operation[tuple[str, Changes]]:
    """The complaint's first stage (and its re-inspection job when asked); gives its id."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: complaints.record_complaint(db, actor, complaint))


def advance_complaint(ctx: AppContext, owner: QObject, complaint_id: str,
                      text: str) -> Operation[tuple[ComplaintStage, Changes]]:
    """The complaint's next stage with what was done or said (review and report back:
    supervisors)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: complaints.advance_complaint(db, actor, complaint_id,
                                                                   text))


def create_reinspection(ctx: AppContext, owner: QObject,
                        complaint_id: str) -> Operation[tuple[str, Changes]]:
    """The re-inspection job of a complaint about an installation; gives the job's id."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: complaints.create_reinspection(db, actor, complaint_id))


def record_call(ctx: AppContext, owner: QObject, callback_id: str,
                call: CallInput) -> Operation[tuple[CallOutcome, Changes]]:
    """One call of a callback task (a complaint opened or closed by its answer)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: callbacks.record_call(db, actor, callback_id, call))
