"""The response promise: when it falls due by priority, whether the first visit started in time,
and how long is left.

A job's due time is fixed when the call is received (`response_due`: the receipt time plus the
station's hours for the job's priority) and kept on the job; the states below only compare it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum

from app.errors import ValidationError
from app.models.enums import JobStatus, Priority

DUE_SOON = dt.timedelta(hours=4)
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


def response_due(received: dt.datetime, priority: Priority | str,
                 hours: ResponseHours) -> dt.datetime:
    """When the first arrival is due for a call received at `received`."""
    return received + dt.timedelta(hours=hours.of(priority))


# Most urgent first: the unassigned queue sorts by this rank.
URGENCY = {SlaState.OVERDUE: 0, SlaState.DUE_SOON: 1, SlaState.OK: 2, SlaState.PAUSED: 3,
           SlaState.MET: 4}


def _minutes(delta: dt.timedelta) -> int:
    return math.floor(delta.total_seconds() / 60)


def sla_state(
    job_status: JobStatus | str, sla_due: dt.datetime, first_visit_start: dt.datetime | None,
    now: dt.datetime,
) -> tuple[SlaState, int | None]:
    """The promise's state and minutes left (negative when late; None when unknown).

    A first visit that started at or before `sla_due` met it (minutes left: the margin); one
    that started later missed it (overdue, minutes negative). Without a started visit the clock
    runs: overdue once `now` is past `sla_due`, due soon within 4 hours of it. A visit time in
    the future is only planned, so it does not count. A job in progress, finished or cancelled
    without a known visit start has stopped the clock: met, minutes unknown. A job on hold
    before any visit waits for parts or the customer: its clock is paused, not late.
    """
    if first_visit_start is not None and first_visit_start <= now:
        margin = _minutes(sla_due - first_visit_start)
        return (SlaState.MET if first_visit_start <= sla_due else SlaState.OVERDUE), margin
    status = job_status if isinstance(job_status, JobStatus) else JobStatus(job_status)
    if status in _STOPPED:
        return SlaState.MET, None
    if status is JobStatus.ON_HOLD:
        return SlaState.PAUSED, None
    left = _minutes(sla_due - now)
    if now > sla_due:
        return SlaState.OVERDUE, left
    if sla_due - now <= DUE_SOON:
        return SlaState.DUE_SOON, left
    return SlaState.OK, left
