"""A visit's arrival and finish, recorded as they happen (from the board or the job editor)
or keyed in afterwards from the signed paper sheet ("14:05" on the visit's date).

The job follows: the first arrival puts it in progress (through dispatched, each step
audited), which also stops its response clock. A job completes only with a finished visit
(`app.services.jobs`). Every change is audited and goes to the outbox with the appointment.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Appointment, Job
from app.models.base import utcnow
from app.models.enums import AppointmentStatus, JobStatus
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.jobs import transition_in
from app.services.rows import fetch, update
from app.texts import Text

ARRIVAL, FINISH = Text("arrival time"), Text("finish time")
SLACK = dt.timedelta(minutes=5)  # a desk clock a little behind the technician's phone
_CLOCK = re.compile(r"^(\d{1,2})\s*[:：.]?\s*(\d{2})$")
# The steps from a job's status to in progress, each one the status machine allows.
TO_IN_PROGRESS: dict[JobStatus, tuple[JobStatus, ...]] = {
    JobStatus.NEW: (JobStatus.SCHEDULED, JobStatus.DISPATCHED, JobStatus.IN_PROGRESS),
    JobStatus.ON_HOLD: (JobStatus.SCHEDULED, JobStatus.DISPATCHED, JobStatus.IN_PROGRESS),
    JobStatus.SCHEDULED: (JobStatus.DISPATCHED, JobStatus.IN_PROGRESS),
    JobStatus.DISPATCHED: (JobStatus.IN_PROGRESS,),
    JobStatus.IN_PROGRESS: (), JobStatus.COMPLETED: (),
}


@dataclass(frozen=True)
class VisitTimes:
    appointment_id: str
    job_id: str
    job_number: str
    arrived_at: dt.datetime | None
    finished_at: dt.datetime | None
    status: AppointmentStatus
    job_status: JobStatus


def parse_clock(value: str, label: Text) -> dt.time:
    """"14:05" (also "1405", "14.05", "14：05") as a time of day; ValidationError else."""
    match = _CLOCK.match(v.lookup(value))
    if match:
        hour, minute = int(match[1]), int(match[2])
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError("The {label} {value!r} is not a time like 14:05.", label=label,
                          value=v.lookup(value))


def _checked(moment: dt.datetime, label: Text, job: Job, now: dt.datetime) -> dt.datetime:
    v.moment(moment, label)
    if moment > now + SLACK:
        raise ValidationError("The {label} cannot be in the future.", label=label)
    if moment < job.created_at:
        raise ValidationError("The {label} is before job {number} was received.", label=label,
                              number=job.number)
    return moment.astimezone(dt.UTC)


def _visit(s: Session, appointment_id: str) -> tuple[Appointment, Job]:
    appt = fetch(s, Appointment, appointment_id, Text("appointment"))
    job = fetch(s, Job, appt.job_id, Text("job"))
    if appt.status == AppointmentStatus.CANCELLED or JobStatus(job.status) not in TO_IN_PROGRESS:
        raise ValidationError("This visit of job {number} is cancelled or its job is {status}: "
                              "its times cannot be recorded.", number=job.number,
                              status=JobStatus(job.status))
    return appt, job


def _follow(s: Session, actor: Actor, appt: Appointment, job: Job,
            arrived: dt.datetime | None, finished: dt.datetime | None) -> VisitTimes:
    """Write the times and the visit's status; the job moves to in progress on arrival."""
    status = AppointmentStatus.DONE if finished else AppointmentStatus.ON_SITE
    update(s, actor, appt, {"actual_start": arrived, "actual_end": finished,
                            "status": status.value}, "visit")
    for step in TO_IN_PROGRESS[JobStatus(job.status)]:
        transition_in(s, actor, job, step)
    return VisitTimes(appt.id, job.id, job.number, arrived, finished, status,
                      JobStatus(job.status))


def record_arrival(db: Database, actor: Actor, appointment_id: str,
                   at: dt.datetime | None = None, now: dt.datetime | None = None
                   ) -> tuple[VisitTimes, Changes]:
    """The technician arrived (at `at`, default now)."""
    now = now or utcnow()
    with db.session() as s:
        appt, job = _visit(s, appointment_id)
        if appt.actual_start is not None:
            raise ValidationError("The arrival of this visit was recorded already; key in the "
                                  "sheet's times to correct it.")
        times = _follow(s, actor, appt, job, _checked(at or now, ARRIVAL, job, now), None)
    return times, Changes.SCHEDULE | Changes.JOBS | Changes.QUALITY


def record_finish(db: Database, actor: Actor, appointment_id: str,
                  at: dt.datetime | None = None, now: dt.datetime | None = None
                  ) -> tuple[VisitTimes, Changes]:
    """The technician finished the visit (at `at`, default now); it must have begun."""
    now = now or utcnow()
    with db.session() as s:
        appt, job = _visit(s, appointment_id)
        if appt.actual_start is None:
            raise ValidationError("Record the arrival before the finish.")
        if appt.actual_end is not None:
            raise ValidationError("The finish of this visit was recorded already; key in the "
                                  "sheet's times to correct it.")
        finished = _checked(at or now, FINISH, job, now)
        if finished <= appt.actual_start:
            raise ValidationError("The finish must be after the arrival.")
        times = _follow(s, actor, appt, job, appt.actual_start, finished)
    return times, Changes.SCHEDULE | Changes.JOBS | Changes.QUALITY


def record_sheet_times(db: Database, actor: Actor, appointment_id: str, day: dt.date,
                       arrival: str, finish: str = "", now: dt.datetime | None = None
                       ) -> tuple[VisitTimes, Changes]:
    """The times written on the signed paper sheet: `day` (the visit's date, station time),
    `arrival` and `finish` as "14:05" (finish may be left empty). Replaces times recorded
    before (audited with both)."""
    now = now or utcnow()
    tz = ZoneInfo(actor.timezone)
    v.day(day, Text("visit date"))
    arrived_time = parse_clock(arrival, ARRIVAL)
    finished_time = parse_clock(finish, FINISH) if finish.strip() else None
    with db.session() as s:
        appt, job = _visit(s, appointment_id)
        arrived = _checked(dt.datetime.combine(day, arrived_time, tzinfo=tz), ARRIVAL, job, now)
        finished = None
        if finished_time is not None:
            finished = _checked(dt.datetime.combine(day, finished_time, tzinfo=tz), FINISH,
                                job, now)
            if finished <= arrived:
                raise ValidationError("The finish must be after the arrival.")
        times = _follow(s, actor, appt, job, arrived, finished)
    return times, Changes.SCHEDULE | Changes.JOBS | Changes.QUALITY
