"""A visit's arrival and finish: recorded now (the board, the job editor), or keyed in from
the signed paper sheet ("14:05" on the visit's date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from app.services import visits
from app.services.changes import Changes
from app.services.visits import VisitTimes
from app.ui.context import AppContext
from app.ui.operation import Operation

Recorded = tuple[VisitTimes, Changes]


def arrive(ctx: AppContext, owner: QObject, appointment_id: str) -> Operation[Recorded]:
    """The technician arrived now (the job goes to in progress)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: visits.record_arrival(db, actor, appointment_id))


def finish(ctx: AppContext, owner: QObject, appointment_id: str) -> Operation[Recorded]:
    """The technician finished the visit now."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: visits.record_finish(db, actor, appointment_id))


def sheet_times(ctx: AppContext, owner: QObject, appointment_id: str, day: dt.date,
                arrival: str, finish_at: str) -> Operation[Recorded]:
    """The times written on the signed sheet (they replace earlier ones, audited)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: visits.record_sheet_times(
        db, actor, appointment_id, day, arrival, finish_at))
