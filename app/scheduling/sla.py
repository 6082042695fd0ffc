"""The response promise: when it falls due by priority, whether the first visit started in time,
and how long is left.

A job's due time is fixed when the call is received (`response_due`: the receipt time plus the
station's hours for the job's priority, counted in the station's business hours) and kept on
the job. When the customer asked for a window that ends later, the promise is that window
(`promise_due`). The states below only compare these; minutes left are business minutes when
a calendar is given.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum

from app.errors import ValidationError
from app.models.enums import JobStatus, Priority
from app.scheduling.calendar import BusinessCalendar

DUE_SOON_MINUTES = 4 * 60
# Jobs whose clock no longer runs: the visit happened (start time unknown) or the job is gone.
_STOPPED = frozenset({JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.CLOSED,
                      JobStatus.CANCELLED})


class SlaState(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    PAUSED = "paused"  # on hold before any visit: waiting for parts or the customer


MAX_RESPONSE_HOURS = 30 * 24  # a month: a longer promise is no promise


@dataclass(frozen=True)
class ResponseHours:
    """Hours from the call to the first arrival, by priority (a station setting)."""

    urgent: int = 4
    high: int = 12
    normal: int = 24
    low: int = 48

    def of(self, priority: Priority | str) -> int:
        return {Priority.URGENT: self.urgent, Priority.HIGH: self.high,
                Priority.NORMAL: self.normal, Priority.LOW: self.low}[Priority(priority)]

    def checked(self) -> ResponseHours:
        """These hours, or ValidationError: whole positive hours, at most a month, and a
        more urgent priority never promised later than a less urgent one."""
        for priority in (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW):
            hours = self.of(priority)
            if isinstance(hours, bool) or not isinstance(hours, int) or not (
                    0 < hours <= MAX_RESPONSE_HOURS):
                raise ValidationError("The response time of {priority} jobs must be a whole "
                                      "number of hours from 1 to {maximum}.",
                                      priority=priority, maximum=MAX_RESPONSE_HOURS)
        if not self.urgent <= self.high <= self.normal <= self.low:
            raise ValidationError("Response times must not grow with urgency: urgent at most "
                                  "high, high at most normal, normal at most low.")
        return self


def response_due(received: dt.datetime, priority: Priority | str, hours: ResponseHours,
                 calendar: BusinessCalendar | None = None) -> dt.datetime:
    """When the first arrival is due for a call received at `received`: the priority's
    hours of the station's business time (plain hours without a calendar)."""
    if calendar is None:
        return received + dt.timedelta(hours=hours.of(priority))
    return calendar.add_hours(received, hours.of(priority))


def promise_due(sla_due: dt.datetime, requested_end: dt.datetime | None) -> dt.datetime:
    """When the response promise falls due: the response due, or the end of the window the
    customer asked for when that ends later (the customer chose a later date)."""
    if requested_end is not None and requested_end > sla_due:
        return requested_end
    return sla_due


def promise_met(due: dt.datetime, first_arrival: dt.datetime) -> bool:
    return first_arrival <= due


# Most urgent first: the unassigned queue sorts by this rank.
URGENCY = {SlaState.OVERDUE: 0, SlaState.DUE_SOON: 1, SlaState.OK: 2, SlaState.PAUSED: 3,
           SlaState.MET: 4}


def _minutes(delta: dt.timedelta) -> int:
    return math.floor(delta.total_seconds() / 60)


def sla_state(
    job_status: JobStatus | str, sla_due: dt.datetime, first_visit_start: dt.datetime | None,
    now: dt.datetime, calendar: BusinessCalendar | None = None,
) -> tuple[SlaState, int | None]:
    """The promise's state and minutes left (negative when late; None when unknown).

    A first visit that started at or before `sla_due` met it (minutes left: the margin); one
    that started later missed it (overdue, minutes negative). Without a started visit the clock
    runs: overdue once `now` is past `sla_due`, due soon within 4 hours of it. A visit time in
    the future is only planned, so it does not count. A job in progress, finished or cancelled
    without a known visit start has stopped the clock: met, minutes unknown. A job on hold
    before any visit waits for parts or the customer: its clock is paused, not late. With a
    calendar the minutes are business minutes (due soon: within 4 business hours).
    """
    def minutes(a: dt.datetime, b: dt.datetime) -> int:
        return _minutes(b - a) if calendar is None else calendar.minutes_between(a, b)

    if first_visit_start is not None and first_visit_start <= now:
        margin = minutes(first_visit_start, sla_due)
        met = promise_met(sla_due, first_visit_start)
        return (SlaState.MET if met else SlaState.OVERDUE), margin
    status = job_status if isinstance(job_status, JobStatus) else JobStatus(job_status)
    if status in _STOPPED:
        return SlaState.MET, None
    if status is JobStatus.ON_HOLD:
        return SlaState.PAUSED, None
    left = minutes(now, sla_due)
    if now > sla_due:
        return SlaState.OVERDUE, left
    if left <= DUE_SOON_MINUTES:
        return SlaState.DUE_SOON, left
    return SlaState.OK, left
