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
from app.models import SyncConflict
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.rows import update
from app.sync.tables import model, names_of, table
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


def record_names(db: Database, conflicts: list[Conflict]) -> dict[str, str]:
    """A readable name of each conflict's record (job number, customer name...), by conflict
    id; conflicts on records without a naming column (or gone) are left out."""
    names = names_of(db, ((c.table_name, c.row_id) for c in conflicts))
    return {c.id: names[(c.table_name, c.row_id)] for c in conflicts
            if (c.table_name, c.row_id) in names}


def resolve(db: Database, actor: Actor, conflict_id: str, keep: str) -> Changes:
    """Close a conflict keeping "mine" (this station's value) or "theirs" (the server's)."""
    if keep not in ("mine", "theirs"):
        raise ValidationError("Keep either this station's value or the server's.")
    with db.session() as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError("That conflict was resolved already.")
        if keep == "mine":
            row = s.get(model(conflict.table_name), conflict.row_id)
            if row is None:
                raise NotFoundError("The record of that conflict no longer exists.")
            value = from_plain(table(conflict.table_name), conflict.field, conflict.local_value)
            update(s, actor, row, {conflict.field: value}, "resolve",
                   "sync conflict: kept this station's value")
        conflict.resolved_at = utcnow()
        conflict.resolution = keep
    return Changes.SYNC | Changes.JOBS | Changes.CUSTOMERS | Changes.TECHNICIANS
