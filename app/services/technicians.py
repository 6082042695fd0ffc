"""Technicians with their certifications, weekly shifts and absences, saved as one form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db import Database
from app.errors import ValidationError
from app.models import Absence, Certification, Shift, Technician
from app.models.base import Synced
from app.models.enums import CertKind, Skill
from app.scheduling.rules import TechnicianFacts
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.children import live_children, replace_children
from app.services.rows import fetch, insert, update
from app.services.sort_keys import sort_key
from app.texts import Text

CODE_RE = re.compile(r"^[A-Z0-9-]{2,16}$")
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class TechnicianInput:
    code: str
    name: str
    phone: str = ""
    team: str = ""
    skills: tuple[str, ...] = ()
    home_address: str = ""
    home_lat: float | None = None
    home_lon: float | None = None
    max_jobs_per_day: int = 6
    colour: str = "#4a90d9"
    active: bool = True

    def checked(self) -> dict[str, object]:
        code = self.code.strip().upper()
        if not CODE_RE.fullmatch(code):
            raise ValidationError("The technician code must be 2 to 16 letters, digits or dashes.")
        for skill in self.skills:
            v.one_of(Skill, skill, Text("skill"))
        v.int_range(self.max_jobs_per_day, 1, 20, Text("maximum jobs per day"))
        if not COLOUR_RE.fullmatch(self.colour):
            raise ValidationError("The colour must look like #4a90d9.")
        _check_home(self.home_lat, self.home_lon)
        values = dataclasses.asdict(self)
        values.update(
            code=code, name=v.required(self.name, Text("technician's name"), Technician.name),
            phone=v.phone(self.phone) if self.phone.strip() else "",
            team=v.text(self.team, Text("team"), Technician.team),
            home_address=v.text(self.home_address, Text("home address"), Technician.home_address),
            skills=sorted(set(self.skills)))
        values["sort_key"] = sort_key(str(values["name"]))  # local: never in the outbox
        return values


def _check_home(lat: float | None, lon: float | None) -> None:
    if (lat is None) != (lon is None):
        raise ValidationError("A home base needs both latitude and longitude.")
    if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValidationError("The home base's latitude or longitude is out of range.")


@dataclass(frozen=True)
class CertificationInput:
    kind: str
    number: str
    expires_on: dt.date
    id: str | None = None

    def checked(self) -> dict[str, object]:
        v.one_of(CertKind, self.kind, Text("certificate kind"))
        return {"kind": self.kind,
                "number": v.required(self.number, Text("certificate number"), Certification.number),
                "expires_on": v.day(self.expires_on, Text("certificate expiry date"))}


@dataclass(frozen=True)
class ShiftInput:
    weekday: int
    start: dt.time
    end: dt.time
    id: str | None = None

    def checked(self) -> dict[str, object]:
        v.int_range(self.weekday, 0, 6, Text("weekday"))
        if self.end <= self.start:
            raise ValidationError("A shift must end after it starts (same day).")
        return {"weekday": self.weekday, "start_time": self.start, "end_time": self.end}


@dataclass(frozen=True)
class AbsenceInput:
    start: dt.datetime
    end: dt.datetime
    reason: str = ""
    id: str | None = None

    def checked(self) -> dict[str, object]:
        v.window(self.start, self.end, Text("absence"))
        return {"start": self.start, "end": self.end,
                "reason": v.text(self.reason, Text("reason for the absence"), Absence.reason)}


@dataclass(frozen=True)
class TechnicianForm:
    technician: TechnicianInput
    certifications: tuple[CertificationInput, ...] = ()
    shifts: tuple[ShiftInput, ...] = ()
    absences: tuple[AbsenceInput, ...] = ()


@dataclass(frozen=True)
class TechnicianSummary:
    id: str
    code: str
    name: str
    team: str
    skills: tuple[str, ...]
    max_jobs_per_day: int
    colour: str
    active: bool
    expiring: tuple[tuple[str, dt.date], ...] = field(default=())
    sort_key: str = ""  # of the name: the list sorts names by it (pinyin for Chinese)


def _check_overlapping_shifts(shifts: tuple[ShiftInput, ...]) -> None:
    ordered = sorted(shifts, key=lambda x: (x.weekday, x.start))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.weekday == b.weekday and b.start < a.end:
            raise ValidationError("Two shifts on the same day overlap.")


def save_technician(
    db: Database, actor: Actor, tech_id: str | None, form: TechnicianForm
) -> tuple[str, Changes]:
    """Create (tech_id None) or edit a technician and its lists, in one transaction."""
    with db.session() as s:
        tech_id = save_technician_in(s, actor, tech_id, form)
    return tech_id, Changes.TECHNICIANS | Changes.SCHEDULE


def save_technician_in(s: Session, actor: Actor, tech_id: str | None,
                       form: TechnicianForm) -> str:
    """`save_technician` inside the caller's transaction (an import's)."""
    values = form.technician.checked()
    _check_overlapping_shifts(form.shifts)
    children: list[tuple[type[Synced], InstrumentedAttribute[str], Sequence[Any]]] = [
        (Certification, Certification.technician_id, form.certifications),
        (Shift, Shift.technician_id, form.shifts),
        (Absence, Absence.technician_id, form.absences),
    ]
    wanted = [(m, p, [(x.id, x.checked()) for x in items]) for m, p, items in children]
    clash = s.scalar(select(Technician.id).where(Technician.code == values["code"]))
    if clash and clash != tech_id:
        raise ValidationError("The technician code {code} is taken.", code=values["code"])
    if tech_id is None:
        tech_id = insert(s, actor, Technician(**values)).id
    else:
        update(s, actor, fetch(s, Technician, tech_id, Text("technician")), values)
    for model, parent, rows in wanted:
        replace_children(s, actor, model, parent, tech_id, rows)
    return tech_id


def get_technician(db: Database, tech_id: str) -> TechnicianForm:
    with db.session() as s:
        return get_technician_in(s, tech_id)


def get_technician_in(s: Session, tech_id: str) -> TechnicianForm:
    t = fetch(s, Technician, tech_id, Text("technician"))
    return TechnicianForm(
        TechnicianInput(t.code, t.name, t.phone, t.team, tuple(t.skills), t.home_address,
                        t.home_lat, t.home_lon, t.max_jobs_per_day, t.colour, t.active),
        tuple(CertificationInput(c.kind, c.number, c.expires_on, c.id)
              for c in live_children(s, Certification, Certification.technician_id, t.id)),
        tuple(sorted((ShiftInput(x.weekday, x.start_time, x.end_time, x.id)
                      for x in live_children(s, Shift, Shift.technician_id, t.id)),
                     key=lambda x: (x.weekday, x.start))),
        tuple(sorted((AbsenceInput(a.start, a.end, a.reason, a.id)
                      for a in live_children(s, Absence, Absence.technician_id, t.id)),
                     key=lambda a: a.start)),
    )


def list_technicians(
    db: Database, include_inactive: bool = False, expiring_before: dt.date | None = None,
    by_name: bool = False,
) -> list[TechnicianSummary]:
    """Technicians by code (`by_name`: by name, Chinese names by pinyin); `expiring` lists
    certificates that expire before the given date."""
    with db.session() as s:
        return list_technicians_in(s, include_inactive, expiring_before, by_name)


def list_technicians_in(
    s: Session, include_inactive: bool = False, expiring_before: dt.date | None = None,
    by_name: bool = False,
) -> list[TechnicianSummary]:
    order = (Technician.sort_key, Technician.name, Technician.id) if by_name else (
        Technician.code,)
    q = select(Technician).where(Technician.deleted.is_(False)).order_by(*order)
    if not include_inactive:
        q = q.where(Technician.active.is_(True))
    techs = s.scalars(q).all()
    certs: dict[str, list[tuple[str, dt.date]]] = {}
    if expiring_before is not None:
        for c in s.scalars(select(Certification).where(
                Certification.deleted.is_(False), Certification.expires_on < expiring_before)):
            certs.setdefault(c.technician_id, []).append((c.kind, c.expires_on))
    return [
        TechnicianSummary(t.id, t.code, t.name, t.team, tuple(t.skills), t.max_jobs_per_day,
                          t.colour, t.active, tuple(sorted(certs.get(t.id, []))),
                          t.sort_key)
        for t in techs
    ]


def facts_in(s: Session, tech_id: str) -> TechnicianFacts:
    """What the rule checks need to know of a technician (busy times are added by the caller)."""
    t = fetch(s, Technician, tech_id, Text("technician"))
    if not t.active:
        raise ValidationError("{name} is no longer active.", name=t.name)
    return TechnicianFacts(
        id=t.id, name=t.name, skills=frozenset(t.skills),
        certifications=tuple((c.kind, c.expires_on) for c in
                             live_children(s, Certification, Certification.technician_id, t.id)),
        shifts=tuple((x.weekday, x.start_time, x.end_time) for x in
                     live_children(s, Shift, Shift.technician_id, t.id)),
        absences=tuple((a.start, a.end, a.reason) for a in
                       live_children(s, Absence, Absence.technician_id, t.id)),
        max_jobs_per_day=t.max_jobs_per_day,
    )
