"""One day of a station as a routing problem: technicians' free stretches as vehicles, jobs as
stops (`app.scheduling.routing`).

Times are whole minutes after the local midnight of the day; travel is the board's model
(`TravelModel.minutes`, UNKNOWN_TRAVEL when a place has no location), the same matrix for cost
and time. A technician's day runs from their first shift's start (not before now) to their last
shift's end, from home (else the station) and back there; what they cannot leave is cut out of
it: visits that stay (pinned ones, visits of jobs outside the plan, started ones), absences, the
gap between two shifts. Each free stretch between two such blocks is a vehicle that starts
where the block before ends and must reach the next block in time; the last one ends at home,
whose drive counts as travel but not as shift time (a visit must end inside the shift, as the
rules say). Only technicians qualified for a job may serve it (skills, certificates valid on the
day: `rules.check`); each stretch may take as many jobs as the daily maximum leaves.

Objective (in travel minutes): each job planned is worth `Weights.job`; meeting a response
promise that falls due that day `Weights.promise` more (such a job is two alternative stops:
before the due, worth the promise, and after it); an overdue job `Weights.overdue` more; a
visit already on the board `KEEP` more, so it is moved rather than dropped. Beyond the even
share of the day's work (the same fraction of every technician's free time), each minute of a
route costs `Weights.balance`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.scheduling.day_problem import DayProblem
from app.scheduling.reach import UNKNOWN_TRAVEL, Candidate, Day, JobNeeds
from app.scheduling.routing import Problem, Stop, Vehicle
from app.scheduling.rules import Busy, Rule, Slot, check
from app.scheduling.travel import LatLon, TravelModel

KEEP = 10_000  # a visit already booked is moved before it is dropped
QUALIFICATION = frozenset({Rule.MISSING_SKILL, Rule.CERTIFICATION_MISSING,
                           Rule.CERTIFICATION_EXPIRED})
AVERAGE_DRIVE = 20  # minutes per job, for the even share of the day's work


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    place: int


@dataclass(frozen=True)
class Stretch:
    """A free stretch of one technician's day: a vehicle."""

    technician: int  # index into candidates
    vehicle: Vehicle


@dataclass(frozen=True)
class StopOf:
    job: int  # index into jobs
    promise: bool  # this copy arrives by the due


@dataclass(frozen=True)
class DayModel:
    problem: Problem
    stretches: tuple[Stretch, ...]
    stops: tuple[StopOf, ...]
    places: tuple[LatLon | None, ...]
    homes: tuple[int, ...]  # place of each candidate's home
    qualified: tuple[frozenset[int], ...]  # per job: candidates qualified
    fixed: tuple[tuple[Busy, ...], ...]  # per candidate: that day's visits that stay


