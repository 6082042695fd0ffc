"""The station's warranty policy in the store, versioned like checklist templates: the bundled
default (the same id everywhere, never in the outbox), the latest version in force, and
publishing a new version (supervisors; an old version never changes)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as SchemaError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import WarrantyPolicy
from app.models.base import utcnow
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.rows import insert
from app.services.warranty_rules import PolicyBody

BUNDLED_ID = str(uuid.uuid5(uuid.UUID("0c7e9b52-3f1d-4a66-8e2b-6d9a4f1c7b30"), "default:1"))
BUNDLED_AT = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # older than anything a station publishes


@dataclass(frozen=True)
class PolicyVersion:
    id: str
    version: int
    published_at: dt.datetime
    body: PolicyBody


def ensure_bundled_in(s: Session) -> None:
    """Store the bundled default policy when the database does not hold it yet."""
    if s.get(WarrantyPolicy, BUNDLED_ID) is None:
        s.add(WarrantyPolicy(id=BUNDLED_ID, station_id="", policy_version=1,
                             body=PolicyBody().model_dump(mode="json"),
                             published_at=BUNDLED_AT, updated_at=BUNDLED_AT))
        s.flush()


def _version(row: WarrantyPolicy) -> PolicyVersion:
    return PolicyVersion(row.id, row.policy_version, row.published_at or BUNDLED_AT,
                         PolicyBody.model_validate(row.body))


def policy_in(s: Session) -> PolicyVersion:
    """The version in force: the one published last."""
    ensure_bundled_in(s)
    row = s.scalars(select(WarrantyPolicy).where(WarrantyPolicy.deleted.is_(False))
                    .order_by(WarrantyPolicy.published_at.desc(),
                              WarrantyPolicy.policy_version.desc())).first()
    assert row is not None  # the bundled one at least
    return _version(row)


def current_policy(db: Database) -> PolicyVersion:
    with db.session() as s:
        return policy_in(s)


def policy_versions(db: Database) -> list[PolicyVersion]:
    """Every version, newest first (the history a supervisor reads)."""
    with db.session() as s:
        ensure_bundled_in(s)
        rows = s.scalars(select(WarrantyPolicy).where(WarrantyPolicy.deleted.is_(False))
                         .order_by(WarrantyPolicy.policy_version.desc())).all()
        return [_version(r) for r in rows]


def parse_policy(data: dict[str, Any]) -> PolicyBody:
    try:
        return PolicyBody.model_validate(data)
    except SchemaError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "policy"
        raise ValidationError("The warranty policy is not valid: {field}: {problem}.",
                              field=where, problem=first["msg"].removeprefix("Value error, ")
                              ) from None


@guarded(*SUPERVISORS)
def publish_policy(db: Database, actor: Actor, data: dict[str, Any]
                   ) -> tuple[PolicyVersion, Changes]:
    """Validate edited rules and store them as the next version; lines decided later follow
    it (lines decided before keep their decision until their job's charges are saved again)."""
    body = parse_policy(data)
    with db.session() as s:
        ensure_bundled_in(s)
        latest = s.scalar(select(func.max(WarrantyPolicy.policy_version))) or 1
        row = insert(s, actor, WarrantyPolicy(policy_version=latest + 1,
                                              body=body.model_dump(mode="json"),
                                              published_at=utcnow()))
        return _version(row), Changes.PARTS
