"""What a printed job sheet shows, read in one session as plain frozen data (Qt- and PDF-free).

`sheet_data` reads one job; `sheets_data` reads many at once (bulk selects for the rows every
sheet needs), for the day sheets (`day_sheet_data`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from app.checklists.evaluate import Outcome, evaluate, resolve_limits
from app.checklists.schema import TemplateBody
from app.db import Database
from app.errors import NotFoundError
from app.models import (
    Appointment,
    Attachment,
    ChecklistTemplate,
    Customer,
    Equipment,
    Job,
    Signature,
    Site,
    Technician,
)
from app.models.base import Synced, utcnow
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.services.checklist_templates import body_of, latest_for
from app.services.checklists import facts_of, run_of
from app.services.job_lines import Charges, charges_in
from app.services.settings_sections import Logo, Printing
from app.services.signatures import SignerRole, content_hash_in
from app.services.station import StationInfo, home_station_in
from app.services.station_settings import section_in
from app.services.warranty import WarrantyStatus, warranty_status

R = TypeVar("R", bound=Synced)
CHUNK = 500  # ids per IN (...) list
# A template's body is read only when `body_of` has not parsed that version yet.
LAZY_BODY = defer(ChecklistTemplate.body)


@dataclass(frozen=True)
class SheetStation:
    info: StationInfo
    logo: bytes | None
    footer: str = ""  # the station's line at the foot of each page (Settings › Printing)


@dataclass(frozen=True)
class SheetTechnician:
    id: str
    code: str
    name: str
    phone: str


@dataclass(frozen=True)
class SheetVisit:
    technician: SheetTechnician
    start: dt.datetime
    end: dt.datetime
    status: AppointmentStatus
    id: str = ""  # the appointment (the job editor records its arrival and finish)
    arrived_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None


@dataclass(frozen=True)
class SheetEquipment:
    brand: str
    model: str
    indoor_serial: str
    outdoor_serial: str
    refrigerant: str
    capacity_kw: float | None
    warranty_end: dt.date | None
    warranty: WarrantyStatus


@dataclass(frozen=True)
class SheetChecklist:
    template: TemplateBody
    answers: Mapping[str, Any]
    facts: Mapping[str, Any]
    outcome: Outcome
    limits: Mapping[str, tuple[Any, Any]]  # each number item's (min, max) as far as known


@dataclass(frozen=True)
class SheetSignature:
    role: SignerRole
    signer_name: str
    signed_at: dt.datetime
    image: bytes | None
    valid: bool  # False: the job changed after it was given ("amended after signing")


@dataclass(frozen=True)
class SheetData:
    station: SheetStation
    job_id: str
    number: str
    job_type: JobType
    priority: Priority
    status: JobStatus
    symptom: str
    resolution: str
    customer_name: str
    phone: str
    alt_phone: str
    address: str
    access_notes: str
    equipment: SheetEquipment | None
    visits: tuple[SheetVisit, ...]
    checklist: SheetChecklist | None
    charges: Charges
    signatures: tuple[SheetSignature, ...]  # oldest first
    content_hash: str
    printed_at: dt.datetime

    def signature(self, role: SignerRole) -> SheetSignature | None:
        """The latest signature of a role (an earlier one is superseded)."""
        return next((sig for sig in reversed(self.signatures) if sig.role is role), None)

    @property
    def amended(self) -> bool:
        """A standing signature no longer matches the content: the sheet says so."""
        return any(sig is not None and not sig.valid
                   for sig in (self.signature(role) for role in SignerRole))

    @property
    def untouched(self) -> bool:
        """Nothing recorded from the site yet (answers, parts, resolution, signatures): the
        sheet to take there is the blank one, filled on paper."""
        return not (self.signatures or self.charges.lines or self.resolution
                    or (self.checklist and self.checklist.answers))


def _by_id(s: Session, model: type[R], ids: Iterable[str]) -> dict[str, R]:
    wanted, found = sorted(set(ids)), {}
    for n in range(0, len(wanted), CHUNK):
        rows = s.scalars(select(model).where(model.id.in_(wanted[n:n + CHUNK])))
        found.update({row.id: row for row in rows})
    return found


def _station(s: Session) -> SheetStation:
    info = home_station_in(s)
    if info is None:
        raise NotFoundError("This database has no station yet: create one or run `fielddesk demo`.")
    return SheetStation(info, section_in(s, Logo).image, section_in(s, Printing).footer)


def _template(s: Session, job_type: str) -> ChecklistTemplate | None:
    """The newest stored template for a job type, as `latest_for` orders them. `latest_for`
    also stores the bundled templates, but reads their files each time (~100 ms): it is only
    called while no template is stored at all."""
    if s.scalar(select(ChecklistTemplate.id).limit(1)) is None:
        return latest_for(s, job_type)
    return s.scalars(select(ChecklistTemplate).options(LAZY_BODY).where(
        ChecklistTemplate.job_type == job_type, ChecklistTemplate.deleted.is_(False))
        .order_by(ChecklistTemplate.published_at.desc(), ChecklistTemplate.version.desc())
    ).first()


def _checklist(s: Session, job: Job, templates: dict[str, ChecklistTemplate | None]
               ) -> SheetChecklist | None:
    run = run_of(s, job.id)
    if run is not None:
        row: ChecklistTemplate | None = s.get(ChecklistTemplate, run.template_id,
                                              options=[LAZY_BODY])
    else:
        if job.job_type not in templates:
            templates[job.job_type] = _template(s, job.job_type)
        row = templates[job.job_type]
    if row is None:
        return None
    body, facts, answers = body_of(row), facts_of(s, job), dict(run.answers) if run else {}
    return SheetChecklist(body, answers, facts, evaluate(body, answers, facts),
                          resolve_limits(body, answers, facts))


def _equipment(eq: Equipment | None, today: dt.date) -> SheetEquipment | None:
    if eq is None or eq.deleted:
        return None
    return SheetEquipment(eq.brand, eq.model, eq.indoor_serial, eq.outdoor_serial, eq.refrigerant,
                          eq.capacity_kw, eq.warranty_end, warranty_status(eq.warranty_end, today))


def _visits(s: Session, job_ids: Sequence[str]) -> dict[str, list[SheetVisit]]:
    found: dict[str, list[SheetVisit]] = defaultdict(list)
    for n in range(0, len(job_ids), CHUNK):
        rows = s.execute(
            select(Appointment.job_id, Appointment.start, Appointment.end, Appointment.status,
                   Appointment.id, Appointment.actual_start, Appointment.actual_end,
                   Technician.id, Technician.code, Technician.name, Technician.phone)
            .join(Technician, Technician.id == Appointment.technician_id)
            .where(Appointment.job_id.in_(job_ids[n:n + CHUNK]), Appointment.deleted.is_(False),
                   Appointment.status != AppointmentStatus.CANCELLED.value)
            .order_by(Appointment.start))
        for job_id, start, end, status, appt_id, arrived, finished, *tech in rows:
            found[job_id].append(SheetVisit(SheetTechnician(*tech), start, end,
                                            AppointmentStatus(status), appt_id, arrived,
                                            finished))
    return found


def job_visits(db: Database, job_id: str) -> list[SheetVisit]:
    """The job's live visits in time order, with their technicians (the job editor lists them)."""
    with db.session() as s:
        return _visits(s, [job_id])[job_id]


