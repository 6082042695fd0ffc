"""Why a technician ranks where they do for a job: each reason as data and as one sentence.

The suggestion's score orders the list; these sentences explain it to the dispatcher (the UI
translates each `Reason.text`): when the technician arrives, from where and how far, whether
that is inside the customer's requested window, and how full the day already is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.models.enums import CertKind, Skill
from app.texts import Text

HOME, STATION = "home", "station"  # where a day starts, as Reason.name of a distance


class ReasonKind(StrEnum):
    QUALIFIED = "qualified"  # has every required skill (name: the skills, comma-separated)
    CERTIFICATION_VALID = "certification_valid"  # name: kind, day: expires on
    FREE_SLOT = "free_slot"  # when: slot start, minutes: the job's length
    NO_FREE_SLOT = "no_free_slot"  # no reachable slot of the job's length fits the shift
    DISTANCE = "distance"  # km, minutes; name: "home", "station" or the previous job's label
    WINDOW = "window"  # count: 1 inside the customer's requested window, 0 outside
    LOAD = "load"  # count: jobs that day before this one, maximum: the daily maximum


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason: its sentence for the dispatcher, and the numbers it says."""

    kind: ReasonKind
    text: Text
    name: str = ""
    km: float | None = None
    minutes: int | None = None
    count: int | None = None
    maximum: int | None = None
    when: dt.datetime | None = None
    day: dt.date | None = None


def _skills(codes: list[str]) -> object:
    """Known skills as the vocabulary names them (translated by the UI), else plain codes."""
    known = Skill._value2member_map_
    if all(code in known for code in codes):
        return [Skill(code) for code in codes]
    return ", ".join(codes)


def qualified(skills: frozenset[str]) -> Reason:
    codes = sorted(skills)
    if not codes:
        return Reason(ReasonKind.QUALIFIED, Text("No particular skill is needed."))
    return Reason(ReasonKind.QUALIFIED, Text("Has the skills needed: {skills}.",
                                             {"skills": _skills(codes)}), name=",".join(codes))


def certified(kind: CertKind, expires: dt.date) -> Reason:
    return Reason(ReasonKind.CERTIFICATION_VALID, Text(
        "{kind} certificate valid until {day}.", {"kind": kind, "day": expires.isoformat()}),
        name=str(kind), day=expires)


def arrives(start: dt.datetime, minutes: int, tz: dt.tzinfo) -> Reason:
    return Reason(ReasonKind.FREE_SLOT, Text("Arrives at {time:%H:%M}.",
                                             {"time": start.astimezone(tz)}),
                  when=start.astimezone(dt.UTC), minutes=minutes)


def no_time(minutes: int) -> Reason:
    return Reason(ReasonKind.NO_FREE_SLOT, Text(
        "No time that day for a {minutes}-minute visit the technician can reach.",
        {"minutes": minutes}), minutes=minutes)


def distance(origin: str, km: float | None, minutes: int | None, assumed: int) -> Reason:
    """The drive from `origin` (HOME, STATION or the previous visit's job number)."""
    if km is None or minutes is None:
        text = Text("The travel time is unknown (a place has no location): {minutes} min "
                    "allowed.", {"minutes": assumed})
        return Reason(ReasonKind.DISTANCE, text, name=origin)
    fields = {"minutes": minutes, "km": round(km, 1), "job": origin}
    if origin == HOME:
        text = Text("{minutes} min ({km:.1f} km) from home.", fields)
    elif origin == STATION:
        text = Text("{minutes} min ({km:.1f} km) from the station.", fields)
    else:
        text = Text("{minutes} min ({km:.1f} km) from the previous visit, {job}.", fields)
    return Reason(ReasonKind.DISTANCE, text, name=origin, km=round(km, 1), minutes=minutes)


def window(inside: bool, start: dt.datetime, end: dt.datetime, tz: dt.tzinfo) -> Reason:
    fields = {"start": start.astimezone(tz), "end": end.astimezone(tz)}
    if inside:
        text = Text("Within the customer's requested window, {start:%m-%d %H:%M} to "
                    "{end:%m-%d %H:%M}.", fields)
    else:
        text = Text("Outside the customer's requested window, {start:%m-%d %H:%M} to "
                    "{end:%m-%d %H:%M}.", fields)
    return Reason(ReasonKind.WINDOW, text, count=int(inside))


def load(count: int, maximum: int) -> Reason:
    fields = {"count": count, "maximum": maximum}
    if count == 0:
        text = Text("No other job that day (at most {maximum}).", fields)
    elif count == 1:
        text = Text("1 job already that day (at most {maximum}).", fields)
    else:
        text = Text("{count} jobs already that day (at most {maximum}).", fields)
    return Reason(ReasonKind.LOAD, text, count=count, maximum=maximum)
