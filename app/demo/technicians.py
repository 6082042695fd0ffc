"""Technicians: teams, skills, certifications, weekly shifts, absences, home bases, colours."""

from __future__ import annotations

import colorsys
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from app.demo import people, texts
from app.demo.clock import Clock
from app.demo.places import DISTRICT_PICK, random_address
from app.demo.rand import IdMaker, Weighted, among, between
from app.models.enums import CertKind, Skill
from app.services.warranty import add_years

Row = dict[str, Any]
CERT_YEARS = 6  # special operation certificates (特种作业操作证) are valid six years
MON_SAT = (0, 1, 2, 3, 4, 5)
TONES = ((0.62, 0.85), (0.75, 0.66), (0.45, 0.78))  # (saturation, value)


@dataclass(frozen=True)
class Profile:
    kind: str
    team: str  # {d}: the district's short name
    skills: tuple[Skill, ...]
    extra: tuple[Skill, ...]  # each added with a 35 % chance
    max_jobs: tuple[int, int]
    hours: tuple[int, int]  # shift start and end, minutes after local midnight
    days: tuple[int, ...]


SENIOR = Profile("senior", "技术支持组", tuple(Skill), (), (5, 6), (510, 1050), MON_SAT)
PROFILE: Weighted[Profile] = Weighted([
    (Profile("install", "{d}安装队", (Skill.INSTALL, Skill.REFRIGERANT, Skill.HEIGHT,
             Skill.ELECTRICAL), (Skill.MAINTENANCE,), (4, 5), (480, 1080), MON_SAT), 40),
    (Profile("repair", "{d}维修组", (Skill.REPAIR, Skill.REFRIGERANT, Skill.ELECTRICAL,
             Skill.MAINTENANCE), (Skill.HEIGHT, Skill.INSTALL), (5, 7), (510, 1050), MON_SAT), 38),
    (Profile("maintenance", "{d}保养组", (Skill.MAINTENANCE, Skill.REPAIR), (Skill.REFRIGERANT,),
             (6, 8), (540, 1080), MON_SAT), 15),
    (Profile("commercial", "商用空调组", (Skill.COMMERCIAL, Skill.REPAIR, Skill.REFRIGERANT,
             Skill.ELECTRICAL, Skill.INSTALL, Skill.HEIGHT), (), (4, 4), (510, 1050),
             (0, 1, 2, 3, 4)), 7),
])


@dataclass
class TechPlan:
    """What the scheduler needs to know of a technician."""

    id: str
    skills: frozenset[str]
    district: str
    max_jobs: int
    hours: dict[int, tuple[int, int]]  # weekday -> (start, end) minutes, local
    off_days: set[dt.date] = field(default_factory=set)


@dataclass
class Staff:
    plans: list[TechPlan] = field(default_factory=list)
    colours: set[str] = field(default_factory=set)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {
        "technicians": [], "certifications": [], "shifts": [], "absences": []})


