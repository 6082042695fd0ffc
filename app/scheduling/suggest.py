"""Suggest technicians for a job on one day: a ranked list with the reasons for each place.

Pure: it sees plain facts (rules.TechnicianFacts with the day's appointments as `busy`, where
the technician's day starts and the sites of those appointments) and reuses `rules.check` to
test slots, so a suggestion never proposes what the board would refuse.

A start is offered only when the technician can be there: they leave the previous visit when
it ends, or the start of their day (home, else the station) when the shift starts, never
before `not_before` (now) nor during an absence, and drive by the station's travel model
(UNKNOWN_TRAVEL minutes when a place has no location); from the slot they must still reach the
next visit in time. When the job has a requested window, a start inside it is looked for
first; a technician who can only come outside it is blocked by that rule, with the slot and
the reason.

Ranking: technicians who can take the job (qualified, certificate valid that day, a reachable
free slot inside the shift and the window, under the daily maximum) come first, by score;
then those who are qualified but cannot fit that day; then those who are not qualified. Each
group is ordered by score, then earliest slot, then code. The score (higher is better) is
    100 - travel minutes from the previous stop (or the day's start) - LOAD_WEIGHT x jobs
and only orders the list: the reasons say in words what it weighs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.scheduling import reasons
from app.scheduling.reasons import HOME, Reason, ReasonKind
from app.scheduling.rules import (
    CERT_FOR_SKILL,
    Busy,
    Rule,
    Slot,
    TechnicianFacts,
    Violation,
    Window,
    check,
    window_violation,
    within,
)
from app.scheduling.travel import LatLon, TravelModel, distance_km
from app.texts import Text

__all__ = ["Candidate", "Group", "JobNeeds", "Reason", "ReasonKind", "Suggestion", "suggest"]

GRID = dt.timedelta(minutes=5)  # proposed starts fall on 5-minute marks
LOAD_WEIGHT = 10.0  # score points per job already booked that day
UNKNOWN_TRAVEL = 30  # minutes assumed when the site or the previous stop has no coordinates
BASE_SCORE = 100.0
QUALIFICATION = frozenset({Rule.MISSING_SKILL, Rule.CERTIFICATION_MISSING,
                           Rule.CERTIFICATION_EXPIRED})
TIMING = frozenset({Rule.OUTSIDE_SHIFT, Rule.ABSENCE, Rule.OVERLAP})


class Group(StrEnum):
    AVAILABLE = "available"  # may be assigned as proposed
    BLOCKED = "blocked"  # qualified, but that day does not fit (shift, absence, full, window)
    UNQUALIFIED = "unqualified"  # lacks a skill or a valid certificate


_GROUP_RANK = {Group.AVAILABLE: 0, Group.BLOCKED: 1, Group.UNQUALIFIED: 2}


@dataclass(frozen=True)
class JobNeeds:
    job_id: str
    required_skills: frozenset[str]
    minutes: int  # the estimated length of the visit
    lat: float | None = None
    lon: float | None = None
    window: Window | None = None  # the customer's requested window (aware datetimes)

    @property
    def site(self) -> LatLon:
        return self.lat, self.lon


@dataclass(frozen=True)
class Candidate:
    """A technician as the suggestion sees them: rule facts (busy = appointments around the
    day, any technician's own visits to this job are ignored), where their day starts (their
    home, else the station: `base` says which) and the sites visited."""

    facts: TechnicianFacts
    code: str = ""
    home: LatLon | None = None
    places: Mapping[str, LatLon] = field(default_factory=dict)  # job id -> site
    base: str = HOME  # reasons.HOME or reasons.STATION


@dataclass(frozen=True, slots=True)
class Suggestion:
    technician_id: str
    code: str
    name: str
    group: Group
    score: float  # orders the list; `sentences` say why
    slot_start: dt.datetime | None  # aware UTC; may be set for a blocked (daily maximum) one
    slot_end: dt.datetime | None
    reasons: tuple[Reason, ...]
    violations: tuple[Violation, ...]

    @property
    def available(self) -> bool:
        return self.group is Group.AVAILABLE

    @property
    def sentences(self) -> tuple[Text, ...]:
        """Everything the ranking weighed, in words: the reasons, then the broken rules."""
        return (*(r.text for r in self.reasons), *(v.text for v in self.violations))


@dataclass(frozen=True)
class _Day:
    tz: ZoneInfo
    day: dt.date
    not_before: dt.datetime | None

    def at(self, t: dt.time) -> dt.datetime:
        return dt.datetime.combine(self.day, t, tzinfo=self.tz)


@dataclass(frozen=True)
class _Leg:
    """The drive to the site: from where, leaving when, how long (None: unknown)."""

    origin: str
    start: LatLon | None
    leaves: dt.datetime
    minutes: int | None

    @property
    def allowed(self) -> int:
        return UNKNOWN_TRAVEL if self.minutes is None else self.minutes


def _round_up(t: dt.datetime) -> dt.datetime:
    """Up to the next 5-minute mark of local wall time (what a dispatcher reads)."""
    floor = t.replace(minute=t.minute - t.minute % 5, second=0, microsecond=0)
    return floor if floor == t else floor + GRID


@dataclass
class _Plan:
    """One technician's day as the slot search sees it, with the drives to the site found so
    far (a day has few places: the start and each visit)."""

    c: Candidate
    job: JobNeeds
    d: _Day
    busy: list[Busy]  # that day's other visits, by start
    travel: TravelModel
    drives: dict[LatLon | None, int | None] = field(default_factory=dict)

    def drive(self, place: LatLon | None) -> int | None:
        if place not in self.drives:
            self.drives[place] = self.travel.minutes(place, self.job.site)
        return self.drives[place]


def _day_busy(c: Candidate, job: JobNeeds, d: _Day) -> list[Busy]:
    return sorted((b for b in c.facts.busy
                   if b.job_id != job.job_id and b.start.astimezone(d.tz).date() == d.day),
                  key=lambda b: b.start)


def _leg(p: _Plan, shift_start: dt.datetime, t: dt.datetime) -> _Leg:
    """The drive that ends at a visit starting at `t`: from the visit before it, or from the
    day's start at the shift start; not leaving before now nor during an absence."""
    before = [b for b in p.busy if b.end <= t]
    if before:
        prev = before[-1]
        origin, place, leaves = prev.label or prev.job_id, p.c.places.get(prev.job_id), prev.end
    else:
        origin, place, leaves = p.c.base, p.c.home, shift_start
    if p.d.not_before is not None:
        leaves = max(leaves, p.d.not_before)
    for a_start, a_end, _ in p.c.facts.absences:
        if a_start < t and a_end > leaves:
            leaves = a_end
    return _Leg(origin, place, leaves.astimezone(p.d.tz), p.drive(place))


