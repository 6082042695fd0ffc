"""Callback tasks a job's life creates: the after-visit call when it completes (due within the
station's callback days), cancelled again when the job is reopened before anyone called.
Called inside the job's transaction (`app.services.jobs.transition_in`)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Appointment, Callback, Job
from app.models.enums import AppointmentStatus, CallbackKind, CallbackStatus
from app.services.actor import Actor
from app.services.rows import insert, update
from app.services.settings_sections import Sla
from app.services.station_settings import section_in


def job_technician_in(s: Session, job_id: str) -> str | None:
    """Whose work the job is: the technician of its last finished visit, else of its last
    live appointment (None: nobody visited)."""
    rows = s.execute(
        select(Appointment.technician_id, Appointment.actual_end, Appointment.start)
        .where(Appointment.job_id == job_id, Appointment.deleted.is_(False),
               Appointment.status != AppointmentStatus.CANCELLED.value)).all()
    if not rows:
        return None
    finished = [(r.actual_end, r.technician_id) for r in rows if r.actual_end is not None]
    if finished:
        return str(max(finished)[1])
    return str(max((r.start, r.technician_id) for r in rows)[1])


def callback_due(completed: dt.datetime, days: int, timezone: str) -> dt.datetime:
    """The end (local midnight) of the `days`-th day after the completion day."""
    tz = ZoneInfo(timezone)
    day = completed.astimezone(tz).date() + dt.timedelta(days=days + 1)
    return dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(dt.UTC)


def open_callback_in(s: Session, job_id: str, kind: CallbackKind) -> Callback | None:
    return s.scalar(select(Callback).where(
        Callback.job_id == job_id, Callback.kind == kind.value, Callback.deleted.is_(False),
        Callback.status == CallbackStatus.OPEN.value).limit(1))


def open_visit_callback_in(s: Session, actor: Actor, job: Job, completed: dt.datetime
                           ) -> Callback | None:
    """The after-visit call of a job just completed (none when one is still open)."""
    if open_callback_in(s, job.id, CallbackKind.VISIT) is not None:
        return None
    days = section_in(s, Sla).callback_days
    return insert(s, actor, Callback(
        job_id=job.id, kind=CallbackKind.VISIT.value, status=CallbackStatus.OPEN.value,
        technician_id=job_technician_in(s, job.id),
        due_at=callback_due(completed, days, actor.timezone)))


def cancel_visit_callback_in(s: Session, actor: Actor, job: Job, reason: str) -> None:
    """A reopened job's pending after-visit call is not made (a new one follows the next
    completion)."""
    pending = open_callback_in(s, job.id, CallbackKind.VISIT)
    if pending is not None:
        update(s, actor, pending, {"status": CallbackStatus.CANCELLED.value}, "cancel", reason)
