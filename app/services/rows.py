"""Insert, update and tombstone a synced row with its audit and outbox entries."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.models.base import Synced
from app.services.actor import Actor
from app.services.recording import record, snapshot
from app.services.validation import lookup
from app.texts import Text

R = TypeVar("R", bound=Synced)


def fetch(s: Session, model: type[R], row_id: str, label: Text) -> R:
    """The live (not deleted) row, or NotFoundError naming what was looked for."""
    row = s.get(model, row_id) if lookup(row_id) == row_id else None
    if row is None or row.deleted:
        raise NotFoundError("The {label} does not exist (it may have been deleted).", label=label)
    return row


def insert(s: Session, actor: Actor, row: R, reason: str = "") -> R:
    row.station_id = row.station_id or actor.station_id
    s.add(row)
    record(s, actor, row, "create", None, reason)
    return row


def update(
    s: Session, actor: Actor, row: Synced, values: dict[str, Any], action: str = "update",
    reason: str = "",
) -> dict[str, Any]:
    """Set `values` on `row`; returns the fields that really changed (empty: nothing recorded)."""
    before = snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    return record(s, actor, row, action, before, reason)


def tombstone(s: Session, actor: Actor, row: Synced, reason: str = "") -> None:
    update(s, actor, row, {"deleted": True}, "delete", reason)
