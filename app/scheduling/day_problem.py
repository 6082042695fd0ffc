"""A day's planning problem as plain data: the technicians, the jobs, the travel model and the
objective's weights. Apart from `day_model`, which turns it into numpy matrices for the solver
(pyvrp): the station's settings and the services that read the problem from the database
import these without loading either (some 0.15 s of every start)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.scheduling.reach import Candidate, Day, JobNeeds
from app.scheduling.travel import TravelModel


@dataclass(frozen=True)
class Weights:
    """The objective's weights, in minutes of travel (a station setting)."""

    promise: int = 600
    job: int = 240
    overdue: int = 600
    balance: int = 1


@dataclass(frozen=True)
class PlanJob:
    needs: JobNeeds
    label: str  # the job number
    due: dt.datetime  # when its response promise falls due (`sla.promise_due`)
    appointment_id: str | None = None  # its visit on the board that day, which may move


@dataclass(frozen=True)
class DayProblem:
    day: Day
    candidates: tuple[Candidate, ...]  # facts.busy: every live visit around the day
    jobs: tuple[PlanJob, ...]
    travel: TravelModel = field(default_factory=TravelModel)
    weights: Weights = field(default_factory=Weights)
