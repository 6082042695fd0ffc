"""The monthly quality report's data: the month's figures against the month before, the
twelve months' trend, the technicians' figures and the month's complaints with their four
stages. Read here, rendered by `app.printing.quality_report` or written as JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Complaint, Customer, Job
from app.models.base import utcnow
from app.models.enums import ComplaintCategory, ComplaintStage, Severity
from app.services.complaint_queries import StageRecord, stages_of
from app.services.months import Month
from app.services.quality_figures import (
    FIGURES,
    GroupFigures,
    MonthFigures,
    StationRef,
    month_figures_in,
    numerator_jobs_in,
    station_ref_in,
)

TREND_MONTHS = 12
ID_CHUNK = 500


@dataclass(frozen=True)
class ReportComplaint:
    received_at: dt.datetime
    customer_name: str
    job_number: str | None
    category: ComplaintCategory
    severity: Severity
    stage: ComplaintStage
    stages: tuple[StageRecord, ...]


@dataclass(frozen=True)
class QualityReport:
    station: StationRef
    month: Month
    generated_at: dt.datetime
    current: MonthFigures
    previous: GroupFigures  # the station's figures of the month before
    trend: tuple[tuple[Month, GroupFigures], ...]  # the station's, oldest first, to `month`
    complaints: tuple[ReportComplaint, ...]
    jobs: dict[str, tuple[str, ...]]  # figure -> the station's jobs behind its numerator


def _complaints(s: Session, figures: MonthFigures) -> tuple[ReportComplaint, ...]:
    rows = s.execute(
        select(Complaint, Customer.name, Job.number)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Job, Job.id == Complaint.job_id)
        .where(Complaint.station_id == figures.station_id, Complaint.deleted.is_(False),
               Complaint.received_at >= figures.start, Complaint.received_at < figures.end)
        .order_by(Complaint.received_at)).all()
    return tuple(ReportComplaint(c.received_at, name, number, ComplaintCategory(c.category),
                                 Severity(c.severity), ComplaintStage(c.stage), stages_of(c))
                 for c, name, number in rows)


def job_numbers_in(s: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for first in range(0, len(wanted), ID_CHUNK):
        chunk = wanted[first:first + ID_CHUNK]
        found.update((i, n) for i, n in s.execute(
            select(Job.id, Job.number).where(Job.id.in_(chunk))))
    return found


def station_jobs_in(s: Session, station: StationRef, month: Month, now: dt.datetime
                    ) -> dict[str, tuple[str, ...]]:
    """The numbers of the station's jobs behind each figure's numerator."""
    ids = {name: numerator_jobs_in(s, station, month, now, name)
           for name in FIGURES if name != "completed"}
    numbers = job_numbers_in(s, (i for found in ids.values() for i in found))
    return {name: tuple(sorted(numbers[i] for i in found)) for name, found in ids.items()}


def quality_report(db: Database, month: Month, now: dt.datetime | None = None
                   ) -> QualityReport:
    """The report of `month` for this station (as decided at `now`, default the current time)."""
    now = now or utcnow()
    with db.session() as s:
        station = station_ref_in(s)
        current = month_figures_in(s, station, month, now)
        trend = tuple((m, month_figures_in(s, station, m, now).station)
                      for m in (month.shifted(k - TREND_MONTHS + 1)
                                for k in range(TREND_MONTHS - 1)))
        complaints = _complaints(s, current)
        jobs = station_jobs_in(s, station, month, now)
    return QualityReport(station, month, now, current, trend[-1][1],
                         (*trend, (month, current.station)), complaints, jobs)
