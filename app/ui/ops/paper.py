"""Close from paper: find the sheet's job, then key in what the signed sheet says (the visit's
times, the checklist's answers, whether the customer signed it and its scan), each through its
service, in order on the lane; the parts go through the charges' own operations."""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from app.errors import ValidationError
from app.services.changes import Changes
from app.services.checklists import JobChecklist, job_checklist, save_answers
from app.services.paper_sheets import PaperJob, find_sheet_job, keep_paper_sheet
from app.services.visits import record_sheet_times
from app.ui.context import AppContext
from app.ui.operation import Operation

Found = tuple[PaperJob, JobChecklist | None]


@dataclass(frozen=True)
class PaperEntry:
    """What the dispatcher keyed in from the sheet."""

    job_id: str
    visit_id: str | None  # None: the times are left as they are
    day: dt.date
    arrival: str
    finish: str
    answers: dict[str, Any] | None  # None: the job has no checklist
    signed: bool
    scan: Path | None


def find(ctx: AppContext, owner: QObject, typed: str) -> Operation[Found]:
    """The job of a typed number or a scanned sheet code, with its checklist."""
    db = ctx.db

    def work(_run: object) -> Found:
        job = find_sheet_job(db, typed)
        return job, job_checklist(db, job.id)
    return ctx.op(owner, work)


def _scan(path: Path) -> tuple[str, bytes, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("{file} cannot be read ({reason}).", file=path.name,
                              reason=exc.strerror) from None
    return path.name, data, mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def close_from_paper(ctx: AppContext, owner: QObject, entry: PaperEntry) -> Operation[Changes]:
    db, actor = ctx.db, ctx.actor

    def work(_run: object) -> Changes:
        changes = Changes.NONE
        if entry.visit_id is not None and entry.arrival.strip():
            _times, done = record_sheet_times(db, actor, entry.visit_id, entry.day,
                                              entry.arrival, entry.finish)
            changes |= done
        if entry.answers is not None:
            changes |= save_answers(db, actor, entry.job_id, entry.answers)[1]
        filename, data, mime = _scan(entry.scan) if entry.scan else ("", b"", "")
        return changes | keep_paper_sheet(db, actor, entry.job_id, entry.signed, filename,
                                          data, mime or "application/pdf")
    return ctx.op(owner, work)
