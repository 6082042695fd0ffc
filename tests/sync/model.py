"""A model of what the sync should make of customers edited on several sides: the server's
copy of each record, and each desk's view of it with its changes waiting to go up.

The model knows nothing of batches' wire format, pages or cursors; it keeps, per record, the
value of each field and which side last changed it at which server tick, and judges every
change from its base (the tick of the record the desk last saw) and its side, as the merge
rules say (`app/sync/merge.py`): a field another side changed since the base, to another
value, stays and is one conflict; disjoint fields merge; a delete against an edit (either
way round) is one conflict on `deleted`, the delete waiting and the edit kept in the
tombstone. After a successful pull a desk sees the server's copy of every record of its
station, except the fields of its changes still waiting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("name", "phone", "notes")  # what a desk edits; `deleted` is the fourth
HQ = "head office"


@dataclass(frozen=True)
class Change:
    """One outbox entry: the content fields it sets, the tick it was based on."""

    key: str
    fields: dict[str, Any]
    base: int
    insert: bool = False


@dataclass
class Record:
    station: str
    values: dict[str, Any]  # FIELDS and deleted
    tick: int
    last: dict[str, tuple[int, str]] = field(default_factory=dict)  # field: (tick, side)


@dataclass
class Batch:
    changes: list[Change]
    sent: bool = False  # the server applied it
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (key, field)


@dataclass
class Desk:
    station: str
    view: dict[str, dict[str, Any]] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)  # the record's tick the desk holds
    batches: list[Batch] = field(default_factory=list)
    loose: list[Change] = field(default_factory=list)  # not in a batch yet
    conflicts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (key, field)

    def waiting(self, key: str) -> set[str]:
        return {f for c in [c for b in self.batches for c in b.changes] + self.loose
                if c.key == key for f in c.fields}

    def pending(self) -> bool:
        return bool(self.batches or self.loose)


class Model:
    def __init__(self) -> None:
        self.tick = 0
        self.records: dict[str, Record] = {}
        self.desks: dict[str, Desk] = {}

    # --- what the desks do offline ------------------------------------------------------

    def add_desk(self, name: str, station: str) -> None:
        self.desks[name] = Desk(station)
        self.pull(name)

    def create(self, desk: str, key: str, values: dict[str, Any]) -> None:
        d = self.desks[desk]
        d.view[key] = {**values, "deleted": False}
        d.seen[key] = 0
        d.loose.append(Change(key, dict(d.view[key]), 0, insert=True))

    def change(self, desk: str, key: str, name: str, value: Any) -> None:
        """An edit of one field (`deleted`: a delete); a value it has already is no change."""
        d = self.desks[desk]
        if d.view[key][name] != value:
            d.view[key][name] = value
            d.loose.append(Change(key, {name: value}, d.seen[key]))

    def hq_change(self, key: str, name: str, value: Any) -> None:
        """The head office writes the server's copy directly."""
        self._write(key, {name: value}, HQ)

    # --- a sync ---------------------------------------------------------------------------

    def start_push(self, desk: str) -> None:
        """The push numbers what waits as a new batch (before anything is sent)."""
        d = self.desks[desk]
        if d.loose:
            d.batches.append(Batch(d.loose))
            d.loose = []

    def send(self, desk: str, heard: bool = True) -> None:
        """The server applies each batch of the desk once. `heard`: the desk hears back of
        each (it keeps the conflicts, and takes the server's copy of a record a pull brought
        while its change waited); otherwise only the first batch goes in, its answer lost."""
        d = self.desks[desk]
        for batch in list(d.batches if heard else d.batches[:1]):
            if not batch.sent:
                for c in batch.changes:
                    batch.conflicts += [(c.key, f) for f in self._apply(desk, c)]
                batch.sent = True
            if heard:
                d.batches.remove(batch)
                d.conflicts.update(batch.conflicts)
                self.pull(desk, {c.key for c in batch.changes if c.base != d.seen[c.key]})

    def pull(self, desk: str, keys: set[str] | None = None) -> None:
        """The desk takes the server's copy of its station's records (of `keys` only), but
        the fields of its changes still waiting."""
        d = self.desks[desk]
        for key, r in self.records.items():
            if r.station == d.station and (keys is None or key in keys):
                keep = d.waiting(key) if key in d.view else set()
                d.view[key] = {**r.values, **{f: d.view[key][f] for f in keep}}
                d.seen[key] = r.tick

    def sync(self, desk: str) -> None:
        self.start_push(desk)
        self.send(desk)
        self.pull(desk)

    # --- the server -----------------------------------------------------------------------

    def _write(self, key: str, values: dict[str, Any], side: str) -> None:
        self.tick += 1
        r = self.records[key]
        r.values.update(values)
        r.tick = self.tick
        r.last.update({f: (self.tick, side) for f in values})

    def _apply(self, desk: str, c: Change) -> list[str]:
        """Apply one change from `desk`; the fields that became conflicts."""
        if c.insert:
            self.tick += 1
            self.records[c.key] = Record(self.desks[desk].station, dict(c.fields), self.tick)
            return []
        r = self.records[c.key]

        def elsewhere(name: str) -> bool:  # another side changed it after the change's base
            tick, side = r.last.get(name, (0, desk))
            return tick > c.base and side != desk

        wanted, conflicts = dict(c.fields), []
        if wanted.get("deleted") and not r.values["deleted"] \
                and any(elsewhere(f) for f in FIELDS):
            del wanted["deleted"]  # deleted here, edited there: the delete waits
            conflicts.append("deleted")
        apply = {}
        for name, value in wanted.items():
            if r.values[name] == value:
                continue
            if elsewhere(name):
                conflicts.append(name)
            else:
                apply[name] = value
        if "deleted" not in c.fields and r.values["deleted"] and elsewhere("deleted") \
                and (apply or conflicts):
            conflicts.append("deleted")  # edited here, deleted there: the edit is kept in it
        if apply:
            self._write(c.key, apply, desk)
        return conflicts

    def expected(self, desk: str) -> dict[str, dict[str, Any]]:
        """What the desk must show once everything went up and came down."""
        station = self.desks[desk].station
        return {k: dict(r.values) for k, r in self.records.items() if r.station == station}

    def all_conflicts(self) -> Counter[tuple[str, str]]:
        total: Counter[tuple[str, str]] = Counter()
        for d in self.desks.values():
            total.update(d.conflicts)
        return total