def _colour(i: int, used: set[str]) -> str:
    """Well-spread hues (golden-ratio steps) in three tones, so neighbours on the board differ;
    never a colour already `used`."""
    s, v = TONES[(i // 7) % len(TONES)]
    hue = (i * 0.618033988749895) % 1.0
    while True:
        r, g, b = colorsys.hsv_to_rgb(hue, s, v)
        colour = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
        if colour not in used:
            used.add(colour)
            return colour
        v -= 0.013


def _working_days(rng: random.Random, profile: Profile, index: int) -> tuple[int, ...]:
    """Most work Monday to Saturday; about a quarter take a Sunday and rest on a weekday."""
    if profile.days == MON_SAT and index and rng.random() < 0.25:
        return tuple(d for d in range(7) if d != index % 5)
    return profile.days


def _certificates(
    rng: random.Random, new_id: IdMaker, tech_id: str, skills: frozenset[str], id_no: str,
    today: dt.date,
) -> list[Row]:
    kinds = [CertKind.REFRIGERATION, CertKind.ELECTRICIAN]
    if Skill.HEIGHT in skills:
        kinds.append(CertKind.HEIGHT)
    rows = []
    for kind in kinds:
        issued = today - dt.timedelta(days=between(rng, 0, CERT_YEARS * 365 + 120))
        number = (f"苏安特{issued.year}{between(rng, 1, 9999):04d}" if kind is CertKind.HEIGHT
                  else f"T{id_no}")
        rows.append({"id": new_id(), "technician_id": tech_id, "kind": kind.value,
                     "number": number, "expires_on": add_years(issued, CERT_YEARS)})
    return rows


def _absence(rng: random.Random, new_id: IdMaker, clock: Clock, plan: TechPlan) -> Row:
    first = clock.today + dt.timedelta(days=between(rng, -21, 21))
    days = among(rng, (1, 1, 2, 3, 5))
    for k in range(days):
        plan.off_days.add(first + dt.timedelta(days=k))
    return {"id": new_id(), "technician_id": plan.id, "start": clock.utc(first, 0),
            "end": clock.utc(first + dt.timedelta(days=days), 0),
            "reason": among(rng, texts.ABSENCE_REASONS)}


def _technician(rng: random.Random, new_id: IdMaker, clock: Clock, i: int, staff: Staff) -> None:
    profile = SENIOR if i == 0 else PROFILE(rng)
    female = rng.random() < 0.08
    district = DISTRICT_PICK(rng)
    skills = frozenset(str(s) for s in profile.skills) | frozenset(
        str(s) for s in profile.extra if rng.random() < 0.35)
    start, end = profile.hours
    plan = TechPlan(new_id(), skills, district.name, between(rng, *profile.max_jobs),
                    {d: (start, end) for d in _working_days(rng, profile, i)})
    home = random_address(rng, district)
    staff.rows["technicians"].append({
        "id": plan.id, "code": f"T{i + 1:03d}",
        "name": people.person_name(rng, female), "phone": people.mobile(rng),
        "team": profile.team.format(d=district.short), "skills": sorted(skills),
        "home_address": home.text, "home_lat": home.lat, "home_lon": home.lon,
        "max_jobs_per_day": plan.max_jobs, "colour": _colour(i, staff.colours), "active": True,
    })
    for weekday, (s, e) in sorted(plan.hours.items()):
        staff.rows["shifts"].append({
            "id": new_id(), "technician_id": plan.id, "weekday": weekday,
            "start_time": dt.time(s // 60, s % 60), "end_time": dt.time(e // 60, e % 60)})
    region = district.code if rng.random() < 0.6 else among(rng, people.ORIGIN_CODES)
    birth = dt.date(between(rng, 1972, 2001), between(rng, 1, 12), between(rng, 1, 28))
    id_no = people.id_number(rng, region, birth, female)
    staff.rows["certifications"] += _certificates(rng, new_id, plan.id, skills, id_no, clock.today)
    for _ in range(1 if rng.random() < 0.18 else 0):
        staff.rows["absences"].append(_absence(rng, new_id, clock, plan))
    staff.plans.append(plan)


def _date_some_certificates(rng: random.Random, clock: Clock, certs: list[Row]) -> None:
    """Make sure the desk has something to warn about: one expired, one expiring within 30 days."""
    expired, expiring = rng.sample(range(len(certs)), 2)
    certs[expired]["expires_on"] = clock.today - dt.timedelta(days=between(rng, 3, 60))
    certs[expiring]["expires_on"] = clock.today + dt.timedelta(days=between(rng, 3, 27))


def build_staff(rng: random.Random, new_id: IdMaker, clock: Clock, count: int) -> Staff:
    staff = Staff()
    for i in range(count):
        _technician(rng, new_id, clock, i, staff)
    _date_some_certificates(rng, clock, staff.rows["certifications"])
    return staff
