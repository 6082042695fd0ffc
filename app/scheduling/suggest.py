"""Suggest technicians for a job on one day: a ranked list with the reasons for each place.

Pure: it sees plain facts (rules.TechnicianFacts with the day's appointments as `busy`, where
the technician's day starts and the sites of those appointments) and reuses `rules.check` to
test slots, so a suggestion never proposes what the board would refuse.

A start is offered only when the technician can get there in time, inside the customer's
requested window first (`app.scheduling.reach`); a technician who can only come outside the
window is blocked by that rule, with the slot and the reason.

Ranking: technicians who can take the job (qualified, certificate valid that day, a reachable
free slot inside the shift and the window, under the daily maximum) come first, by score;
then those who are qualified but cannot fit that day; then those who are not qualified. Each
group is ordered by score, then earliest slot, then code. The score (higher is better) is
    100 - travel minutes from the previous stop (or the day's start) - LOAD_WEIGHT x jobs
and only orders the list: the reasons say in words what it weighs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.scheduling import reasons
from app.scheduling.reach import (
    TIMING,
    UNKNOWN_TRAVEL,
    Candidate,
    Day,
    JobNeeds,
    Leg,
    Plan,
    day_busy,
    find_slot,
    leg_to,
)
from app.scheduling.reasons import Reason, ReasonKind
from app.scheduling.rules import CERT_FOR_SKILL, Rule, Slot, Violation, check, within
from app.scheduling.travel import TravelModel, distance_km
from app.texts import Text

__all__ = ["Candidate", "Group", "JobNeeds", "Reason", "ReasonKind", "Suggestion", "suggest"]

LOAD_WEIGHT = 10.0  # score points per job already booked that day
BASE_SCORE = 100.0
QUALIFICATION = frozenset({Rule.MISSING_SKILL, Rule.CERTIFICATION_MISSING,
                           Rule.CERTIFICATION_EXPIRED})


class Group(StrEnum):
    AVAILABLE = "available"  # may be assigned as proposed
    BLOCKED = "blocked"  # qualified, but that day does not fit (shift, absence, full, window)
    UNQUALIFIED = "unqualified"  # lacks a skill or a valid certificate


_GROUP_RANK = {Group.AVAILABLE: 0, Group.BLOCKED: 1, Group.UNQUALIFIED: 2}


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


def _probe(c: Candidate, job: JobNeeds, d: Day) -> list[Violation]:
    """The slot-independent rules (skills, certificates, daily maximum), tried at noon."""
    noon = d.at(dt.time(12))
    slot = Slot(job.job_id, job.required_skills, noon, noon + dt.timedelta(minutes=job.minutes))
    return [v for v in check(c.facts, slot, d.tz) if v.rule not in TIMING]


def _no_time(c: Candidate, job: JobNeeds, d: Day) -> Violation:
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


def _timing_reasons(p: Plan, slot: Slot | None) -> tuple[list[Reason], int]:
    """Arrival, the drive there, the window; and the travel minutes that score."""
    job, d = p.job, p.d
    if slot is None:
        leg = Leg(p.c.base, p.c.home, d.at(dt.time()), p.drive(p.c.home))
        out = [reasons.no_time(job.minutes)]
    else:
        shift_start = max((d.at(s) for w, s, _ in p.c.facts.shifts
                           if w == d.day.weekday() and d.at(s) <= slot.start), default=slot.start)
        leg = leg_to(p, shift_start, slot.start)
        out = [reasons.arrives(slot.start, job.minutes, d.tz)]
    out.append(reasons.distance(leg.origin, distance_km(leg.start, job.site), leg.minutes,
                                UNKNOWN_TRAVEL))
    if slot is not None and job.window is not None:
        out.append(reasons.window(within(job.window, slot.start), *job.window, d.tz))
    return out, leg.allowed


def _one(c: Candidate, job: JobNeeds, d: Day, travel: TravelModel) -> Suggestion:
    p = Plan(c, job, d, day_busy(c, job, d), travel)
    static = _probe(c, job, d)
    unqualified = [v for v in static if v.rule in QUALIFICATION]
    slot, timing = (None, []) if unqualified else find_slot(p)
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
    d = Day(tz, day, not_before)
    model = travel or TravelModel()
    return sorted((_one(c, job, d, model) for c in candidates), key=_key)