def _signatures(s: Session, job_ids: Sequence[str]) -> dict[str, list[Signature]]:
    found: dict[str, list[Signature]] = defaultdict(list)
    for n in range(0, len(job_ids), CHUNK):
        for sig in s.scalars(select(Signature).where(
                Signature.job_id.in_(job_ids[n:n + CHUNK]), Signature.deleted.is_(False))
                .order_by(Signature.signed_at)):
            found[sig.job_id].append(sig)
    return found


def sheets_data(db: Database, job_ids: Sequence[str], now: dt.datetime | None = None
                ) -> list[SheetData]:
    """The sheets of these jobs (in that order), read in one session."""
    printed_at = now or utcnow()
    with db.session() as s:
        station = _station(s)
        today = printed_at.astimezone(station.info.tz).date()
        jobs = _by_id(s, Job, job_ids)
        if missing := [i for i in job_ids if i not in jobs or jobs[i].deleted]:
            raise NotFoundError("The job {job} does not exist (it may have been deleted).",
                                job=missing[0])
        customers = _by_id(s, Customer, (j.customer_id for j in jobs.values()))
        sites = _by_id(s, Site, (j.site_id for j in jobs.values()))
        units = _by_id(s, Equipment, (j.equipment_id for j in jobs.values() if j.equipment_id))
        ids = list(jobs)
        visits, signed = _visits(s, ids), _signatures(s, ids)
        images = {a.id: a.data for a in _by_id(s, Attachment, (
            sig.image_id for sigs in signed.values() for sig in sigs if sig.image_id)).values()}
        templates: dict[str, ChecklistTemplate | None] = {}
        sheets = []
        for job_id in job_ids:
            job = jobs[job_id]
            customer, site = customers[job.customer_id], sites[job.site_id]
            digest = content_hash_in(s, job)
            sheets.append(SheetData(
                station=station, job_id=job.id, number=job.number, job_type=JobType(job.job_type),
                priority=Priority(job.priority), status=JobStatus(job.status),
                symptom=job.symptom, resolution=job.resolution, customer_name=customer.name,
                phone=customer.phone, alt_phone=customer.alt_phone, address=site.address,
                access_notes=site.access_notes,
                equipment=_equipment(units.get(job.equipment_id or ""), today),
                visits=tuple(visits[job.id]), checklist=_checklist(s, job, templates),
                charges=charges_in(s, job.id),
                signatures=tuple(SheetSignature(
                    SignerRole(sig.role), sig.signer_name, sig.signed_at,
                    images.get(sig.image_id or ""), sig.content_hash == digest)
                    for sig in signed[job.id]),
                content_hash=digest, printed_at=printed_at))
        return sheets


def sheet_data(db: Database, job_id: str, now: dt.datetime | None = None) -> SheetData:
    """Everything the job's sheet shows, read in one session."""
    return sheets_data(db, [job_id], now)[0]

