"""Station settings a supervisor keeps from Tools › Response hours…: the response hours by
priority (the other sections are kept by the Settings dialog)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.scheduling.sla import ResponseHours
from app.services.response_hours import set_response_hours
from app.ui.context import AppContext
from app.ui.operation import Operation


def save_response_hours(ctx: AppContext, owner: QObject,
                        hours: ResponseHours) -> Operation[ResponseHours]:
    """Keep new response hours (checked and audited by the service; supervisors only). They
    apply to jobs received from then on."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: set_response_hours(db, actor, hours))
