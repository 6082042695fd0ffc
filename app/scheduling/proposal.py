"""The planner's proposal as plain data: the visits it offers, the jobs it leaves out and why,
the totals before and after. Apart from `day_plan`, which searches for it with numpy and pyvrp:
the board shows a proposal and the services apply it without loading the solver, which loads
when a plan is asked for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.texts import Text


class Change(StrEnum):
    ADDED = "added"  # a job of the queue gets a visit
    MOVED = "moved"  # a visit moves to another time or technician
    KEPT = "kept"  # a visit stays as it is
    REMOVED = "removed"  # a visit on the board finds no place in the plan


@dataclass(frozen=True)
class ProposedVisit:
    job_id: str
    label: str
    technician_id: str
    start: dt.datetime  # aware UTC
    end: dt.datetime
    change: Change
    appointment_id: str | None = None  # the visit on the board it replaces
    promise_met: bool = True


@dataclass(frozen=True)
class Unplanned:
    job_id: str
    label: str
    reason: Text
    appointment_id: str | None = None  # a visit on the board the plan removes


@dataclass(frozen=True)
class Totals:
    travel_minutes: int
    jobs_planned: int
    promises_met: int


@dataclass(frozen=True)
class Proposal:
    day: dt.date
    visits: tuple[ProposedVisit, ...]
    unplanned: tuple[Unplanned, ...]
    before: Totals
    after: Totals
    stopped: bool = False  # cancelled: the best plan found so far

    @property
    def changes(self) -> int:
        return sum(v.change is not Change.KEPT for v in self.visits) + sum(
            u.appointment_id is not None for u in self.unplanned)
