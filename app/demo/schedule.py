"""Which days the demo's visits fall on, and booking them into technicians' working days.

Bookings never break a rule: the technician has the skills, works that weekday and is not absent,
the visit lies inside the shift, visits of one technician do not overlap (a travel gap separates
them) and no technician gets more than his max_jobs_per_day.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from app.demo.rand import among
from app.demo.technicians import TechPlan

VISITS_PER_TECH_DAY = 3.0  # the load the past days are sized for (about half of capacity)
FUTURE_DAYS = 14
MIN_PAST_DAYS = 7
MAX_PAST_DAYS = 400
SUNDAY_LOAD = 0.35
TRAVEL_MINUTES = (30, 30, 45, 45, 60)
SAMPLE = 40  # technicians tried outside the site's district before giving up on a day


@dataclass(frozen=True)
class Booking:
    tech: int  # index into the planner's technicians
    day: dt.date
    start: int  # minutes after local midnight
    end: int


def _future_share(k: int) -> float:
    """How booked day today+k already is: today full, two weeks out mostly empty."""
    return max(0.12, 1.0 - k / 12)


def visit_days(today: dt.date, technicians: int, visits: int) -> tuple[list[dt.date], list[float]]:
    """The days visits may fall on, from some past weeks to two weeks ahead, with their weights.

    The past reaches back as far as the technicians need to have done `visits` at the usual load.
    """
    def load(day: dt.date) -> float:
        return SUNDAY_LOAD if day.weekday() == 6 else 1.0

    future = [today + dt.timedelta(days=k) for k in range(FUTURE_DAYS + 1)]
    future_weights = [load(d) * _future_share(k) for k, d in enumerate(future)]
    past_day_equivalents = visits / (technicians * VISITS_PER_TECH_DAY) - sum(future_weights)
    past_count = math.ceil(past_day_equivalents / (6 + SUNDAY_LOAD) * 7)
    past_count = min(MAX_PAST_DAYS, max(MIN_PAST_DAYS, past_count))
    past = [today - dt.timedelta(days=k) for k in range(past_count, 0, -1)]
    return past + future, [load(d) for d in past] + future_weights


class Planner:
    """Books visits into technician days, packing each day from the shift start onwards."""

    def __init__(self, rng: random.Random, techs: list[TechPlan]) -> None:
        self._rng = rng
        self.techs = techs
        self._days: dict[tuple[int, dt.date], list[int]] = {}  # -> [next free minute, count]
        self._pools: dict[tuple[dt.date, frozenset[str], str], tuple[list[int], list[int]]] = {}

    def _pool(
        self, day: dt.date, skills: frozenset[str], district: str
    ) -> tuple[list[int], list[int]]:
        """Technicians able and on duty that day: (those based in `district`, the others)."""
        key = (day, skills, district)
        pool = self._pools.get(key)
        if pool is None:
            weekday = day.weekday()
            able = [i for i, t in enumerate(self.techs)
                    if weekday in t.hours and day not in t.off_days and skills <= t.skills]
            pool = ([i for i in able if self.techs[i].district == district],
                    [i for i in able if self.techs[i].district != district])
            self._pools[key] = pool
        return pool

    def _try(self, tech: int, day: dt.date, minutes: int) -> Booking | None:
        plan = self.techs[tech]
        shift_start, shift_end = plan.hours[day.weekday()]
        state = self._days.get((tech, day))
        if state is None:
            state = [shift_start + among(self._rng, (0, 0, 0, 30)), 0]
            self._days[(tech, day)] = state
        start, count = state
        if count >= plan.max_jobs or start + minutes > shift_end:
            return None
        state[0] = start + minutes + among(self._rng, TRAVEL_MINUTES)
        state[1] = count + 1
        return Booking(tech, day, start, start + minutes)

    def book(
        self, day: dt.date, skills: frozenset[str], minutes: int, district: str
    ) -> Booking | None:
        """A visit on `day`, by a local technician if one is free, else by another."""
        local, others = self._pool(day, skills, district)
        for group, tries in ((local, len(local)), (others, min(SAMPLE, len(others)))):
            if not group:
                continue
            offset = int(self._rng.random() * len(group))
            for k in range(tries):
                booking = self._try(group[(offset + k) % len(group)], day, minutes)
                if booking is not None:
                    return booking
        return None

    def book_near(
        self, days: list[dt.date], skills: frozenset[str], minutes: int, district: str
    ) -> Booking | None:
        """The first of `days` (the wanted day, then the fallbacks) that has room."""
        for day in days:
            booking = self.book(day, skills, minutes, district)
            if booking is not None:
                return booking
        return None