def _reachable(p: _Plan, shift_start: dt.datetime, t: dt.datetime) -> dt.datetime:
    """The earliest start at or after `t` the technician can drive to."""
    for _ in range(len(p.busy) + len(p.c.facts.absences) + 2):
        leg = _leg(p, shift_start, t)
        arrival = _round_up(leg.leaves + dt.timedelta(minutes=leg.allowed))
        if arrival <= t:
            break
        t = arrival
    return t


def _next_fits(p: _Plan, slot: Slot) -> bool:
    """There is time to drive on from the slot to the visit after it."""
    after = next((b for b in p.busy if b.start >= slot.end), None)
    if after is None:
        return True
    go = p.travel.minutes(p.job.site, p.c.places.get(after.job_id))
    go = UNKNOWN_TRAVEL if go is None else go
    return slot.end + dt.timedelta(minutes=go) <= after.start


def _candidate_starts(p: _Plan, window: Window | None) -> list[dt.datetime]:
    """Points a slot may begin at (before the drive): each visit's end, each absence's end,
    now and the window's start."""
    points = [b.end for b in p.busy] + [a_end for _, a_end, _ in p.c.facts.absences]
    points += [p.d.not_before] if p.d.not_before else []
    points += [window[0]] if window else []
    return sorted({_round_up(x.astimezone(p.d.tz)) for x in points})


def _first_slot(p: _Plan, window: Window | None) -> tuple[Slot | None, list[Violation]]:
    """The earliest reachable slot breaking no timing rule (inside `window` when given), or
    None and why the first try failed."""
    length = dt.timedelta(minutes=p.job.minutes)
    first_failure: list[Violation] = []
    for weekday, s_start, s_end in p.c.facts.shifts:
        if weekday != p.d.day.weekday():
            continue
        shift_start, last = p.d.at(s_start), p.d.at(s_end) - length
        if window is not None and (window[0] > last or window[1] < shift_start):
            continue  # the window misses this shift
        seen: set[dt.datetime] = set()
        for point in [shift_start, *_candidate_starts(p, window)]:
            if window is not None and point > window[1]:
                break  # every later start arrives too late as well
            t = _reachable(p, shift_start, max(point, shift_start))
            if t > last or t in seen or not within(window, t):
                continue
            seen.add(t)
            slot = Slot(p.job.job_id, p.job.required_skills, t, t + length)
            broken = [v for v in check(p.c.facts, slot, p.d.tz) if v.rule in TIMING]
            if not broken and _next_fits(p, slot):
                return slot, []
            first_failure = first_failure or broken
    return None, first_failure


