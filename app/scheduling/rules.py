"""The assignment rules: pure functions of plain facts, so the board can ask before a drop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.errors import DomainError
from app.models.enums import CertKind, Skill
from app.texts import Text

# A skill that needs a valid operator certificate on the day of the work.
CERT_FOR_SKILL: dict[str, CertKind] = {
    Skill.REFRIGERANT: CertKind.REFRIGERATION,
    Skill.HEIGHT: CertKind.HEIGHT,
    Skill.ELECTRICAL: CertKind.ELECTRICIAN,
}


class Rule(StrEnum):
    MISSING_SKILL = "missing_skill"
    CERTIFICATION_MISSING = "certification_missing"
    CERTIFICATION_EXPIRED = "certification_expired"
    OUTSIDE_SHIFT = "outside_shift"
    ABSENCE = "absence"
    OVERLAP = "overlap"
    DAILY_MAXIMUM = "daily_maximum"
    REQUESTED_WINDOW = "requested_window"


@dataclass(frozen=True)
class Violation:
    rule: Rule
    text: Text  # the sentence naming who and what, translated by the UI

    def __str__(self) -> str:
        return self.text.render()


class RuleViolationError(DomainError):
    """An appointment breaks scheduling rules; `violations` names each one. (Here, beside the
    rules, not in `app.errors`: the bottom layer knows nothing of scheduling.)"""

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = list(violations)
        super().__init__(Text("{violations}", {"violations": [v.text for v in violations]}))


@dataclass(frozen=True)
class Busy:
    """Another appointment of the technician."""

    job_id: str
    start: dt.datetime
    end: dt.datetime
    label: str = ""


@dataclass(frozen=True)
class TechnicianFacts:
    id: str
    name: str
    skills: frozenset[str]
    certifications: tuple[tuple[str, dt.date], ...]  # (kind, expires_on)
    shifts: tuple[tuple[int, dt.time, dt.time], ...]  # (weekday, start, end), local time
    absences: tuple[tuple[dt.datetime, dt.datetime, str], ...]
    max_jobs_per_day: int
    busy: tuple[Busy, ...] = field(default=())


Window = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class Slot:
    job_id: str
    required_skills: frozenset[str]
    start: dt.datetime
    end: dt.datetime
    window: Window | None = None  # the customer's requested window: the visit starts inside


def within(window: Window | None, start: dt.datetime) -> bool:
    """Does a visit starting at `start` arrive inside the window (its ends included)?"""
    return window is None or window[0] <= start <= window[1]


def _named(skill: str) -> Skill | str:
    """A skill as the vocabulary names it (a code the vocabulary lacks stays as it is)."""
    return Skill(skill) if skill in Skill._value2member_map_ else skill


def _skills(t: TechnicianFacts, slot: Slot, day: dt.date) -> list[Violation]:
    out = [
        Violation(Rule.MISSING_SKILL,
                  Text("{name} lacks the skill {skill}.", {"name": t.name, "skill": _named(skill)}))
        for skill in sorted(slot.required_skills - t.skills)
    ]
    for skill in sorted(slot.required_skills & set(CERT_FOR_SKILL)):
        kind = CERT_FOR_SKILL[skill]
        expiries = [exp for k, exp in t.certifications if k == kind]
        if not expiries:
            out.append(Violation(Rule.CERTIFICATION_MISSING, Text(
                "{name} has no {kind} certificate.", {"name": t.name, "kind": kind})))
        elif max(expiries) < day:
            out.append(Violation(Rule.CERTIFICATION_EXPIRED, Text(
                "{name}'s {kind} certificate expired on {date}.",
                {"name": t.name, "kind": kind, "date": max(expiries).isoformat()})))
    return out


def _shift(t: TechnicianFacts, start: dt.datetime, end: dt.datetime) -> list[Violation]:
    same_day = start.date() == end.date()
    for weekday, s_start, s_end in t.shifts:
        if weekday == start.weekday() and same_day and s_start <= start.time() and (
            end.time() <= s_end
        ):
            return []
    return [Violation(Rule.OUTSIDE_SHIFT, Text(
        "{start:%Y-%m-%d %H:%M}-{end:%H:%M} is outside {name}'s shift.",
        {"start": start, "end": end, "name": t.name}))]


def _absence(t: TechnicianFacts, slot: Slot) -> list[Violation]:
    return [
        Violation(Rule.ABSENCE, Text("{name} is absent at that time ({reason}).",
                                     {"name": t.name, "reason": reason})) if reason else
        Violation(Rule.ABSENCE, Text("{name} is absent at that time.", {"name": t.name}))
        for a_start, a_end, reason in t.absences
        if a_start < slot.end and slot.start < a_end
    ][:1]


def _busy(t: TechnicianFacts, slot: Slot, tz: ZoneInfo) -> list[Violation]:
    others = [b for b in t.busy if b.job_id != slot.job_id]
    out = [
        Violation(Rule.OVERLAP, Text("{name} already has {job} at that time.",
                                     {"name": t.name, "job": b.label})) if b.label else
        Violation(Rule.OVERLAP, Text("{name} already has a job at that time.", {"name": t.name}))
        for b in others
        if b.start < slot.end and slot.start < b.end
    ][:1]
    day = slot.start.astimezone(tz).date()
    jobs_that_day = {b.job_id for b in others if b.start.astimezone(tz).date() == day}
    if len(jobs_that_day) + 1 > t.max_jobs_per_day:
        out.append(Violation(Rule.DAILY_MAXIMUM, Text(
            "{name} would have {count} jobs that day (maximum {maximum}).",
            {"name": t.name, "count": len(jobs_that_day) + 1, "maximum": t.max_jobs_per_day})))
    return out


def window_violation(window: Window, tz: ZoneInfo) -> Violation:
    start, end = window[0].astimezone(tz), window[1].astimezone(tz)
    return Violation(Rule.REQUESTED_WINDOW, Text(
        "The customer asked for a visit starting between {start:%Y-%m-%d %H:%M} and "
        "{end:%Y-%m-%d %H:%M}.", {"start": start, "end": end}))


def _window(slot: Slot, tz: ZoneInfo) -> list[Violation]:
    if slot.window is None or within(slot.window, slot.start):
        return []
    return [window_violation(slot.window, tz)]


def check(t: TechnicianFacts, slot: Slot, tz: ZoneInfo) -> list[Violation]:
    """Every rule the assignment of `slot` to `t` breaks (empty: it may be assigned)."""
    start, end = slot.start.astimezone(tz), slot.end.astimezone(tz)
    return [
        *_skills(t, slot, start.date()),
        *_shift(t, start, end),
        *_absence(t, slot),
        *_busy(t, slot, tz),
        *_window(slot, tz),
    ]
