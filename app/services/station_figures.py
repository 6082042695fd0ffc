"""Every station's month, for the head office: the same figures as a desk's, read from the
central database (where each station's rows carry its `station_id`), one station at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Station
from app.services.months import Month
from app.services.quality_figures import (
    FIGURES,
    Figure,
    GroupFigures,
    MonthFigures,
    StationRef,
    month_figures_in,
)


@dataclass(frozen=True)
class CentralReport:
    month: Month
    generated_at: dt.datetime
    stations: tuple[MonthFigures, ...]  # by station code
    total: GroupFigures  # every station's counts added up


def _sum(figures: list[Figure]) -> Figure:
    return Figure(sum(f.numerator for f in figures), sum(f.denominator for f in figures))


def total_of(groups: list[GroupFigures]) -> GroupFigures:
    """All stations together: numerators and denominators added (the jobs are left out)."""
    return GroupFigures("total", "", "", **{name: _sum([getattr(g, name) for g in groups])
                                           for name in FIGURES})


def stations_figures_in(s: Session, month: Month, now: dt.datetime) -> CentralReport:
    stations = s.execute(select(Station.id, Station.code, Station.name, Station.timezone)
                         .order_by(Station.code)).all()
    months = tuple(month_figures_in(s, StationRef(*row), month, now) for row in stations)
    return CentralReport(month, now, months, total_of([m.station for m in months]))
