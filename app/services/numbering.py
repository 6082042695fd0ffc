"""Job numbers STATION-YYYY-NNNNNN: the station code keeps offline stations from colliding."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import JobCounter


def next_job_number(s: Session, station_code: str, year: int) -> str:
    """Take the next serial of this station and year, inside the caller's transaction."""
    counter = s.get(JobCounter, (station_code, year), with_for_update=True)
    if counter is None:
        counter = JobCounter(station_code=station_code, year=year, last=0)
        s.add(counter)
    counter.last += 1
    return f"{station_code}-{year}-{counter.last:06d}"
