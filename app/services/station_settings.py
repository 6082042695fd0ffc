"""The station's quality settings beside its response hours: the business calendar (opening
hours per weekday, holidays) and the callback policy (days until an after-visit call is due,
attempts before a customer counts as unreached). Supervisors change them, audited; like the
response hours they live on the station's row, which each desk keeps (not pushed by sync).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import Station
from app.models.enums import Role
from app.scheduling.calendar import BusinessCalendar
from app.services.actor import Actor
from app.services.station import change_station_in, home_station_row_in

MAX_CALLBACK_DAYS = 30
MAX_ATTEMPTS = 10


@dataclass(frozen=True)
class CallbackPolicy:
    days: int = 3  # an after-visit call is due this many days after completion
    attempts: int = 3  # calls without an answer before the customer counts as unreached

    def checked(self) -> CallbackPolicy:
        for value in (self.days, self.attempts):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError("Callback days and attempts are whole numbers.")
        if not 1 <= self.days <= MAX_CALLBACK_DAYS:
            raise ValidationError("A callback must be due within 1 to {maximum} days.",
                                  maximum=MAX_CALLBACK_DAYS)
        if not 1 <= self.attempts <= MAX_ATTEMPTS:
            raise ValidationError("A customer may be called 1 to {maximum} times.",
                                  maximum=MAX_ATTEMPTS)
        return self


def _row(s: Session) -> Station:
    row = home_station_row_in(s)
    if row is None:
        raise NotFoundError("This database has no station yet.")
    return row


def calendar_of(row: Station) -> BusinessCalendar:
    return BusinessCalendar.parse(row.business_hours, row.holidays, row.timezone)


def calendar_in(s: Session) -> BusinessCalendar:
    """The home station's calendar (round the clock for a database without a station)."""
    row = home_station_row_in(s)
    return BusinessCalendar() if row is None else calendar_of(row)


def business_calendar(db: Database) -> BusinessCalendar:
    with db.session() as s:
        return calendar_in(s)


def set_business_calendar(db: Database, actor: Actor, hours: Sequence[str],
                          holidays: Sequence[str | dt.date]) -> BusinessCalendar:
    """Keep the opening hours (Monday first, "08:00-20:00", "" closed) and the holidays
    (supervisors and admins; checked, audited). Jobs received from then on are due by it."""
    actor.require(Role.SUPERVISOR, Role.ADMIN)
    with db.session() as s:
        row = _row(s)
        calendar = BusinessCalendar.parse(hours, holidays, row.timezone)
        values = {"hours": calendar.texts,
                  "holidays": sorted(d.isoformat() for d in calendar.holidays)}
        change_station_in(s, actor, "business_calendar", row,
                          {"hours": "business_hours", "holidays": "holidays"}, values)
    return calendar


def callback_policy_in(s: Session) -> CallbackPolicy:
    row = home_station_row_in(s)
    return CallbackPolicy() if row is None else CallbackPolicy(row.callback_days,
                                                               row.callback_attempts)


def callback_policy(db: Database) -> CallbackPolicy:
    with db.session() as s:
        return callback_policy_in(s)


def set_callback_policy(db: Database, actor: Actor, policy: CallbackPolicy) -> CallbackPolicy:
    """Keep the callback days and attempts (supervisors and admins; checked, audited)."""
    actor.require(Role.SUPERVISOR, Role.ADMIN)
    policy = policy.checked()
    with db.session() as s:
        change_station_in(s, actor, "callback_policy", _row(s),
                          {"days": "callback_days", "attempts": "callback_attempts"},
                          {"days": policy.days, "attempts": policy.attempts})
    return policy
