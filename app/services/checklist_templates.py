"""Checklist templates in the store: the bundled defaults, the latest per job type, publishing.

Templates are versioned: publishing stores a new version and never changes an old one, so a run
keeps the version it was filled against. The bundled templates get ids derived from code and
version, so every station stores the same default under the same id, and they are not put in
the outbox: they ship with the application (and with the central server).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.checklists.loader import bundled_templates, parse_template
from app.checklists.schema import TemplateBody
from app.db import Database
from app.models import ChecklistTemplate
from app.models.base import utcnow
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.rows import fetch, insert
from app.texts import Text

BUNDLED_NAMESPACE = uuid.UUID("7f3c2d4e-1b5a-4c8e-9d6f-2a1b3c4d5e6f")
# Shipped with the application: older than anything a station publishes, the same everywhere.
BUNDLED_AT = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    version: int
    name_en: str
    name_zh: str
    job_type: str


def bundled_id(code: str, version: int) -> str:
    return str(uuid.uuid5(BUNDLED_NAMESPACE, f"{code}:{version}"))


def ensure_bundled_in(s: Session) -> None:
    """Store each bundled template version the database does not hold yet."""
    stored = set(s.execute(select(ChecklistTemplate.code, ChecklistTemplate.version)).all())
    for body in bundled_templates():
        if (body.code, body.version) not in stored:
            row = _row(body, bundled_id(body.code, body.version), BUNDLED_AT)
            row.updated_at = BUNDLED_AT
            s.add(row)
    s.flush()


def _row(body: TemplateBody, row_id: str | None = None,
         published_at: dt.datetime | None = None) -> ChecklistTemplate:
    return ChecklistTemplate(
        id=row_id, code=body.code, version=body.version, name=body.name.en,
        job_type=body.job_type, body=body.model_dump(mode="json"),
        published_at=published_at or utcnow(), station_id="",
    )


_BODIES: dict[str, TemplateBody] = {}


def body_of(row: ChecklistTemplate) -> TemplateBody:
    """The validated body of a stored template (cached by id: a stored version never changes)."""
    if row.id not in _BODIES:
        _BODIES[row.id] = TemplateBody.model_validate(row.body)
    return _BODIES[row.id]


def latest_for(s: Session, job_type: str) -> ChecklistTemplate | None:
    """The template published last for a job type (bundled ones stored first if missing)."""
    ensure_bundled_in(s)
    return s.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.job_type == job_type, ChecklistTemplate.deleted.is_(False))
        .order_by(ChecklistTemplate.published_at.desc(), ChecklistTemplate.version.desc())
    ).first()


def list_templates(db: Database) -> list[TemplateInfo]:
    """The latest version of every template code."""
    with db.session() as s:
        ensure_bundled_in(s)
        newest = (select(ChecklistTemplate.code, func.max(ChecklistTemplate.version).label("v"))
                  .group_by(ChecklistTemplate.code).subquery())
        rows = s.scalars(
            select(ChecklistTemplate).join(
                newest, (newest.c.code == ChecklistTemplate.code)
                & (newest.c.v == ChecklistTemplate.version))
            .order_by(ChecklistTemplate.code)
        ).all()
        return [_info(r, body_of(r)) for r in rows]


def _info(row: ChecklistTemplate, body: TemplateBody) -> TemplateInfo:
    return TemplateInfo(row.id, row.code, row.version, body.name.en, body.name.zh, row.job_type)


def get_template(db: Database, template_id: str) -> TemplateBody:
    with db.session() as s:
        return body_of(fetch(s, ChecklistTemplate, template_id, Text("checklist template")))


@guarded(*SUPERVISORS)
def publish_template(db: Database, actor: Actor, data: dict[str, Any]) -> tuple[TemplateInfo,
                                                                                Changes]:
    """Validate edited template data and store it as the next version of its code."""
    with db.session() as s:
        ensure_bundled_in(s)
        code = str(data.get("code", ""))
        latest = s.scalar(select(func.max(ChecklistTemplate.version))
                          .where(ChecklistTemplate.code == code)) or 0
        body = parse_template({**data, "version": latest + 1}, f"template {code or '?'}")
        row = insert(s, actor, _row(body))
        return _info(row, body), Changes.CHECKLISTS
