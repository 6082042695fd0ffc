"""Audit and outbox capture: called inside the write's transaction, so both commit or neither."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.models import AuditEntry, OutboxEntry
from app.models.base import Synced, utcnow
from app.services.actor import Actor

# Local bookkeeping columns that never travel in the outbox.
LOCAL_ONLY = frozenset({"search_text", "sort_key", "server_seq"})


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def snapshot(row: object) -> dict[str, Any]:
    """Every column of a row, JSON-safe, keyed by attribute name."""
    mapper = inspect(type(row))
    return {
        c.key: plain(getattr(row, c.key))
        for c in mapper.column_attrs
        if c.key not in LOCAL_ONLY
    }


def changed(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in after.items() if before.get(k) != v}


def audit(s: Session, actor: Actor, entity: str, entity_id: str, action: str,
          before: dict[str, Any], after: dict[str, Any], reason: str = "") -> None:
    """Append one audit entry (who, what, before/after) to the caller's transaction: every
    synced row's change has one (`record`), and so do changes of local settings."""
    s.add(AuditEntry(station_id=actor.station_id, user_id=actor.user_id,
                     username=actor.username, entity=entity, entity_id=entity_id,
                     action=action, before=before, after=after, reason=reason))


AuditView = Callable[[dict[str, Any], dict[str, Any]], tuple[dict[str, Any], dict[str, Any]]]
"""How an audit entry shows a change: (before, after) of the changed fields -> as kept."""


def _as_is(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any],
                                                                   dict[str, Any]]:
    return before, after


def record(
    s: Session,
    actor: Actor,
    row: Synced,
    action: str,
    before: dict[str, Any] | None,
    reason: str = "",
    shown: AuditView | None = None,
) -> dict[str, Any]:
    """Stamp a synced row, then append its audit entry and outbox entry; returns changed fields.

    `before` is the snapshot taken before the change, or None for a new row. An update that
    changes nothing records nothing and returns an empty dict. `shown`: how the audit entry
    shows the changed fields (default: as they are), e.g. a setting's fields one by one, or a
    new password without its hash.
    """
    s.flush()
    if before is not None:
        if not changed(before, snapshot(row)):
            return {}
        row.version += 1
    row.updated_at = utcnow()
    row.updated_by = actor.username
    s.flush()
    after = snapshot(row)
    fields = after if before is None else changed(before, after)
    entity = row.__tablename__
    old = {} if before is None else {k: before.get(k) for k in fields}
    audit(s, actor, entity, row.id, action, *(shown or _as_is)(old, fields), reason=reason)
    op = "insert" if before is None else ("delete" if fields.get("deleted") is True else "update")
    s.add(
        OutboxEntry(
            table_name=entity,
            row_id=row.id,
            op=op,
            fields=fields,
            base_server_seq=row.server_seq,
        )
    )
    return fields


def record_setting(s: Session, actor: Actor, key: str, before: str | None,
                   after: str | None) -> None:
    """Audit a change of one of this database's own settings (`local_settings`, or a file of
    the database such as its sync settings): one AuditEntry, no outbox entry (never synced)."""
    s.add(AuditEntry(station_id=actor.station_id, user_id=actor.user_id,
                     username=actor.username, entity="local_settings", entity_id=key,
                     action="update", before={key: before}, after={key: after}))
