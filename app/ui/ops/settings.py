"""Station settings a supervisor keeps: the response hours by priority, the business calendar
and the callback policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject

from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import ResponseHours
from app.services.response_hours import set_response_hours
from app.services.station_settings import (
    CallbackPolicy,
    set_business_calendar,
    set_callback_policy,
)
from app.ui.context import AppContext
from app.ui.operation import Operation


def save_response_hours(ctx: AppContext, owner: QObject,
                        hours: ResponseHours) -> Operation[ResponseHours]:
    """Keep new response hours (checked and audited by the service; supervisors only). They
    apply to jobs received from then on."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: set_response_hours(db, actor, hours))


def save_quality_settings(ctx: AppContext, owner: QObject, hours: Sequence[str],
                          holidays: Sequence[str | dt.date], policy: CallbackPolicy
                          ) -> Operation[tuple[BusinessCalendar, CallbackPolicy]]:
    """Keep the opening hours, holidays and callback policy (each checked and audited by its
    service; supervisors only). The calendar is checked before the policy is written."""
    db, actor = ctx.db, ctx.actor

    def work(_run: object) -> tuple[BusinessCalendar, CallbackPolicy]:
        policy.checked()
        return (set_business_calendar(db, actor, hours, holidays),
                set_callback_policy(db, actor, policy))
    return ctx.op(owner, work)
