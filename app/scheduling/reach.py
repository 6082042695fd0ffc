"""Where a technician can be in time: the slot search behind the suggestions.

A visit may start once the technician can be there: they leave the previous visit when it
ends, or the start of their day (home, else the station) when the shift starts, never before
now (`Day.not_before`) nor during an absence, and drive by the station's travel model
(UNKNOWN_TRAVEL minutes when a place has no location); from the slot they must still reach the
next visit in time. Starts fall on 5-minute marks of local time. `find_slot` looks inside the
customer's requested window first; a slot only possible outside it breaks that rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from app.scheduling.reasons import HOME
from app.scheduling.rules import (
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
from app.scheduling.travel import LatLon, TravelModel

GRID = dt.timedelta(minutes=5)  # proposed starts fall on 5-minute marks
UNKNOWN_TRAVEL = 30  # minutes assumed when the site or the previous stop has no coordinates
TIMING = frozenset({Rule.OUTSIDE_SHIFT, Rule.ABSENCE, Rule.OVERLAP})


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


@dataclass(frozen=True)
class Day:
    tz: ZoneInfo
    day: dt.date
    not_before: dt.datetime | None

    def at(self, t: dt.time) -> dt.datetime:
        return dt.datetime.combine(self.day, t, tzinfo=self.tz)


@dataclass(frozen=True)
class Leg:
    """The drive to the site: from where, leaving when, how long (None: unknown)."""

    origin: str
    start: LatLon | None
    leaves: dt.datetime
    minutes: int | None

    @property
    def allowed(self) -> int:
        return UNKNOWN_TRAVEL if self.minutes is None else self.minutes


def round_up(t: dt.datetime) -> dt.datetime:
    """Up to the next 5-minute mark of local wall time (what a dispatcher reads)."""
    floor = t.replace(minute=t.minute - t.minute % 5, second=0, microsecond=0)
    return floor if floor == t else floor + GRID


@dataclass
class Plan:
    """One technician's day as the slot search sees it, with the drives to the site found so
    far (a day has few places: the start and each visit)."""

    c: Candidate
    job: JobNeeds
    d: Day
    busy: list[Busy]  # that day's other visits, by start
    travel: TravelModel
    drives: dict[LatLon | None, int | None] = field(default_factory=dict)

    def drive(self, place: LatLon | None) -> int | None:
        if place not in self.drives:
            self.drives[place] = self.travel.minutes(place, self.job.site)
        return self.drives[place]


def day_busy(c: Candidate, job: JobNeeds, d: Day) -> list[Busy]:
    return sorted((b for b in c.facts.busy
                   if b.job_id != job.job_id and b.start.astimezone(d.tz).date() == d.day),
                  key=lambda b: b.start)


def leg_to(p: Plan, shift_start: dt.datetime, t: dt.datetime) -> Leg:
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
    return Leg(origin, place, leaves.astimezone(p.d.tz), p.drive(place))


def reachable(p: Plan, shift_start: dt.datetime, t: dt.datetime) -> dt.datetime:
    """The earliest start at or after `t` the technician can drive to."""
    for _ in range(len(p.busy) + len(p.c.facts.absences) + 2):
        leg = leg_to(p, shift_start, t)
        arrival = round_up(leg.leaves + dt.timedelta(minutes=leg.allowed))
        if arrival <= t:
            break
        t = arrival
    return t


def next_fits(p: Plan, slot: Slot) -> bool:
    """There is time to drive on from the slot to the visit after it."""
    after = next((b for b in p.busy if b.start >= slot.end), None)
    if after is None:
        return True
    go = p.travel.minutes(p.job.site, p.c.places.get(after.job_id))
    go = UNKNOWN_TRAVEL if go is None else go
    return slot.end + dt.timedelta(minutes=go) <= after.start


def candidate_starts(p: Plan, window: Window | None) -> list[dt.datetime]:
    """Points a slot may begin at (before the drive): each visit's end, each absence's end,
    now and the window's start."""
    points = [b.end for b in p.busy] + [a_end for _, a_end, _ in p.c.facts.absences]
    points += [p.d.not_before] if p.d.not_before else []
    points += [window[0]] if window else []
    return sorted({round_up(x.astimezone(p.d.tz)) for x in points})


def first_slot(p: Plan, window: Window | None) -> tuple[Slot | None, list[Violation]]:
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
        for point in [shift_start, *candidate_starts(p, window)]:
            if window is not None and point > window[1]:
                break  # every later start arrives too late as well
            t = reachable(p, shift_start, max(point, shift_start))
            if t > last or t in seen or not within(window, t):
                continue
            seen.add(t)
            slot = Slot(p.job.job_id, p.job.required_skills, t, t + length)
            broken = [v for v in check(p.c.facts, slot, p.d.tz) if v.rule in TIMING]
            if not broken and next_fits(p, slot):
                return slot, []
            first_failure = first_failure or broken
    return None, first_failure


def find_slot(p: Plan) -> tuple[Slot | None, list[Violation]]:
    """The earliest slot inside the requested window; else the earliest outside it, which
    breaks the window rule."""
    window = p.job.window
    inside = first_slot(p, window)
    if inside[0] is not None or window is None:
        return inside
    slot, failure = first_slot(p, None)
    if slot is None:
        return None, failure or inside[1]
    return slot, [window_violation(window, p.d.tz)]
