"""The dispatch board's writes: assign, move (or resize), unassign, pin, and replaying an undo
history step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject

from app.db import Database
from app.services import appointments
from app.services.actor import Actor
from app.services.appointments import AppointmentInfo
from app.services.changes import Changes
from app.ui.context import AppContext
from app.ui.operation import Operation

Placed = tuple[AppointmentInfo, Changes]


def assign(ctx: AppContext, owner: QObject, job_id: str, technician_id: str,
           start: dt.datetime, end: dt.datetime, reason: str = "") -> Operation[Placed]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: appointments.assign(db, actor, job_id, technician_id,
                                                          start, end, reason))


def move(ctx: AppContext, owner: QObject, appointment_id: str, technician_id: str,
         start: dt.datetime, end: dt.datetime, reason: str = "") -> Operation[Placed]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: appointments.move(db, actor, appointment_id,
                                                        technician_id, start, end, reason))


def unassign(ctx: AppContext, owner: QObject, appointment_id: str) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: appointments.unassign(db, actor, appointment_id))


def replay(ctx: AppContext, owner: QObject,
           work: Callable[[Database, Actor], Changes]) -> Operation[Changes]:
    """An undo or redo of the board's history (the command's own service calls)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: work(db, actor))


def pin(ctx: AppContext, owner: QObject, appointment_id: str, pinned: bool
        ) -> Operation[Changes]:
    """Pin the visit where it is (the day planner leaves it there), or unpin it."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: appointments.pin(db, actor, appointment_id, pinned))
