"""Repeat visits: repairs and inspections received in a window for a unit whose earlier job
was completed at most 30 days before the call. "Within 30 days" is date arithmetic, which
SQLite and PostgreSQL spell differently: the query bounds the candidates portably, Python
keeps the pairs inside the 30 days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session, aliased

from app.models import Appointment, Job
from app.models.enums import JobStatus, JobType
from app.services.quality_facts import (
    DONE,
    END,
    REPEAT_FROM,
    REPEAT_WINDOW,
    START,
    STATION,
    Window,
)

REPEAT_TYPES = (JobType.REPAIR.value, JobType.INSPECTION.value)


@dataclass(frozen=True, slots=True)
class RepeatFact:
    job_id: str  # the new call about the same unit
    earlier_job_id: str
    technician_id: str | None  # whose work the earlier job was


@cache
def _repeats() -> Select[Any]:
    later, earlier, visit = aliased(Job), aliased(Job), aliased(Appointment)
    finisher = (select(visit.technician_id)
                .where(visit.job_id == earlier.id, visit.deleted.is_(False),
                       visit.actual_end == earlier.completed_at)
                .limit(1).correlate(earlier).scalar_subquery())
    return (select(later.id, later.created_at, earlier.id, earlier.completed_at, finisher)
            .join(earlier, and_(earlier.equipment_id == later.equipment_id,
                                earlier.id != later.id))
            .where(later.station_id == STATION, later.deleted.is_(False),
                   later.created_at >= START, later.created_at < END,
                   later.job_type.in_(REPEAT_TYPES), later.status != JobStatus.CANCELLED.value,
                   earlier.deleted.is_(False), earlier.status.in_(DONE),
                   earlier.completed_at >= REPEAT_FROM, earlier.completed_at < later.created_at))


def repeat_facts(s: Session, w: Window) -> list[RepeatFact]:
    """Repairs and inspections received in the window for a unit whose earlier job was
    completed at most 30 days before the call (the latest such earlier job)."""
    latest: dict[str, tuple[dt.datetime, RepeatFact]] = {}
    for job_id, called, earlier_id, completed_at, tech in s.execute(_repeats(), w.params()):
        if called - completed_at <= REPEAT_WINDOW and (
                job_id not in latest or completed_at > latest[job_id][0]):
            latest[job_id] = (completed_at, RepeatFact(job_id, earlier_id, tech))
    return [fact for _, fact in latest.values()]
