"""Replace a parent's child rows with an edited list: update kept, insert new, tombstone dropped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.errors import ValidationError
from app.models.base import Synced
from app.services.actor import Actor
from app.services.rows import insert, tombstone, update

R = TypeVar("R", bound=Synced)


def live_children(
    s: Session, model: type[R], parent: InstrumentedAttribute[str], parent_id: str
) -> list[R]:
    return list(s.scalars(select(model).where(parent == parent_id, model.deleted.is_(False))))


def replace_children(
    s: Session, actor: Actor, model: type[Synced], parent: InstrumentedAttribute[str],
    parent_id: str, wanted: Sequence[tuple[str | None, dict[str, Any]]],
) -> bool:
    """`wanted` holds (id or None, values). Returns whether anything changed."""
    existing = {row.id: row for row in live_children(s, model, parent, parent_id)}
    changed = False
    for row_id, values in wanted:
        if row_id is None:
            insert(s, actor, model(**{parent.key: parent_id}, **values))
            changed = True
        elif row_id in existing:
            changed |= bool(update(s, actor, existing.pop(row_id), values))
        else:
            raise ValidationError("An entry being edited was removed meanwhile; reopen the form.")
    for row in existing.values():
        tombstone(s, actor, row)
        changed = True
    return changed
