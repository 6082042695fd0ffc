"""Deciding what a pushed change does to the server's copy of a row (pure functions).

A field the desk changed is applied unless another side changed that same field on the server
after the desk's base `server_seq` and to a different value: then the server keeps its value and
the field becomes a conflict for the dispatcher. Disjoint changes merge. A record deleted on
one side and edited on the other is one conflict on its `deleted` field: a delete stays
undone on the server until the dispatcher chooses, an edit of a record deleted elsewhere is
kept in it, and choosing "mine" brings the record back with it. Every desk is a side:
another desk of the same station, another station and the head office alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.services.recording import plain
from app.sync.tables import BOOKKEEPING


@dataclass(frozen=True)
class FieldChange:
    server_seq: int
    station_id: str | None  # None: changed on the server itself (an administrator)
    desk_id: str | None = None  # None: a session that named no desk (before desks existed)


@dataclass(frozen=True)
class Side:
    """Who pushes: a desk of a station."""

    station_id: str
    desk_id: str

    def other_than(self, change: FieldChange) -> bool:
        """Whether `change` was made by another side. A change of this station that names no
        desk was made before desks were told apart, by this station's only desk then."""
        if change.station_id != self.station_id:
            return True
        return change.desk_id is not None and change.desk_id != self.desk_id


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local_value: Any
    server_value: Any


@dataclass(frozen=True)
class Decision:
    apply: dict[str, Any] = field(default_factory=dict)  # plain values to write
    conflicts: tuple[FieldConflict, ...] = ()


def decide(fields: Mapping[str, Any], server_row: Mapping[str, Any] | None, base_seq: int,
           changes: Mapping[str, FieldChange], side: Side) -> Decision:
    """What to write for one outbox entry (`fields` are its plain, changed values)."""
    data = {k: v for k, v in fields.items() if k not in BOOKKEEPING}
    if server_row is None:
        return Decision(dict(fields))

    def since(name: str) -> bool:  # another side changed the field after the desk's base
        change = changes.get(name)
        return bool(change and change.server_seq > base_seq and side.other_than(change))

    apply: dict[str, Any] = {}
    conflicts = []
    if data.get("deleted") is True and not server_row["deleted"] \
            and any(since(k) for k in changes if k != "deleted"):
        data.pop("deleted")  # deleted here, edited there: the dispatcher decides
        conflicts.append(FieldConflict("deleted", True, False))
    for name, mine in data.items():
        theirs = plain(server_row[name])
        if theirs == mine:
            continue
        if since(name):
            conflicts.append(FieldConflict(name, mine, theirs))
        else:
            apply[name] = mine
    if "deleted" not in data and server_row["deleted"] and since("deleted") \
            and (apply or conflicts):
        conflicts.append(FieldConflict("deleted", False, True))  # edited here, deleted there
    return Decision(apply, tuple(conflicts))
