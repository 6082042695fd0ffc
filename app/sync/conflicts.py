"""The conflict queue: fields changed both here and elsewhere, and the dispatcher's choice.

Keeping the server's value ("theirs") only closes the conflict: the pull already brought it.
Keeping this station's value ("mine") writes it as a normal change (audited, in the outbox),
so it reaches the server on the next sync like any other edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import Base, SyncConflict
from app.models.base import Synced, utcnow
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.rows import update
from app.sync.tables import table
from app.sync.values import from_plain


@dataclass(frozen=True)
class Conflict:
    id: str
    table_name: str
    row_id: str
    field: str
    local_value: Any
    server_value: Any
    detected_at: dt.datetime


def open_conflicts(db: Database) -> list[Conflict]:
    with db.session() as s:
        rows = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                         .order_by(SyncConflict.detected_at, SyncConflict.id)).all()
        return [Conflict(r.id, r.table_name, r.row_id, r.field, r.local_value, r.server_value,
                         r.detected_at) for r in rows]


NAME_COLUMNS = {"jobs": "number", "customers": "name", "technicians": "name",
                "sites": "address", "equipment": "model", "certifications": "number",
                "checklist_templates": "name"}
"""The column that names a record for a reader, in the tables that have one."""


def record_names(db: Database, conflicts: list[Conflict]) -> dict[str, str]:
    """A readable name of each conflict's record (job number, customer name...), by conflict
    id; conflicts on records without a naming column (or gone) are left out."""
    wanted: dict[str, set[str]] = {}
    for c in conflicts:
        if c.table_name in NAME_COLUMNS:
            wanted.setdefault(c.table_name, set()).add(c.row_id)
    names: dict[tuple[str, str], str] = {}
    with db.session() as s:
        for table_name, ids in wanted.items():
            t = table(table_name)
            column = t.c[NAME_COLUMNS[table_name]]
            query = select(t.c.id, column).where(t.c.id.in_(sorted(ids)))
            for row_id, name in s.execute(query):
                if name:
                    names[(table_name, row_id)] = str(name)
    return {c.id: names[(c.table_name, c.row_id)] for c in conflicts
            if (c.table_name, c.row_id) in names}


def _model(table_name: str) -> type[Synced]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name and issubclass(cls, Synced):
            return cls
    raise KeyError(table_name)


def resolve(db: Database, actor: Actor, conflict_id: str, keep: str) -> Changes:
    """Close a conflict keeping "mine" (this station's value) or "theirs" (the server's)."""
    if keep not in ("mine", "theirs"):
        raise ValidationError("Keep either this station's value or the server's.")
    with db.session() as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError("That conflict was resolved already.")
        if keep == "mine":
            row = s.get(_model(conflict.table_name), conflict.row_id)
            if row is None:
                raise NotFoundError("The record of that conflict no longer exists.")
            value = from_plain(table(conflict.table_name), conflict.field, conflict.local_value)
            update(s, actor, row, {conflict.field: value}, "resolve",
                   "sync conflict: kept this station's value")
        conflict.resolved_at = utcnow()
        conflict.resolution = keep
    return Changes.SYNC | Changes.JOBS | Changes.CUSTOMERS | Changes.TECHNICIANS