def _slot(p: _Plan) -> tuple[Slot | None, list[Violation]]:
    """The earliest slot inside the requested window; else the earliest outside it, which
    breaks the window rule."""
    window = p.job.window
    inside = _first_slot(p, window)
    if inside[0] is not None or window is None:
        return inside
    slot, failure = _first_slot(p, None)
    if slot is None:
        return None, failure or inside[1]
    return slot, [window_violation(window, p.d.tz)]


def _probe(c: Candidate, job: JobNeeds, d: _Day) -> list[Violation]:
    """The slot-independent rules (skills, certificates, daily maximum), tried at noon."""
    noon = d.at(dt.time(12))
    slot = Slot(job.job_id, job.required_skills, noon, noon + dt.timedelta(minutes=job.minutes))
    return [v for v in check(c.facts, slot, d.tz) if v.rule not in TIMING]


def _no_time(c: Candidate, job: JobNeeds, d: _Day) -> Violation:
    """Why no start was even tried: no shift that weekday, or none long enough after now."""
    if not any(weekday == d.day.weekday() for weekday, _, _ in c.facts.shifts):
        return Violation(Rule.OUTSIDE_SHIFT, Text("{name} has no shift on {day}.",
                                                  {"name": c.facts.name, "day": d.day}))
    return Violation(Rule.OUTSIDE_SHIFT, Text(
        "{name}'s shift has no {minutes} minutes left that day.",
        {"name": c.facts.name, "minutes": job.minutes}))


def _qualification_reasons(c: Candidate, job: JobNeeds) -> list[Reason]:
    out = [reasons.qualified(job.required_skills)]
    for skill in sorted(job.required_skills & set(CERT_FOR_SKILL)):
        kind = CERT_FOR_SKILL[skill]
        expiries = [exp for k, exp in c.facts.certifications if k == kind]
        if expiries:
            out.append(reasons.certified(kind, max(expiries)))
    return out


def _timing_reasons(p: _Plan, slot: Slot | None) -> tuple[list[Reason], int]:
    """Arrival, the drive there, the window; and the travel minutes that score."""
    job, d = p.job, p.d
    if slot is None:
        leg = _Leg(p.c.base, p.c.home, d.at(dt.time()), p.drive(p.c.home))
        out = [reasons.no_time(job.minutes)]
    else:
        shift_start = max((d.at(s) for w, s, _ in p.c.facts.shifts
                           if w == d.day.weekday() and d.at(s) <= slot.start), default=slot.start)
        leg = _leg(p, shift_start, slot.start)
        out = [reasons.arrives(slot.start, job.minutes, d.tz)]
    out.append(reasons.distance(leg.origin, distance_km(leg.start, job.site), leg.minutes,
                                UNKNOWN_TRAVEL))
    if slot is not None and job.window is not None:
        out.append(reasons.window(within(job.window, slot.start), *job.window, d.tz))
    return out, leg.allowed


def _one(c: Candidate, job: JobNeeds, d: _Day, travel: TravelModel) -> Suggestion:
    p = _Plan(c, job, d, _day_busy(c, job, d), travel)
    static = _probe(c, job, d)
    unqualified = [v for v in static if v.rule in QUALIFICATION]
    slot, timing = (None, []) if unqualified else _slot(p)
    if slot is None and not unqualified and not timing:
        timing = [_no_time(c, job, d)]
    found = [] if unqualified else _qualification_reasons(c, job)
    said, drive = _timing_reasons(p, slot)
    if unqualified:
        said = said[1:]  # no slot was looked for: only the distance
    count = len({b.job_id for b in p.busy})
    found += [*said, reasons.load(count, c.facts.max_jobs_per_day)]
    violations = [*static, *timing]
    group = (Group.UNQUALIFIED if unqualified else
             Group.BLOCKED if violations else Group.AVAILABLE)
    return Suggestion(
        c.facts.id, c.code, c.facts.name, group, BASE_SCORE - drive - LOAD_WEIGHT * count,
        None if slot is None else slot.start.astimezone(dt.UTC),
        None if slot is None else slot.end.astimezone(dt.UTC), tuple(found), tuple(violations))


def _key(s: Suggestion) -> tuple[int, float, dt.datetime, str]:
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return _GROUP_RANK[s.group], -s.score, s.slot_start or far, s.code


def suggest(
    job: JobNeeds, day: dt.date, tz: ZoneInfo, candidates: Sequence[Candidate],
    travel: TravelModel | None = None, not_before: dt.datetime | None = None,
) -> list[Suggestion]:
    """Every candidate ranked for `job` on the local `day`; no slot starts before `not_before`
    nor before the technician can get there."""
    if not_before is not None and not_before.tzinfo is None:
        raise ValueError("not_before must be timezone-aware")
    d = _Day(tz, day, not_before)
    model = travel or TravelModel()
    return sorted((_one(c, job, d, model) for c in candidates), key=_key)
