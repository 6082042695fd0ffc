"""Suggest technicians for a job on one day: a ranked list with the reason for each place.

Pure: it sees plain facts (rules.TechnicianFacts with the day's appointments as `busy`, the
technician's home and the sites of those appointments) and reuses `rules.check` to test slots,
so a suggestion never proposes what the board would refuse.

Ranking: technicians who can take the job (qualified, certificate valid that day, a free slot
inside the shift, under the daily maximum) come first, by score; then those who are qualified
but cannot fit that day; then those who are not qualified. Each group is ordered by score,
then earliest slot, then code. The score (higher is better) is
    100 - travel minutes from the previous stop (or home) - LOAD_WEIGHT x jobs already that day
with UNKNOWN_TRAVEL minutes counted when a coordinate is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.scheduling.rules import CERT_FOR_SKILL, Busy, Rule, Slot, TechnicianFacts, Violation, check
from app.scheduling.travel import LatLon, TravelModel, distance_km
from app.texts import Text

GRID = dt.timedelta(minutes=5)  # proposed starts fall on 5-minute marks
LOAD_WEIGHT = 10.0  # score points per job already booked that day
UNKNOWN_TRAVEL = 30  # minutes assumed when the site or the previous stop has no coordinates
BASE_SCORE = 100.0
QUALIFICATION = frozenset({Rule.MISSING_SKILL, Rule.CERTIFICATION_MISSING,
                           Rule.CERTIFICATION_EXPIRED})
TIMING = frozenset({Rule.OUTSIDE_SHIFT, Rule.ABSENCE, Rule.OVERLAP})


class ReasonKind(StrEnum):
    QUALIFIED = "qualified"  # has every required skill (name: the skills, comma-separated)
    CERTIFICATION_VALID = "certification_valid"  # name: kind, day: expires on
    FREE_SLOT = "free_slot"  # when: slot start, minutes: the job's length
    NO_FREE_SLOT = "no_free_slot"  # no slot of the job's length fits the shift that day
    DISTANCE = "distance"  # km, minutes; name: "home" or the previous job's label
    LOAD = "load"  # count: jobs that day before this one, maximum: the daily maximum


class Group(StrEnum):
    AVAILABLE = "available"  # may be assigned as proposed
    BLOCKED = "blocked"  # qualified, but that day does not fit (shift, absence, full)
    UNQUALIFIED = "unqualified"  # lacks a skill or a valid certificate


_GROUP_RANK = {Group.AVAILABLE: 0, Group.BLOCKED: 1, Group.UNQUALIFIED: 2}


@dataclass(frozen=True, slots=True)
class Reason:
    """One structured reason: the UI words it from `kind` and the numbers."""

    kind: ReasonKind
    name: str = ""
    km: float | None = None
    minutes: int | None = None
    count: int | None = None
    maximum: int | None = None
    when: dt.datetime | None = None
    day: dt.date | None = None


@dataclass(frozen=True)
class JobNeeds:
    job_id: str
    required_skills: frozenset[str]
    minutes: int  # the estimated length of the visit
    lat: float | None = None
    lon: float | None = None

    @property
    def site(self) -> LatLon:
        return self.lat, self.lon


@dataclass(frozen=True)
class Candidate:
    """A technician as the suggestion sees them: rule facts (busy = appointments around the
    day, any technician's own visits to this job are ignored), home and the sites visited."""

    facts: TechnicianFacts
    code: str = ""
    home: LatLon | None = None
    places: Mapping[str, LatLon] = field(default_factory=dict)  # job id -> site


@dataclass(frozen=True, slots=True)
class Suggestion:
    technician_id: str
    code: str
    name: str
    group: Group
    score: float
    slot_start: dt.datetime | None  # aware UTC; may be set for a blocked (daily maximum) one
    slot_end: dt.datetime | None
    reasons: tuple[Reason, ...]
    violations: tuple[Violation, ...]

    @property
    def available(self) -> bool:
        return self.group is Group.AVAILABLE


@dataclass(frozen=True)
class _Day:
    tz: ZoneInfo
    day: dt.date
    not_before: dt.datetime | None

    def at(self, t: dt.time) -> dt.datetime:
        return dt.datetime.combine(self.day, t, tzinfo=self.tz)


def _round_up(t: dt.datetime) -> dt.datetime:
    """Up to the next 5-minute mark of local wall time (what a dispatcher reads)."""
    floor = t.replace(minute=t.minute - t.minute % 5, second=0, microsecond=0)
    return floor if floor == t else floor + GRID


def _day_busy(c: Candidate, job: JobNeeds, d: _Day) -> list[Busy]:
    return sorted((b for b in c.facts.busy
                   if b.job_id != job.job_id and b.start.astimezone(d.tz).date() == d.day),
                  key=lambda b: b.start)


def _drive_from(c: Candidate, b: Busy, job: JobNeeds, travel: TravelModel) -> int | None:
    return travel.minutes(c.places.get(b.job_id), job.site)


def _starts(c: Candidate, job: JobNeeds, d: _Day, busy: list[Busy],
            travel: TravelModel) -> list[dt.datetime]:
    """Where a slot may begin: shift starts, after each visit plus the drive, after absences."""
    length = dt.timedelta(minutes=job.minutes)
    out: set[dt.datetime] = set()
    for weekday, s_start, s_end in c.facts.shifts:
        if weekday != d.day.weekday():
            continue
        first, last = d.at(s_start), d.at(s_end) - length
        points: Iterable[dt.datetime] = [
            first,
            *(b.end + dt.timedelta(minutes=_drive_from(c, b, job, travel) or 0) for b in busy),
            *(a_end for _, a_end, _ in c.facts.absences),
            *([d.not_before] if d.not_before else []),
        ]
        for p in points:
            t = _round_up(max(p.astimezone(d.tz), first))
            if t <= last and (d.not_before is None or t >= d.not_before):
                out.add(t)
    return sorted(out)


def _drives_fit(c: Candidate, job: JobNeeds, slot: Slot, busy: list[Busy],
                travel: TravelModel) -> bool:
    """There is time to drive from the visit before the slot and on to the visit after it."""
    before = [b for b in busy if b.end <= slot.start]
    if before:
        come = _drive_from(c, before[-1], job, travel)
        if come is not None and before[-1].end + dt.timedelta(minutes=come) > slot.start:
            return False
    after = [b for b in busy if b.start >= slot.end]
    if after:
        go = travel.minutes(job.site, c.places.get(after[0].job_id))
        if go is not None and slot.end + dt.timedelta(minutes=go) > after[0].start:
            return False
    return True


def _slot(c: Candidate, job: JobNeeds, d: _Day, busy: list[Busy], travel: TravelModel
          ) -> tuple[Slot | None, list[Violation]]:
    """The earliest slot that breaks no timing rule, or None and why the first try failed."""
    first_failure: list[Violation] = []
    for t in _starts(c, job, d, busy, travel):
        slot = Slot(job.job_id, job.required_skills, t, t + dt.timedelta(minutes=job.minutes))
        broken = [v for v in check(c.facts, slot, d.tz) if v.rule in TIMING]
        if not broken and _drives_fit(c, job, slot, busy, travel):
            return slot, []
        first_failure = first_failure or broken
    return None, first_failure


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
    out = [Reason(ReasonKind.QUALIFIED, name=",".join(sorted(job.required_skills)))]
    for skill in sorted(job.required_skills & set(CERT_FOR_SKILL)):
        kind = CERT_FOR_SKILL[skill]
        expiries = [exp for k, exp in c.facts.certifications if k == kind]
        if expiries:
            out.append(Reason(ReasonKind.CERTIFICATION_VALID, name=str(kind), day=max(expiries)))
    return out


def _distance(c: Candidate, job: JobNeeds, busy: list[Busy], slot: Slot | None,
              travel: TravelModel) -> tuple[Reason, int]:
    """From the visit before the slot (or home) to the site; the minutes that score."""
    before = [b for b in busy if slot is not None and b.end <= slot.start]
    prev = before[-1] if before else None
    origin = c.home if prev is None else c.places.get(prev.job_id)
    km = distance_km(origin, job.site)
    minutes = None if km is None else travel.minutes_for_km(km)
    name = "home" if prev is None else (prev.label or prev.job_id)
    reason = Reason(ReasonKind.DISTANCE, name=name,
                    km=None if km is None else round(km, 1), minutes=minutes)
    return reason, UNKNOWN_TRAVEL if minutes is None else minutes


def _one(c: Candidate, job: JobNeeds, d: _Day, travel: TravelModel) -> Suggestion:
    busy = _day_busy(c, job, d)
    static = _probe(c, job, d)
    unqualified = [v for v in static if v.rule in QUALIFICATION]
    slot, timing = (None, []) if unqualified else _slot(c, job, d, busy, travel)
    if slot is None and not unqualified and not timing:
        timing = [_no_time(c, job, d)]
    reasons = [] if unqualified else _qualification_reasons(c, job)
    if slot is not None:
        reasons.append(Reason(ReasonKind.FREE_SLOT, when=slot.start.astimezone(dt.UTC),
                              minutes=job.minutes))
    elif not unqualified:
        reasons.append(Reason(ReasonKind.NO_FREE_SLOT, minutes=job.minutes))
    distance, drive = _distance(c, job, busy, slot, travel)
    load = len({b.job_id for b in busy})
    reasons += [distance, Reason(ReasonKind.LOAD, count=load, maximum=c.facts.max_jobs_per_day)]
    violations = [*static, *timing]
    if unqualified:
        group = Group.UNQUALIFIED
    elif violations:
        group = Group.BLOCKED
    else:
        group = Group.AVAILABLE
    return Suggestion(
        c.facts.id, c.code, c.facts.name, group, BASE_SCORE - drive - LOAD_WEIGHT * load,
        None if slot is None else slot.start.astimezone(dt.UTC),
        None if slot is None else slot.end.astimezone(dt.UTC), tuple(reasons), tuple(violations))


def _key(s: Suggestion) -> tuple[int, float, dt.datetime, str]:
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return _GROUP_RANK[s.group], -s.score, s.slot_start or far, s.code


def suggest(
    job: JobNeeds, day: dt.date, tz: ZoneInfo, candidates: Sequence[Candidate],
    travel: TravelModel | None = None, not_before: dt.datetime | None = None,
) -> list[Suggestion]:
    """Every candidate ranked for `job` on the local `day`; no slot starts before `not_before`."""
    if not_before is not None and not_before.tzinfo is None:
        raise ValueError("not_before must be timezone-aware")
    d = _Day(tz, day, not_before)
    model = travel or TravelModel()
    return sorted((_one(c, job, d, model) for c in candidates), key=_key)

