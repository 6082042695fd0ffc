"""The audit trail's read model (supervisors and admins): every change of the station, newest
first, filtered by user, record kind, record, date range and text, each with the before and
after of every field it changed, the record's readable name, and which record the app opens
for it (a job's visit opens the job; a site, its customer)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, String, Table, cast, func, or_, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import AuditEntry, Base
from app.services import validation as v
from app.services.actor import SUPERVISORS, Actor, guarded
from app.texts import Text

HIDDEN = frozenset({"id", "station_id", "version", "updated_at", "updated_by", "server_seq"})
NAMES = {"jobs": "number", "customers": "name", "technicians": "name", "users": "username",
         "sites": "address", "equipment": "model", "certifications": "number",
         "station_settings": "section", "checklist_templates": "name"}
# The record the app opens for a change of a row of these tables: (table, its column).
OPENS = {"jobs": ("jobs", "id"), "appointments": ("jobs", "job_id"),
         "job_lines": ("jobs", "job_id"), "checklist_runs": ("jobs", "job_id"),
         "signatures": ("jobs", "job_id"), "attachments": ("jobs", "job_id"),
         "complaints": ("jobs", "job_id"), "callbacks": ("jobs", "job_id"),
         "customers": ("customers", "id"), "sites": ("customers", "customer_id"),
         "technicians": ("technicians", "id"), "certifications": ("technicians", "technician_id"),
         "shifts": ("technicians", "technician_id"), "absences": ("technicians", "technician_id")}


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    entity: str = ""  # a record kind: the table name ("jobs", "customers"...)
    entity_id: str = ""  # one record
    start: dt.datetime | None = None  # aware, inclusive
    end: dt.datetime | None = None  # aware, exclusive
    text: str = ""  # in a value before or after, the reason, the user or the record's id


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: dt.datetime
    username: str
    entity: str
    entity_id: str
    record: str  # the record's readable name ("" when it has none)
    action: str
    reason: str
    changes: tuple[FieldChange, ...]
    opens: tuple[str, str] | None = None  # (kind, id) of the record the app opens for it


@dataclass(frozen=True)
class AuditPage:
    total: int
    offset: int
    rows: list[AuditRow] = field(default_factory=list)


def _json_text(text: str) -> str:
    """The text as it reads inside the stored JSON (non-ASCII escaped as \\uXXXX)."""
    return json.dumps(text)[1:-1]


def _where(f: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.username:
        where.append(AuditEntry.username == v.lookup(f.username))
    if f.entity:
        where.append(AuditEntry.entity == v.lookup(f.entity))
    if f.entity_id:
        where.append(AuditEntry.entity_id == v.lookup(f.entity_id))
    if (start := v.moment(f.start, Text("start of the period"))) is not None:
        where.append(AuditEntry.at >= start)
    if (end := v.moment(f.end, Text("end of the period"))) is not None:
        where.append(AuditEntry.at < end)
    for word in v.search(f.text).text.split():
        escaped = _json_text(word)
        where.append(or_(AuditEntry.username.contains(word, autoescape=True),
                         AuditEntry.reason.contains(word, autoescape=True),
                         AuditEntry.entity_id.contains(word, autoescape=True),
                         cast(AuditEntry.before, String).contains(escaped, autoescape=True),
                         cast(AuditEntry.after, String).contains(escaped, autoescape=True)))
    return where


def _changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[FieldChange, ...]:
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in HIDDEN]
    return tuple(FieldChange(k, before.get(k), after.get(k)) for k in keys
                 if before.get(k) != after.get(k) or k not in before)


def _lookup(s: Session, table: str, column: str, ids: Sequence[str]) -> dict[str, Any]:
    t: Table | None = Base.metadata.tables.get(table)
    if t is None or column not in t.c or not ids:
        return {}
    return dict(s.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(ids))).all())


def _rows(s: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
    by_kind: dict[str, list[str]] = {}
    for e in entries:
        by_kind.setdefault(e.entity, []).append(e.entity_id)
    names = {kind: _lookup(s, kind, NAMES[kind], ids) for kind, ids in by_kind.items()
             if kind in NAMES}
    opens = {kind: _lookup(s, kind, OPENS[kind][1], ids) for kind, ids in by_kind.items()
             if kind in OPENS}
    rows = []
    for e in entries:
        target = opens.get(e.entity, {}).get(e.entity_id)
        rows.append(AuditRow(
            e.id, e.at, e.username, e.entity, e.entity_id,
            str(names.get(e.entity, {}).get(e.entity_id) or ""), e.action, e.reason,
            _changes(dict(e.before or {}), dict(e.after or {})),
            (OPENS[e.entity][0], str(target)) if target else None))
    return rows


@guarded(*SUPERVISORS)
def audit_trail(db: Database, actor: Actor, f: AuditFilter, offset: int = 0,
                limit: int = 200) -> AuditPage:
    """One page of the audit trail, newest first; `total` counts every match."""
    where = _where(f)
    with db.session() as s:
        total = int(s.scalar(select(func.count(AuditEntry.id)).where(*where)) or 0)
        entries = s.scalars(select(AuditEntry).where(*where).order_by(
            AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit)).all()
        return AuditPage(total, offset, _rows(s, entries))


@guarded(*SUPERVISORS)
def audit_choices(db: Database, actor: Actor) -> tuple[list[str], list[str]]:
    """The user names and record kinds the trail holds (the filter's lists)."""
    with db.session() as s:
        users = s.scalars(select(AuditEntry.username).distinct().order_by(
            AuditEntry.username)).all()
        kinds = s.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)).all()
    return list(users), list(kinds)