def minute(d: Day, t: dt.datetime) -> int:
    midnight = dt.datetime.combine(d.day, dt.time(), tzinfo=d.tz)
    return int((t - midnight).total_seconds() // 60)


def not_before(d: Day) -> int:
    """The first whole minute a visit may start (now, rounded up; 0 without a now)."""
    if d.not_before is None:
        return 0
    midnight = dt.datetime.combine(d.day, dt.time(), tzinfo=d.tz)
    return math.ceil((d.not_before - midnight).total_seconds() / 60)


def at_minute(d: Day, m: int) -> dt.datetime:
    midnight = dt.datetime.combine(d.day, dt.time(), tzinfo=d.tz)
    return (midnight + dt.timedelta(minutes=m)).astimezone(dt.UTC)


def matrix(places: Sequence[LatLon | None], travel: TravelModel) -> npt.NDArray[np.int64]:
    n = len(places)
    out = np.zeros((n, n), dtype=np.int64)
    for i, a in enumerate(places):
        for j in range(i + 1, n):
            m = travel.minutes(a, places[j])
            out[i, j] = out[j, i] = UNKNOWN_TRAVEL if m is None else m
    return out


def qualified(c: Candidate, job: JobNeeds, d: Day) -> bool:
    noon = d.at(dt.time(12))
    slot = Slot(job.job_id, job.required_skills, noon, noon + dt.timedelta(minutes=job.minutes))
    return not any(v.rule in QUALIFICATION for v in check(c.facts, slot, d.tz))


def fixed_visits(p: DayProblem, c: Candidate) -> tuple[Busy, ...]:
    moving = {j.needs.job_id for j in p.jobs}
    return tuple(sorted((b for b in c.facts.busy if b.job_id not in moving
                         and b.start.astimezone(p.day.tz).date() == p.day.day),
                        key=lambda b: b.start))


class _Places:
    def __init__(self) -> None:
        self.points: list[LatLon | None] = []
        self.index: dict[LatLon | None, int] = {}

    def of(self, point: LatLon | None) -> int:
        if point is None or point[0] is None or point[1] is None:
            self.points.append(None)  # unknown: each its own place (30 min from anywhere)
            return len(self.points) - 1
        if point not in self.index:
            self.index[point] = len(self.points)
            self.points.append(point)
        return self.index[point]


def _shift(p: DayProblem, c: Candidate) -> tuple[int, int, list[tuple[int, int]]] | None:
    shifts = sorted((minute(p.day, p.day.at(s)), minute(p.day, p.day.at(e)))
                    for w, s, e in c.facts.shifts if w == p.day.day.weekday())
    if not shifts:
        return None
    gaps = [(a[1], b[0]) for a, b in zip(shifts, shifts[1:], strict=False) if a[1] < b[0]]
    return shifts[0][0], max(e for _, e in shifts), gaps


def _blocks(p: DayProblem, c: Candidate, home: int, places: _Places,
            fixed: tuple[Busy, ...]) -> tuple[int, int, int, list[Block]] | None:
    """The technician's day (start, end, start place) and its blocks, merged and clipped."""
    shift = _shift(p, c)
    if shift is None:
        return None
    start, end, gaps = shift
    if p.day.not_before is not None:
        start = max(start, not_before(p.day))
    raw = [Block(a, b, home) for a, b in gaps]
    raw += [Block(minute(p.day, a), minute(p.day, b), home) for a, b, _ in c.facts.absences]
    raw += [Block(minute(p.day, b.start), minute(p.day, b.end),
                  places.of(c.places.get(b.job_id))) for b in fixed]
    merged: list[Block] = []
    for b in sorted(raw, key=lambda x: x.start):
        if b.end <= start or b.start >= end:
            continue
        if merged and b.start < merged[-1].end:
            merged[-1] = Block(merged[-1].start, max(merged[-1].end, b.end), merged[-1].place)
        else:
            merged.append(b)
    origin = home
    while merged and merged[0].start <= start:
        start, origin = max(start, merged[0].end), merged[0].place
        merged.pop(0)
    if merged and merged[-1].end >= end:
        end = merged.pop().start
    return (start, end, origin, merged) if start < end else None


def _stretches(p: DayProblem, ci: int, home: int, places: _Places, fixed: tuple[Busy, ...],
               capacity: int) -> list[Stretch]:
    c = p.candidates[ci]
    day = _blocks(p, c, home, places, fixed)
    if day is None or capacity <= 0:
        return []
    start, end, origin, blocks = day
    out = []
    for b in blocks:
        if b.start > start:
            out.append(Stretch(ci, Vehicle(c.facts.id, origin, b.place, start, b.start,
                                           capacity)))
        start, origin = b.end, b.place
    if end > start:
        out.append(Stretch(ci, Vehicle(c.facts.id, origin, home, start, end, capacity,
                                       free_return=True)))
    return out


def _job_stops(p: DayProblem, ji: int, place: int, allowed: frozenset[str]
               ) -> list[tuple[Stop, StopOf]]:
    job, w, d = p.jobs[ji], p.weights, p.day
    early, late = 0, 24 * 60
    if job.needs.window is not None:
        early = max(early, minute(d, job.needs.window[0]))
        late = min(late, minute(d, job.needs.window[1]))
    if early > late:
        return []
    prize = w.job + (KEEP if job.appointment_id else 0)
    due = minute(d, job.due)
    first = not_before(d)
    base = Stop(place, job.needs.minutes, early, late, 1, prize, False, None, allowed)
    if due < first:
        return [(Stop(place, job.needs.minutes, early, late, 1, prize + w.overdue, False, None,
                      allowed), StopOf(ji, False))]
    if due >= 24 * 60:
        return [(base, StopOf(ji, True))]  # due after the day: not at stake today
    if due >= late:
        return [(Stop(place, job.needs.minutes, early, late, 1, prize + w.promise, False, None,
                      allowed), StopOf(ji, True))]
    if due < early:
        return [(base, StopOf(ji, False))]
    return [(Stop(place, job.needs.minutes, early, due, 1, prize + w.promise, False, ji,
                  allowed), StopOf(ji, True)),
            (Stop(place, job.needs.minutes, due + 1, late, 1, prize, False, ji, allowed),
             StopOf(ji, False))]


def _share(stretches: list[Stretch], p: DayProblem) -> float:
    """The fraction of every technician's free time the day's work would fill if even."""
    free = sum(s.vehicle.late - s.vehicle.early for s in stretches)
    work = sum(j.needs.minutes + AVERAGE_DRIVE for j in p.jobs)
    return 1.0 if free <= 0 else min(1.0, work / free)


def _balanced(stretches: list[Stretch], p: DayProblem) -> list[Stretch]:
    share, cost = _share(stretches, p), p.weights.balance
    if cost <= 0:
        return stretches
    return [Stretch(s.technician, Vehicle(
        s.vehicle.kind, s.vehicle.start, s.vehicle.end, s.vehicle.early, s.vehicle.late,
        s.vehicle.capacity, s.vehicle.free_return,
        int(share * (s.vehicle.late - s.vehicle.early)), cost)) for s in stretches]


def build(p: DayProblem) -> DayModel:
    places = _Places()
    homes = tuple(places.of(c.home) for c in p.candidates)
    job_places = [places.of(j.needs.site) for j in p.jobs]
    fixed = tuple(fixed_visits(p, c) for c in p.candidates)
    stretches: list[Stretch] = []
    for ci, c in enumerate(p.candidates):
        left = c.facts.max_jobs_per_day - len({b.job_id for b in fixed[ci]})
        stretches += _stretches(p, ci, homes[ci], places, fixed[ci], left)
    allowed = tuple(frozenset(ci for ci, c in enumerate(p.candidates)
                              if qualified(c, j.needs, p.day)) for j in p.jobs)
    stops: list[tuple[Stop, StopOf]] = []
    for ji in range(len(p.jobs)):
        kinds = frozenset(p.candidates[ci].facts.id for ci in allowed[ji])
        if kinds:
            stops += _job_stops(p, ji, job_places[ji], kinds)
    stretches = _balanced(stretches, p)
    problem = Problem(matrix(places.points, p.travel), tuple(s for s, _ in stops),
                      tuple(s.vehicle for s in stretches))
    return DayModel(problem, tuple(stretches), tuple(o for _, o in stops),
                    tuple(places.points), homes, allowed, fixed)
