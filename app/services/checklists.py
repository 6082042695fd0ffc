"""A job's checklist run: answers saved with their result, photos, the completion gate and the
commissioning date a passed installation sets (the warranty is counted from it)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.checklists.evaluate import Outcome, Result, evaluate
from app.checklists.schema import ItemType, TemplateBody
from app.db import Database
from app.errors import ValidationError
from app.models import Attachment, ChecklistRun, ChecklistTemplate, Equipment, Job
from app.models.base import utcnow
from app.models.enums import JobType
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklist_answers import coerce_all
from app.services.checklist_templates import body_of, latest_for
from app.services.rows import fetch, insert, update
from app.services.warranty import WARRANTY_YEARS, add_years
from app.texts import Localized, Text

MAX_PHOTO_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class JobChecklist:
    """What the entry form shows: the template version, the answers and their result."""

    job_id: str
    template_id: str
    template: TemplateBody
    answers: Mapping[str, Any]
    facts: Mapping[str, Any]
    outcome: Outcome
    run_id: str | None = None


def facts_of(s: Session, job: Job) -> dict[str, Any]:
    facts: dict[str, Any] = {"job_type": job.job_type}
    if job.equipment_id and (eq := s.get(Equipment, job.equipment_id)) is not None:
        facts.update(refrigerant=eq.refrigerant, model=eq.model, brand=eq.brand,
                     capacity_kw=eq.capacity_kw, indoor_serial=eq.indoor_serial or None,
                     outdoor_serial=eq.outdoor_serial or None)
    return facts


def run_of(s: Session, job_id: str) -> ChecklistRun | None:
    """The job's live run (ids are UUIDv7, so the newest sorts last)."""
    return s.scalars(select(ChecklistRun).where(
        ChecklistRun.job_id == job_id, ChecklistRun.deleted.is_(False))
        .order_by(ChecklistRun.id.desc())).first()


def _template_of(s: Session, job: Job, run: ChecklistRun | None) -> ChecklistTemplate | None:
    if run is not None:  # a run keeps the version it was filled against
        return fetch(s, ChecklistTemplate, run.template_id, Text("checklist template"))
    return latest_for(s, job.job_type)


def _view(s: Session, job: Job) -> JobChecklist | None:
    run = run_of(s, job.id)
    template = _template_of(s, job, run)
    if template is None:
        return None
    body, facts = body_of(template), facts_of(s, job)
    answers = dict(run.answers) if run else {}
    return JobChecklist(job.id, template.id, body, answers, facts,
                        evaluate(body, answers, facts), run.id if run else None)


def job_checklist(db: Database, job_id: str) -> JobChecklist | None:
    """The job's checklist (None for job types without one)."""
    with db.session() as s:
        return _view(s, fetch(s, Job, job_id, Text("job")))


def _required_view(s: Session, job: Job) -> JobChecklist:
    """The job's checklist, or a ValidationError for a job type without one."""
    view = _view(s, job)
    if view is None:
        raise ValidationError("A {job_type} job has no checklist.",
                              job_type=JobType(job.job_type))
    return view


def _store(s: Session, actor: Actor, job: Job, answers: dict[str, Any]) -> JobChecklist:
    view = _required_view(s, job)
    outcome = evaluate(view.template, answers, view.facts)
    values: dict[str, Any] = {"answers": answers, "result": outcome.result.value,
                              "completed_at": utcnow() if outcome.result is Result.PASS else None}
    decided = outcome.result.value if outcome.result is not Result.INCOMPLETE else None
    if view.run_id is None:
        run = insert(s, actor, ChecklistRun(job_id=job.id, template_id=view.template_id,
                                            first_result=decided, **values))
    else:
        run = fetch(s, ChecklistRun, view.run_id, Text("checklist"))
        if run.result == Result.PASS.value and outcome.result is Result.PASS:
            values["completed_at"] = run.completed_at
        values["first_result"] = run.first_result or decided  # a fail stays the first result
        update(s, actor, run, values)
    if outcome.result is Result.PASS and job.job_type == JobType.INSTALL:
        _commission(s, actor, job)
    return JobChecklist(job.id, view.template_id, view.template, answers, view.facts, outcome,
                        run.id)


def _commission(s: Session, actor: Actor, job: Job) -> None:
    """A passed installation checklist starts the equipment's warranty (once)."""
    if not job.equipment_id:
        return
    eq = fetch(s, Equipment, job.equipment_id, Text("equipment"))
    if eq.commissioning_date is not None:
        return
    today = dt.datetime.now(ZoneInfo(actor.timezone)).date()
    values = {"commissioning_date": today, "warranty_end": add_years(today, WARRANTY_YEARS)}
    update(s, actor, eq, values, "commission", f"installation checklist of job {job.number}")


