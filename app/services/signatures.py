"""Signatures on a job sheet, each bound to the hash of the job content it signed.

The content is what the customer and technician put their names under: the job's number, type,
symptom and resolution, the customer, site and equipment, the checklist answers and the parts
and labour lines. Status changes and rescheduling do not change it; editing any of those does,
and every earlier signature then shows as void ("amended after signing").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import Attachment, Customer, Equipment, Job, Signature, Site
from app.models.base import utcnow
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklists import run_of
from app.services.job_lines import charges_in
from app.services.recording import plain
from app.services.rows import fetch, insert
from app.texts import Text

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_BYTES = 2 * 1024 * 1024


class SignerRole(StrEnum):
    CUSTOMER = "customer"
    TECHNICIAN = "technician"


@dataclass(frozen=True)
class SignatureState:
    id: str
    role: SignerRole
    signer_name: str
    signed_at: dt.datetime
    image_id: str | None
    valid: bool  # False: the job changed after this signature ("amended after signing")


def job_content(s: Session, job: Job) -> dict[str, Any]:
    """The signed content of a job, as plain JSON-safe data."""
    customer = fetch(s, Customer, job.customer_id, Text("customer"))
    site = fetch(s, Site, job.site_id, Text("site"))
    content: dict[str, Any] = {
        "number": job.number, "job_type": job.job_type, "symptom": job.symptom,
        "resolution": job.resolution, "customer": [customer.name, customer.phone],
        "site": site.address,
    }
    if job.equipment_id and (eq := s.get(Equipment, job.equipment_id)) is not None:
        content["equipment"] = [eq.brand, eq.model, eq.indoor_serial, eq.outdoor_serial,
                                eq.refrigerant]
    if (run := run_of(s, job.id)) is not None:
        content["checklist"] = [run.template_id, run.answers]
    # An old part's serial counts once there is one (earlier signatures keep their hash).
    content["lines"] = [[ln.kind, ln.description, str(ln.quantity), str(ln.unit_price),
                         ln.warranty_covered, *([ln.old_serial] if ln.old_serial else [])]
                        for ln in charges_in(s, job.id).lines]
    return content


def content_digest(content: dict[str, Any]) -> str:
    """The sha256 a signature keeps of the content (`job_content`'s shape) it signed."""
    canonical = json.dumps(plain(content), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def content_hash_in(s: Session, job: Job) -> str:
    return content_digest(job_content(s, job))


def states_in(s: Session, job: Job) -> list[SignatureState]:
    current = content_hash_in(s, job)
    rows = s.scalars(select(Signature).where(Signature.job_id == job.id,
                                             Signature.deleted.is_(False))
                     .order_by(Signature.signed_at)).all()
    return [SignatureState(r.id, SignerRole(r.role), r.signer_name, r.signed_at, r.image_id,
                           r.content_hash == current) for r in rows]


def signatures_of(db: Database, job_id: str) -> list[SignatureState]:
    with db.session() as s:
        return states_in(s, fetch(s, Job, job_id, Text("job")))


def sign_job(db: Database, actor: Actor, job_id: str, role: SignerRole | str, signer_name: str,
             image_png: bytes) -> tuple[SignatureState, Changes]:
    """Store a signature (its PNG image as an attachment) bound to the job's current content."""
    try:
        role = SignerRole(role)
    except ValueError:
        raise ValidationError("A job sheet is signed by the customer or the technician.") from None
    signer_name = v.text(signer_name, Text("signer's name"), Signature.signer_name)
    if not signer_name:
        raise ValidationError("Write the name of the person signing.")
    if not image_png.startswith(PNG_MAGIC) or len(image_png) > MAX_IMAGE_BYTES:
        raise ValidationError("The signature must be drawn before it is accepted.")
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        image = insert(s, actor, Attachment(
            job_id=job_id, sha256=hashlib.sha256(image_png).hexdigest(), mime="image/png",
            filename=f"signature-{role.value}.png", size=len(image_png), data=image_png))
        row = insert(s, actor, Signature(
            job_id=job_id, role=role.value, signer_name=signer_name,
            signed_at=utcnow(), image_id=image.id, content_hash=content_hash_in(s, job)))
        state = SignatureState(row.id, role, row.signer_name, row.signed_at, image.id, True)
    return state, Changes.JOBS


@dataclass(frozen=True)
class Verification:
    number: str
    signatures: list[SignatureState]

    @property
    def all_valid(self) -> bool:
        return bool(self.signatures) and all(sig.valid for sig in self.signatures)


def verify_job(db: Database, number: str) -> Verification:
    """Whether the stored signatures of job `number` still match its content."""
    with db.session() as s:
        number = v.lookup(number).upper()
        job = s.scalar(select(Job).where(Job.number == number,
                                         Job.deleted.is_(False)))
        if job is None:
            raise NotFoundError("There is no job {number}.", number=number)
        return Verification(job.number, states_in(s, job))
