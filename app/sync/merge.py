"""Deciding what a pushed change does to the server's copy of a row (pure functions).

A field the desk changed is applied unless another side changed that same field on the server
after the desk's base `server_seq` and to a different value: then the server keeps its value and
the field becomes a conflict for the dispatcher. Disjoint changes merge. Every desk is a side:
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
    apply: dict[str, Any] = {}
    conflicts = []
    for name, mine in data.items():
        theirs = plain(server_row[name])
        if theirs == mine:
            continue
        change = changes.get(name)
        if change and change.server_seq > base_seq and side.other_than(change):
            conflicts.append(FieldConflict(name, mine, theirs))
        else:
            apply[name] = mine
    return Decision(apply, tuple(conflicts))
