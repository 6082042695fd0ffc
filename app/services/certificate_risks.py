"""Booked visits that need a certificate the technician's has expired by the visit's day: the
technicians list flags them, so the dispatcher renews the certificate or moves the visits
before the day comes (the board refuses such a booking; this finds those made before the
certificate ran out, or with a supervisor's override)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from app.db import Database
from app.models import Appointment, Certification, Job
from app.scheduling.rules import CERT_FOR_SKILL
from app.services.appointments import LIVE
from app.services.station import home_station_in


@dataclass(frozen=True, slots=True)
class ExpiredNeed:
    job_number: str
    day: dt.date  # the visit's local day
    kind: str  # the certificate's kind (a CertKind value)
    expired_on: dt.date


def visits_needing_expired(db: Database, now: dt.datetime) -> dict[str, tuple[ExpiredNeed, ...]]:
    """By technician id: their live visits not yet over whose job needs a certificate the
    technician holds but has let expire before the visit's day (soonest first)."""
    with db.session() as s:
        station = home_station_in(s)
        if station is None:
            return {}
        expiries: dict[tuple[str, str], dt.date] = {}
        for tech_id, kind, day in s.execute(
                select(Certification.technician_id, Certification.kind, Certification.expires_on)
                .where(Certification.deleted.is_(False))):
            expiries[tech_id, kind] = max(day, expiries.get((tech_id, kind), day))
        visits = s.execute(
            select(Appointment.technician_id, Appointment.start, Job.number, Job.required_skills)
            .join(Job, Job.id == Appointment.job_id)
            .where(Appointment.deleted.is_(False), Appointment.end > now,
                   Appointment.status.in_([x.value for x in LIVE]))
            .order_by(Appointment.start)).all()
    found: dict[str, list[ExpiredNeed]] = defaultdict(list)
    for tech_id, start, number, skills in visits:
        day = start.astimezone(station.tz).date()
        for kind in sorted({CERT_FOR_SKILL[s].value for s in skills if s in CERT_FOR_SKILL}):
            expired_on = expiries.get((tech_id, kind))
            if expired_on is not None and expired_on < day:
                found[tech_id].append(ExpiredNeed(number, day, kind, expired_on))
    return {tech_id: tuple(needs) for tech_id, needs in found.items()}
