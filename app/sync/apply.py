"""Applying one batch of outbox entries inside the server's transaction.

The common path is set-based: the batch's rows are read in one query per table, new rows go in
with one INSERT per table (parents first), then each update is decided (`merge.decide`) and
written. When the server refuses any of it (a value its schema rejects, a rule, row-level
security), the batch's transaction is rolled back and the batch is applied again in a new one,
one record at a time, each under its own savepoint: what the server refuses is set aside
with its reason (`Refusal`), and the independent changes behind it still go in. An update of a
row the server does not have is refused without asking it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, Table, any_, bindparam, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError

from app.models import OutboxEntry
from app.sync import stall
from app.sync.interruptions import interrupted
from app.sync.merge import FieldChange, FieldConflict, Side, decide
from app.sync.tables import synced_tables, table
from app.sync.values import row_from_plain
from app.sync.writes import Placed, RowUpdate, insert_rows, update_rows

MISSING, REFUSED = "missing", "refused"  # why the server did not take a change


@dataclass(frozen=True)
class Entry:
    seq: int
    change_id: str
    table_name: str
    row_id: str
    op: str
    fields: dict[str, Any]
    base_server_seq: int
    created_at: dt.datetime
    text: str | None = None  # `fields` as the outbox keeps them (a JSON object), read from it

    @classmethod
    def of(cls, row: OutboxEntry) -> Entry:
        return cls(row.seq, row.change_id, row.table_name, row.row_id, row.op, dict(row.fields),
                   row.base_server_seq, row.created_at)


@dataclass(frozen=True)
class Refusal:
    entry: Entry
    reason: str  # MISSING or REFUSED
    detail: str = ""  # the server's words


@dataclass
class Outcome:
    conflicts: list[tuple[str, str, FieldConflict]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    # the server's rows of records a pull wrote while their change waited (`push`)
    copies: list[tuple[int, Table, dict[str, Any]]] = field(default_factory=list)
    # new rows the server took as the desk holds them: every column that travels was sent
    placed: list[Placed] = field(default_factory=list)


@dataclass
class _NewRow:
    """A row the batch creates, with the later changes of the same batch folded in."""

    t: Table
    values: dict[str, Any]  # plain, as the outbox keeps them (never changed in place)
    entries: list[Entry]

    @property
    def text(self) -> str | None:
        """The row as a JSON object, when the outbox has it so (its insert alone)."""
        return self.entries[0].text if len(self.entries) == 1 else None


_ORDER = {t.name: i for i, t in enumerate(synced_tables())}  # parents before children


class _Batch:
    """One batch against the server rows it touches (read, locked, in one query per table)."""

    def __init__(self, conn: Connection, side: Side, entries: Sequence[Entry]) -> None:
        self.conn, self.side = conn, side
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.changes: dict[tuple[str, str], dict[str, FieldChange]] = defaultdict(dict)
        self.outcome = Outcome()
        by_table: dict[str, list[str]] = defaultdict(list)
        for e in entries:
            by_table[e.table_name].append(e.row_id)
        for name, ids in by_table.items():
            self._load(table(name), ids)
        self.new_rows: dict[tuple[str, str], _NewRow] = {}
        self.updates: list[Entry] = []
        self.applied = 0  # entries written so far (the test hook `stall` counts them)
        for e in entries:
            self._sort(e)

    def _load(self, t: Table, ids: list[str]) -> None:
        held = select(t).where(t.c.id == any_(bindparam("ids", ids, ARRAY(String))))  # one array
        found = []
        for row in self.conn.execute(held.with_for_update()):
            self.rows[(t.name, row.id)] = dict(row._mapping)
            found.append(row.id)
        if not found:
            return  # new rows only: no field of theirs was changed
        for name, row_id, fld, seq, station, desk in self.conn.execute(text(
                "SELECT table_name, row_id, field, server_seq, station_id, desk_id "
                "FROM field_changes WHERE row_station = :me AND table_name = :t "
                "AND row_id = ANY(:ids)"), {"me": self.side.station_id, "t": t.name,
                                            "ids": found}):
            self.changes[(name, row_id)][fld] = FieldChange(seq, station, desk)

    def _sort(self, e: Entry) -> None:
        key = (e.table_name, e.row_id)
        new = self.new_rows.get(key)
        if new is not None:  # created in this same batch: fold the change in
            new.values = {**new.values, **e.fields}
            new.entries.append(e)
        elif key in self.rows:
            self.updates.append(e)
        elif e.op == "insert":
            self.new_rows[key] = _NewRow(table(e.table_name), e.fields, [e])
        else:
            self.outcome.refused.append(Refusal(e, MISSING))

    def decide(self, e: Entry) -> tuple[RowUpdate | None, list[tuple[str, str, FieldConflict]]]:
        """What one update writes (None: nothing), decided against the server row as the
        updates before it left it; and its conflicts."""
        t = table(e.table_name)
        decision = decide(e.fields, self.rows[(e.table_name, e.row_id)], e.base_server_seq,
                          self.changes[(e.table_name, e.row_id)], self.side)
        conflicts = [(e.table_name, e.row_id, c) for c in decision.conflicts]
        if not decision.apply:
            return None, conflicts
        stamp = {k: e.fields[k] for k in ("updated_at", "updated_by") if k in e.fields}
        return RowUpdate(t, e.row_id, row_from_plain(t, decision.apply | stamp)), conflicts

    def took(self, write: RowUpdate) -> None:
        """The server row as a written update left it."""
        self.rows[(write.t.name, write.row_id)].update(write.values)

    def inserted(self, placed: list[Placed]) -> None:
        """Keep what INSERTs put in that the server now holds as this desk does."""
        self.outcome.placed += [p for p in placed if p.as_sent]

    def ordered_new_rows(self) -> list[_NewRow]:
        return sorted(self.new_rows.values(), key=lambda n: _ORDER.get(n.t.name, 99))

    def written(self, entries: int) -> None:
        stall.passing("push", self.applied, entries)
        self.applied += entries


def apply_batch(conn: Connection, side: Side, entries: Sequence[Entry],
                one_by_one: bool = False) -> Outcome:
    """Apply `entries` in the caller's server transaction; what the server refused is in the
    outcome, with the conflicts of what it took. All at once: ServerRefused when the server
    refuses any of it, the caller's transaction then lost (no savepoint: two round trips a
    batch spared, for the rare batch that holds a refusal), to be applied again one record at
    a time (`one_by_one`), each under its own savepoint."""
    if one_by_one:
        return _one_by_one(_Batch(conn, side, entries))
    with refusing():
        return _all_at_once(_Batch(conn, side, entries))


class ServerRefused(Exception):  # noqa: N818 (caught where it is raised: one refusal)
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@contextmanager
def refusing() -> Iterator[None]:
    """A refusal of the server raised as ServerRefused, with the server's words (a lost
    connection or a timeout is no refusal, and goes on up as it is)."""
    try:
        yield
    except DBAPIError as exc:
        if interrupted(exc):
            raise
        lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise ServerRefused(lines[0] if lines else type(exc).__name__) from None


@contextmanager
def savepoint(conn: Connection) -> Iterator[None]:
    """Under a savepoint: a refusal of the server rolls back to it and raises ServerRefused
    (after a lost connection or a timeout the whole transaction is lost: no savepoint to go
    back to)."""
    nested = conn.begin_nested()
    try:
        with refusing():
            yield
    except ServerRefused:
        nested.rollback()
        raise
    nested.commit()


def _all_at_once(batch: _Batch) -> Outcome:
    by_table: dict[str, list[_NewRow]] = defaultdict(list)
    for new in batch.ordered_new_rows():
        by_table[new.t.name].append(new)
    for rows in by_table.values():
        batch.inserted(insert_rows(batch.conn, rows[0].t, [r.values for r in rows],
                                   texts=[r.text for r in rows]))
        batch.written(sum(len(r.entries) for r in rows))
    writes = []
    for e in batch.updates:
        write, conflicts = batch.decide(e)
        batch.outcome.conflicts += conflicts
        if write is not None:
            batch.took(write)
            writes.append(write)
    update_rows(batch.conn, writes)
    batch.written(len(batch.updates))
    return batch.outcome


def _one_by_one(batch: _Batch) -> Outcome:
    for new in batch.ordered_new_rows():
        try:
            with savepoint(batch.conn):
                batch.inserted(insert_rows(batch.conn, new.t, [new.values], texts=[new.text]))
        except ServerRefused as refused:
            batch.outcome.refused += [Refusal(e, REFUSED, refused.detail) for e in new.entries]
        batch.written(len(new.entries))
    for e in batch.updates:
        write, conflicts = batch.decide(e)
        try:
            with savepoint(batch.conn):
                update_rows(batch.conn, [write] if write else [])
        except ServerRefused as refused:
            batch.outcome.refused.append(Refusal(e, REFUSED, refused.detail))
        else:
            batch.outcome.conflicts += conflicts
            if write is not None:
                batch.took(write)
        batch.written(1)
    return batch.outcome