def save_answers(db: Database, actor: Actor, job_id: str, answers: Mapping[str, Any]
                 ) -> tuple[JobChecklist, Changes]:
    """Replace the job's answers (photos are kept as attached) and store the new result."""
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        view = _required_view(s, job)
        checked = coerce_all(view.template, answers)
        photos = {i.id for i in view.template.items() if i.type is ItemType.PHOTO}
        checked |= {k: v for k, v in view.answers.items() if k in photos and k not in answers}
        return _store(s, actor, job, checked), Changes.CHECKLISTS | Changes.JOBS


def attach_photo(db: Database, actor: Actor, job_id: str, item_id: str, filename: str,
                 data: bytes, mime: str = "image/jpeg") -> tuple[JobChecklist, Changes]:
    """Keep a photo with the job (by sha256) and add it to a photo item's answer."""
    filename = v.text(filename, Text("file name"), Attachment.filename)
    mime = v.text(mime, Text("file type"), Attachment.mime)
    if not data:
        raise ValidationError("{filename} is empty.", filename=filename)
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError("{filename} is larger than {megabytes} MB.", filename=filename,
                              megabytes=MAX_PHOTO_BYTES // 2**20)
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        view = _view(s, job)
        if view is None or item_id not in {i.id for i in view.template.items()
                                           if i.type is ItemType.PHOTO}:
            raise ValidationError("The checklist has no photo item {item}.",
                                  item=v.lookup(item_id))
        digest = hashlib.sha256(data).hexdigest()
        existing = s.scalar(select(Attachment.id).where(
            Attachment.job_id == job_id, Attachment.sha256 == digest,
            Attachment.deleted.is_(False)))
        photo_id = existing or insert(s, actor, Attachment(
            job_id=job_id, sha256=digest, mime=mime, filename=filename, size=len(data),
            data=data)).id
        answers = dict(view.answers)
        ids = list(answers.get(item_id) or [])
        if photo_id not in ids:
            answers[item_id] = [*ids, photo_id]
        return _store(s, actor, job, answers), Changes.CHECKLISTS


def remove_photo(db: Database, actor: Actor, job_id: str, item_id: str, photo_id: str
                 ) -> tuple[JobChecklist, Changes]:
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        view = _required_view(s, job)
        answers = dict(view.answers)
        answers[item_id] = [p for p in answers.get(item_id) or [] if p != photo_id]
        if not answers[item_id]:
            del answers[item_id]
        return _store(s, actor, job, answers), Changes.CHECKLISTS


def photo_data(db: Database, photo_id: str) -> tuple[str, bytes]:
    """A stored photo's file name and bytes (for thumbnails and printing)."""
    with db.session() as s:
        row = fetch(s, Attachment, photo_id, Text("photo"))
        return row.filename, row.data


def gate_blocker(s: Session, job: Job) -> Text | None:
    """Why the job's checklist keeps it from completion (None: it does not).

    An installation needs a passed checklist; a repair or maintenance job needs its required
    items answered. Other job types have no checklist gate.
    """
    if job.job_type not in (JobType.INSTALL, JobType.REPAIR, JobType.MAINTENANCE):
        return None
    view = _view(s, job)
    if view is None:
        return None
    outcome = view.outcome
    if job.job_type == JobType.INSTALL and outcome.result is not Result.PASS:
        if outcome.findings:
            labels = [view.template.item(f.item_id).label for f in outcome.findings]
            failing = Localized(", ".join(x.en for x in labels), "、".join(x.zh for x in labels))
            return Text("its installation checklist failed ({items})", {"items": failing})
        return Text("its installation checklist is incomplete ({count} required items "
                    "unanswered)", {"count": len(outcome.missing)})
    if outcome.missing:
        return Text("its checklist has {count} required items unanswered",
                    {"count": len(outcome.missing)})
    return None


def job_with_result(db: Database, result: Result, job_type: str = JobType.INSTALL) -> str | None:
    """A job of that type whose checklist has that result (the newest), e.g. for screenshots."""
    with db.session() as s:
        return s.scalar(
            select(ChecklistRun.job_id).join(Job, Job.id == ChecklistRun.job_id)
            .where(ChecklistRun.result == result.value, ChecklistRun.deleted.is_(False),
                   Job.job_type == job_type, Job.deleted.is_(False))
            .order_by(ChecklistRun.id.desc()).limit(1))
