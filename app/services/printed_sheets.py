"""Which job sheets went out as they stand: a sheet printed or saved as PDF is recorded by its
job and the digest of what it said (`record_printed`, one transaction); a job whose current
sheet has no record was never printed as it stands (`unprinted`), so a day's batch may add
just those sheets to its route pages.

What counts (`sheet_digest`): the signed content (`content_hash`: number, type, symptom,
resolution, customer, site, unit, checklist answers, parts and labour) and what else the sheet
prints about the job: priority, second phone, access notes, the unit's warranty end, the
checklist's template, each visit's technician and times, each signature. A change to any of
these makes the sheet unprinted again. Not counted: the job's and the visits' status (they
move on while the paper stays right), the warranty's state of the day, the station's header
and footer, the print time.

Kept in `printed_sheets`, local to the desk (the paper is where it was printed), never synced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.models import PrintedSheet
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.job_sheet_data import SheetData

CHUNK = 500  # jobs per IN (...) list


@dataclass(frozen=True)
class SheetPrint:
    job_id: str
    digest: str


def _moment(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).isoformat()


def sheet_digest(sheet: SheetData) -> str:
    """The sha256 of what the sheet says about its job (see the module's docstring)."""
    unit = sheet.equipment
    checklist = sheet.checklist
    facts: list[Any] = [
        sheet.content_hash, sheet.priority.value, sheet.alt_phone, sheet.access_notes,
        unit.warranty_end.isoformat() if unit is not None and unit.warranty_end else "",
        [checklist.template.code, checklist.template.version] if checklist else None,
        [[v.technician.id, _moment(v.start), _moment(v.end)] for v in sheet.visits],
        [[g.role.value, g.signer_name, _moment(g.signed_at), g.valid]
         for g in sheet.signatures]]
    canonical = json.dumps(facts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def sheet_print(sheet: SheetData) -> SheetPrint:
    return SheetPrint(sheet.job_id, sheet_digest(sheet))


def unprinted(db: Database, sheets: Iterable[SheetData]) -> list[SheetData]:
    """The sheets (in their order) whose content was never printed nor saved at this desk."""
    wanted = [(sheet, sheet_print(sheet)) for sheet in sheets]
    jobs = sorted({p.job_id for _, p in wanted})
    printed: set[tuple[str, str]] = set()
    with db.session() as s:
        for n in range(0, len(jobs), CHUNK):
            printed.update((job, digest) for job, digest in s.execute(
                select(PrintedSheet.job_id, PrintedSheet.digest).where(
                    PrintedSheet.job_id.in_(jobs[n:n + CHUNK]))))
    return [sheet for sheet, p in wanted if (p.job_id, p.digest) not in printed]


def record_printed(db: Database, actor: Actor | None, sheets: Sequence[SheetPrint],
                   now: dt.datetime | None = None) -> int:
    """Record the sheets as printed (or saved) now, by `actor` (None: the command line), in
    one transaction; printing the same content again moves its time. The number recorded."""
    when = now or utcnow()
    with db.session() as s:
        for p in dict.fromkeys(sheets):
            row = s.get(PrintedSheet, (p.job_id, p.digest))
            if row is None:
                s.add(PrintedSheet(job_id=p.job_id, digest=p.digest, printed_at=when,
                                   printed_by=actor.user_id if actor else None))
            else:
                row.printed_at = when
                row.printed_by = actor.user_id if actor else None
    return len(dict.fromkeys(sheets))
