"""What a demo job is about: its type by season, priority, skills, duration and symptom."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from app.demo import equipment, texts
from app.demo.rand import Weighted, among, between
from app.demo.repairs import CASES, RepairCase
from app.models.enums import JobType, Priority, Skill
from app.services.jobs import DEFAULT_SKILLS

T = JobType


def _types(install: int, repair: int, maintenance: int, inspection: int, relocation: int,
           removal: int) -> Weighted[JobType]:
    return Weighted([(T.INSTALL, install), (T.REPAIR, repair), (T.MAINTENANCE, maintenance),
                     (T.INSPECTION, inspection), (T.RELOCATION, relocation), (T.REMOVAL, removal)])


# Installations dominate the summer, cleaning the spring, repairs the winter (heating faults).
SEASON: dict[int, Weighted[JobType]] = {
    month: mix
    for months, mix in (
        ((6, 7, 8), _types(42, 33, 8, 4, 8, 5)),
        ((3, 4, 5), _types(25, 20, 35, 8, 7, 5)),
        ((9, 10, 11), _types(20, 30, 25, 10, 9, 6)),
        ((12, 1, 2), _types(18, 45, 15, 10, 7, 5)),
    )
    for month in months
}

PRIORITY: Weighted[Priority] = Weighted(
    [(Priority.NORMAL, 68), (Priority.HIGH, 18), (Priority.LOW, 9), (Priority.URGENT, 5)])
HOT_REPAIR_PRIORITY: Weighted[Priority] = Weighted(
    [(Priority.NORMAL, 55), (Priority.HIGH, 25), (Priority.LOW, 5), (Priority.URGENT, 15)])
HEIGHT_SHARE = {T.INSTALL: 0.18, T.RELOCATION: 0.18, T.REMOVAL: 0.18, T.REPAIR: 0.06}
MINUTES: dict[JobType, tuple[int, ...]] = {
    T.REPAIR: (60, 60, 90, 90, 120), T.MAINTENANCE: (60, 60, 90), T.INSPECTION: (45, 60),
    T.RELOCATION: (180, 210, 240), T.REMOVAL: (60, 90),
}
INSTALL_MINUTES = {2.6: 120, 3.5: 150, 5.0: 180, 7.2: 180, 12.0: 240}
LEAD_DAYS: dict[JobType, tuple[int, int]] = {
    T.INSTALL: (1, 7), T.REPAIR: (0, 2), T.MAINTENANCE: (2, 10), T.INSPECTION: (1, 5),
    T.RELOCATION: (2, 10), T.REMOVAL: (1, 7),
}
SYMPTOMS: dict[JobType, tuple[str, ...]] = {
    T.MAINTENANCE: texts.MAINTENANCE_SYMPTOMS,
    T.INSPECTION: texts.INSPECTION_SYMPTOMS, T.RELOCATION: texts.RELOCATION_SYMPTOMS,
    T.REMOVAL: texts.REMOVAL_SYMPTOMS, T.INSTALL: texts.INSTALL_SYMPTOMS,
}
DONE_NOTE = dict(zip((T.INSTALL, T.MAINTENANCE, T.INSPECTION, T.RELOCATION, T.REMOVAL),
                     texts.DONE_NOTES, strict=True))


@dataclass(frozen=True)
class WorkOrder:
    job_type: JobType
    priority: Priority
    skills: frozenset[str]
    minutes: int
    symptom: str
    new_unit: dict[str, Any] | None  # the unit being installed (install jobs)
    case: RepairCase | None = None  # what a repair turns out to be


def _new_unit(rng: random.Random, day: dt.date, today: dt.date) -> dict[str, Any]:
    """The unit to install, bought before the customer called (calls come at most 7 days
    before the visit); commissioned when the job is done."""
    purchased = min(day, today) - dt.timedelta(days=between(rng, 8, 20))
    return equipment.unit(rng, purchased, None)


def work_order(rng: random.Random, day: dt.date, today: dt.date) -> WorkOrder:
    """A job the customer could have called about for a visit on `day`."""
    job_type = SEASON[day.month](rng)
    hot = job_type is T.REPAIR and day.month in (7, 8)
    priority = (HOT_REPAIR_PRIORITY if hot else PRIORITY)(rng)
    skills = {str(s) for s in DEFAULT_SKILLS[job_type]}
    case = among(rng, CASES) if job_type is T.REPAIR else None
    symptom = case.symptom if case else among(rng, SYMPTOMS[job_type])
    if rng.random() < HEIGHT_SHARE.get(job_type, 0.0):
        skills.add(Skill.HEIGHT.value)
        symptom += texts.HEIGHT_NOTE
    unit = _new_unit(rng, day, today) if job_type is T.INSTALL else None
    if unit is not None:
        kw = unit["capacity_kw"]
        symptom += f"：{unit['brand']} {equipment.HORSEPOWER[kw]} {unit['model']}"
        minutes = INSTALL_MINUTES[kw]
    else:
        minutes = among(rng, MINUTES[job_type])
    return WorkOrder(job_type, priority, frozenset(skills), minutes, symptom, unit, case)


def resolution(order: WorkOrder) -> str:
    return order.case.resolution if order.case else DONE_NOTE[order.job_type]


def lead_days(rng: random.Random, job_type: JobType) -> int:
    """Days between the customer's call and the visit."""
    return between(rng, *LEAD_DAYS[job_type])
