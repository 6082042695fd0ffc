"""Job numbers STATION-YYYY-NNNNNN: the station code keeps offline stations from colliding."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Job, JobCounter


def next_job_number(s: Session, station_code: str, year: int) -> str:
    """Take the next serial of this station and year, inside the caller's transaction. The
    counter is local; it never falls behind the station's jobs already here, so a desk that
    joined the station (its jobs pulled from the central server) goes on from the last one."""
    counter = s.get(JobCounter, (station_code, year), with_for_update=True)
    if counter is None:
        counter = JobCounter(station_code=station_code, year=year, last=0)
        s.add(counter)
    prefix = f"{station_code}-{year}-"
    highest = s.scalar(select(func.max(Job.number)).where(
        Job.number >= prefix, Job.number < prefix[:-1] + "."))  # "." sorts right after "-"
    counter.last = max(counter.last, int(highest.removeprefix(prefix)) if highest else 0) + 1
    return f"{prefix}{counter.last:06d}"
