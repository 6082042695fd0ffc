"""The signed paper sheet coming back: the job found by its number or by the sheet's QR code
(a barcode scanner types the code like a keyboard), and the sheet kept with the job as a
scanned file, with whether the customer signed it on paper (in the audit log with the file).

The arrival and finish, the checklist's answers and the parts go through their own services
(`visits.record_sheet_times`, `checklists.save_answers`, `charges.save_lines`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import Appointment, Attachment, Customer, Job
from app.models.enums import AppointmentStatus, JobType
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.recording import audit
from app.services.rows import fetch, insert
from app.services.signatures import content_hash_in
from app.texts import Text

SHEET_CODE = re.compile(r"^FIELDDESK:([0-9A-F-]{36}):([0-9A-F]{64})$")  # app.printing.qr
MAX_SCAN_BYTES = 20 * 1024 * 1024
SIGNED_ON_PAPER = "signed on paper"
NOT_SIGNED = "not signed on paper"


@dataclass(frozen=True)
class SheetVisit:
    id: str
    start: dt.datetime
    technician_id: str
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None


@dataclass(frozen=True)
class PaperJob:
    id: str
    number: str
    job_type: JobType
    status: str
    customer_name: str
    visits: tuple[SheetVisit, ...]  # not cancelled, by start
    sheet_current: bool | None  # the scanned sheet shows the job as it is (None: typed number)


def find_sheet_job(db: Database, typed: str) -> PaperJob:
    """The job of a sheet: its number typed ("NJ01-2026-000123") or the sheet's QR code
    scanned ("FIELDDESK:<job id>:<content hash>")."""
    code = SHEET_CODE.match(typed.strip().upper())  # longer than a lookup keeps
    text = v.lookup(typed).upper()
    if not text:
        raise ValidationError("Type the job number or scan the sheet's code.")
    with db.session() as s:
        if code is not None:
            job = s.get(Job, code[1].lower())
        else:
            job = s.scalar(select(Job).where(Job.number == text))
        if job is None or job.deleted:
            raise NotFoundError("There is no job {number}.", number=text)
        customer = s.get(Customer, job.customer_id)
        rows = s.scalars(select(Appointment).where(
            Appointment.job_id == job.id, Appointment.deleted.is_(False),
            Appointment.status != AppointmentStatus.CANCELLED.value).order_by(Appointment.start))
        visits = tuple(SheetVisit(a.id, a.start, a.technician_id, a.actual_start, a.actual_end)
                       for a in rows)
        current = None if code is None else content_hash_in(s, job) == code[2].lower()
        return PaperJob(job.id, job.number, JobType(job.job_type), job.status,
                        customer.name if customer else "", visits, current)


def keep_paper_sheet(db: Database, actor: Actor, job_id: str, signed: bool, filename: str = "",
                     data: bytes = b"", mime: str = "application/pdf") -> Changes:
    """Keep the scanned sheet with the job and whether the customer signed it on paper (an
    audit entry of the job names both); a sheet signed on paper needs its scan."""
    detail = SIGNED_ON_PAPER if signed else NOT_SIGNED
    filename = v.text(filename, Text("file name"), Attachment.filename)
    mime = v.text(mime, Text("file type"), Attachment.mime)
    if len(data) > MAX_SCAN_BYTES:
        raise ValidationError("{filename} is larger than {megabytes} MB.", filename=filename,
                              megabytes=MAX_SCAN_BYTES // 2**20)
    if signed and not data:
        raise ValidationError("Attach the scanned sheet the customer signed.")
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        scan_id = None
        if data:
            scan_id = insert(s, actor, Attachment(
                job_id=job.id, sha256=hashlib.sha256(data).hexdigest(), mime=mime,
                filename=filename or "sheet", size=len(data), data=data), detail).id
        audit(s, actor, Job.__tablename__, job.id, "paper_sheet", {},
              {"signed_on_paper": signed, "scan": scan_id}, detail)
    return Changes.JOBS
