"""Job numbers STATION-YYYY-NNNNNN that never collide, between stations or between the desks
of one station.

The station code keeps stations apart. Within a station, each desk numbers from blocks of
serials the central server gave it alone (`job_number_blocks`, claimed by `app/sync/blocks.py`
whenever the desk syncs and its free numbers run low), so desks working offline never issue
the same number. A station's first desk, before it ever synced (no server knows of it, so no
other desk can), numbers freely from its own counter; its first sync tells the server how far
it got, and its blocks start above that.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.desk import current_desk
from app.errors import ValidationError
from app.models import Job, JobCounter, JobNumberBlock

FREE, BLOCKS = "free", "blocks"


def next_job_number(s: Session, station_code: str, year: int) -> str:
    """Take the next number of this desk for the year, inside the caller's transaction."""
    prefix = f"{station_code}-{year}-"
    if current_desk(s).numbering == FREE:
        return f"{prefix}{_next_free(s, station_code, year, prefix):06d}"
    blocks = s.scalars(select(JobNumberBlock).where(
        JobNumberBlock.year == year, JobNumberBlock.next <= JobNumberBlock.last)
        .order_by(JobNumberBlock.first)).all()
    for block in blocks:
        while block.next <= block.last:
            number = f"{prefix}{block.next:06d}"
            block.next += 1
            if s.scalar(select(Job.id).where(Job.number == number)) is None:
                return number
    raise ValidationError("This desk has no job numbers left for {year}: sync with the central "
                          "server once to get the next block of numbers.", year=year)


def highest_serial(s: Session, prefix: str) -> int:
    """The highest serial of the job numbers here that start with `prefix`."""
    highest = s.scalar(select(func.max(Job.number)).where(
        Job.number >= prefix, Job.number < prefix[:-1] + "."))  # "." sorts right after "-"
    return int(highest.removeprefix(prefix)) if highest else 0


def free_serial_floor(s: Session, station_code: str, year: int) -> int:
    """How far a desk numbering freely got in a year: its counter, or a higher number here."""
    counter = s.get(JobCounter, (station_code, year))
    return max(counter.last if counter else 0,
               highest_serial(s, f"{station_code}-{year}-"))


def _next_free(s: Session, station_code: str, year: int, prefix: str) -> int:
    """The local counter of a desk before its first sync; it never falls behind the numbers
    already in the database."""
    counter = s.get(JobCounter, (station_code, year), with_for_update=True)
    if counter is None:
        counter = JobCounter(station_code=station_code, year=year, last=0)
        s.add(counter)
    counter.last = max(counter.last, highest_serial(s, prefix)) + 1
    return counter.last
