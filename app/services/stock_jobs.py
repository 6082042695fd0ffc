"""Stock and jobs: the parts a job's lines use come out of the van of the technician who did
the visit, and the old parts taken out are brought back for the maker's warranty claim."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Appointment, CatalogueItem, Job, JobLine, OldPart, StockMovement
from app.models.base import utcnow
from app.models.enums import AppointmentStatus
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.children import live_children
from app.services.rows import fetch, insert, update
from app.services.stock import MoveKind, move_in
from app.texts import Text


def visit_technician_in(s: Session, job_id: str) -> str | None:
    """The technician of the job's visit: the latest one that began, else the latest booked
    (None: nobody was sent, the parts come from the station's store)."""
    visits = s.scalars(select(Appointment).where(
        Appointment.job_id == job_id, Appointment.deleted.is_(False),
        Appointment.status != AppointmentStatus.CANCELLED.value)).all()
    if not visits:
        return None
    started = [a for a in visits if a.actual_start is not None]
    latest = max(started or visits, key=lambda a: (a.actual_start or a.start, a.id))
    return latest.technician_id


def _stocked_parts(s: Session, job_id: str) -> dict[str, Decimal]:
    """Item -> quantity of the job's part lines that name a catalogue item."""
    wanted: dict[str, Decimal] = defaultdict(Decimal)
    for row in live_children(s, JobLine, JobLine.job_id, job_id):
        if row.kind == "part" and row.item_id is not None:
            wanted[row.item_id] += Decimal(row.quantity)
    return wanted


def _used(s: Session, job_id: str) -> dict[str, Decimal]:
    used: dict[str, Decimal] = defaultdict(Decimal)
    for item_id, delta in s.execute(select(StockMovement.item_id, StockMovement.delta).where(
            StockMovement.job_id == job_id, StockMovement.kind == MoveKind.USE.value,
            StockMovement.deleted.is_(False))):
        used[item_id] -= Decimal(delta)
    return used


def reconcile_job_stock_in(s: Session, actor: Actor, job: Job, reason: str = "") -> bool:
    """Move stock so that what the job used equals its part lines: more parts come out of the
    visit technician's van, fewer go back into it. Returns whether anything moved."""
    s.flush()
    wanted, used = _stocked_parts(s, job.id), _used(s, job.id)
    tech = visit_technician_in(s, job.id)
    moved = False
    for item_id in sorted(set(wanted) | set(used)):
        difference = wanted[item_id] - used[item_id]
        if difference:
            move_in(s, actor, item_id, tech, -difference, MoveKind.USE, job_id=job.id,
                    reason=reason)
            moved = True
    return moved


@dataclass(frozen=True)
class OldPartInfo:
    id: str
    job_id: str
    job_number: str
    code: str
    description: str
    serial: str
    returned_at: dt.datetime
    claim_ref: str


def return_old_part(db: Database, actor: Actor, line_id: str) -> tuple[str, Changes]:
    """The old part a line replaced is back at the station (its serial as the line has it),
    waiting for the maker's claim."""
    with db.session() as s:
        line = fetch(s, JobLine, line_id, Text("job line"))
        if line.kind != "part":
            raise ValidationError("Only a part line has an old part to return.")
        if s.scalar(select(OldPart.id).where(OldPart.line_id == line_id,
                                             OldPart.deleted.is_(False))):
            raise ValidationError("The old part of {description} was returned already.",
                                  description=line.description)
        row = insert(s, actor, OldPart(job_id=line.job_id, line_id=line.id,
                                       item_id=line.item_id, serial=line.old_serial,
                                       technician_id=visit_technician_in(s, line.job_id)))
        return row.id, Changes.PARTS


def claim_old_parts(db: Database, actor: Actor, old_part_ids: Sequence[str], claim_ref: str
                    ) -> Changes:
    """The old parts go to the maker under one claim reference."""
    claim_ref = v.required(claim_ref, Text("claim reference"), OldPart.claim_ref)
    with db.session() as s:
        for part_id in old_part_ids:
            row = fetch(s, OldPart, part_id, Text("old part"))
            if row.claim_ref:
                raise ValidationError("That old part was claimed already ({claim}).",
                                      claim=row.claim_ref)
            update(s, actor, row, {"claim_ref": claim_ref, "claimed_at": utcnow()})
    return Changes.PARTS


def old_parts(db: Database, unclaimed_only: bool = True) -> list[OldPartInfo]:
    with db.session() as s:
        query = (select(OldPart, Job.number, JobLine.description, CatalogueItem.code)
                 .join(Job, Job.id == OldPart.job_id).join(JobLine, JobLine.id == OldPart.line_id)
                 .outerjoin(CatalogueItem, CatalogueItem.id == OldPart.item_id)
                 .where(OldPart.deleted.is_(False)).order_by(OldPart.returned_at))
        if unclaimed_only:
            query = query.where(OldPart.claim_ref == "")
        return [OldPartInfo(p.id, p.job_id, number, code or "", description, p.serial,
                            p.returned_at, p.claim_ref)
                for p, number, description, code in s.execute(query)]
