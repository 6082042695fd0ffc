"""The server writes of a push or an upload, set-based: new rows in one INSERT per table (from
one JSON array of the rows), changed rows in one UPDATE ... FROM
(VALUES ...) per table and set of changed columns. A statement fires the server's statement
trigger (which takes the station's write order) once, and goes to the server in one round trip,
however many rows it carries.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from typing import cast as cast_to

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Float,
    LargeBinary,
    String,
    Table,
    TextClause,
    cast,
    column,
    text,
    update,
    values,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault
from sqlalchemy.types import TypeEngine

from app.models.base import UTCDateTime
from app.services.recording import plain
from app.sync.tables import pulled_columns
from app.sync.values import row_from_plain

CHUNK = 1024 * 1024  # attachments larger than this travel in pieces of this size
PG = PGDialect_psycopg()  # type: ignore[no-untyped-call]  # the server's type names


@dataclass(frozen=True)
class RowUpdate:
    """New values of some columns of one server row (its stamp included)."""

    t: Table
    row_id: str
    values: dict[str, Any]


@dataclass(frozen=True)
class Placed:
    """The rows one INSERT statement put in, with the server sequence each got: the statement
    stamps its rows one after another under the station's write order, so no other row its
    station can see has a sequence between the first and the last of them."""

    t: Table
    given: frozenset[str]  # the columns sent (the others took their defaults)
    seqs: list[tuple[str, int]]  # (row id, server_seq)

    @property
    def as_sent(self) -> bool:
        """Rows were put in, each with every column a pull brings: the server holds them as
        the desk that sent them does."""
        return bool(self.seqs) and set(pulled_columns(self.t)) - {"server_seq"} <= self.given

    @property
    def held(self) -> tuple[int, int]:
        """The first and last sequence: a pull after it passes over the range
        (`pull.Held`)."""
        return min(n for _, n in self.seqs), max(n for _, n in self.seqs)


def insert_rows(conn: Connection, t: Table, rows: list[dict[str, Any]],
                skip_held: bool = False, texts: Sequence[str | None] = ()) -> list[Placed]:
    """New rows of one table, their values plain (`recording.plain`, as the outbox keeps
    them; `skip_held`: but not those the server holds already; `texts`: a row's text as a JSON
    object where one is at hand, the outbox's own, not written again); a large attachment goes
    in on its own, its bytes following in pieces. What each INSERT of several rows put in (a
    large attachment's row is stamped again by each piece: not among them)."""
    blobs = "data" in t.c and isinstance(t.c["data"].type, LargeBinary)  # hex: two a byte
    big = {r["id"] for r in rows if blobs and len(r.get("data") or "") > 2 * CHUNK}
    by_fields: dict[tuple[str, ...], list[tuple[dict[str, Any], str | None]]] = defaultdict(list)
    for r, written in zip(rows, texts or [None] * len(rows), strict=True):
        if r["id"] not in big:
            by_fields[tuple(r)].append((r, written))
    placed = []
    for fields, same in by_fields.items():
        given = frozenset(fields) & frozenset(t.c.keys())  # (a column gone away is left out)
        extra = {"server_seq": 0} | {c.key: plain(_default(c)) for c in t.c
                                     if c.key not in given and c.default is not None}
        seqs = _insert_json(conn, t, tuple(sorted(given - extra.keys())), extra, same,
                            skip_held)
        placed.append(Placed(t, given, seqs))
    stmt = (pg_insert(t).on_conflict_do_nothing(index_elements=[t.c.id]) if skip_held
            else t.insert()).returning(t.c.id)
    for r in (r for r in rows if r["id"] in big):
        if conn.execute(stmt, {**row_from_plain(t, r), "server_seq": 0, "data": b""}).first():
            _upload(conn, t, r["id"], bytes.fromhex(r["data"]))
    return placed


def _default(c: Column[Any]) -> Any:
    """A column's Python-side default, as SQLAlchemy's own INSERT would fill it in."""
    if isinstance(c.default, CallableColumnDefault):  # the models' take no context
        return c.default.arg(cast_to(Any, None))
    return c.default.arg if isinstance(c.default, ScalarElementColumnDefault) else None


def _insert_json(conn: Connection, t: Table, columns: tuple[str, ...], extra: dict[str, Any],
                 rows: list[tuple[dict[str, Any], str | None]], skip_held: bool
                 ) -> list[tuple[str, int]]:
    """Rows of one table with the same columns in one `INSERT ... SELECT FROM
    json_to_recordset(one JSON array of the rows)`, the `extra` values (the server sequence,
    the defaults of columns not given) the same for all: a short statement however many rows,
    its one parameter the rows' own texts joined, or written by the json module in C. (A
    multi-row VALUES is as many placeholders as values, and the driver parses a statement's
    text for them; one array a column has the driver convert each value in Python: for 10,000
    rows either cost more than the server's insert.) The server turns each value into its
    column's type as the type's own input does (the text of a timestamp, a numeric, a date).
    Returns the (id, server_seq) of the rows it put in."""
    floats = [c for c in columns if isinstance(t.c[c].type, Float)]
    written = [text if text is not None and not (floats and _unfit(text))
               else json.dumps(r | {c: _FLOAT_TEXT.get(repr(r[c]), r[c]) for c in floats})
               for r, text in rows]
    kinds = [t.c[k].type for k in extra]
    params = {f"x{i}": json.dumps(v) if isinstance(kind, JSON) else v
              for i, (kind, v) in enumerate(zip(kinds, extra.values(), strict=True))}
    return [(row_id, seq) for row_id, seq in conn.execute(
        _json_insert(t, columns, tuple(extra), skip_held),
        {"rows": "[" + ",".join(written) + "]", **params}).all()]


_FLOAT_TEXT = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # as a float's input reads


def _unfit(text: str) -> bool:
    """Whether a row's JSON text may hold a NaN or an infinity (Python writes them as bare
    words, which JSON has not: such a row is written again, its floats as text)."""
    return "NaN" in text or "Infinity" in text


@cache
def _json_insert(t: Table, columns: tuple[str, ...], extra: tuple[str, ...],
                 skip_held: bool) -> TextClause:
    quote = PG.identifier_preparer.quote  # "end", "start": names SQL keeps for itself
    read = [_from_json(t.c[c].type, f"r.{quote(c)}") for c in columns]
    given = [_from_json(t.c[c].type, f"CAST(:x{i} AS {_from_json(t.c[c].type, '')[0]})")[1]
             for i, c in enumerate(extra)]
    return text(f"INSERT INTO {quote(t.name)} ({', '.join(quote(c) for c in columns + extra)})"
                f" SELECT {', '.join([value for _, value in read] + given)}"
                " FROM json_to_recordset(CAST(:rows AS json)) AS r("
                + ", ".join(f"{quote(c)} {kind}" for c, (kind, _) in zip(columns, read,
                                                                          strict=True))
                + ")" + (" ON CONFLICT (id) DO NOTHING" if skip_held else "")
                + " RETURNING id, server_seq")


def _from_json(kind: TypeEngine[Any], field: str) -> tuple[str, str]:
    """How a column's plain value is read from the JSON rows: the type it is read as, and the
    value that goes into the column."""
    if isinstance(kind, UTCDateTime):  # an ISO text with its UTC offset; stored as UTC
        return "timestamptz", f"{field} AT TIME ZONE 'UTC'"
    if isinstance(kind, LargeBinary):  # hex digits
        return "text", f"decode({field}, 'hex')"
    if isinstance(kind, JSON):  # a JSON null is SQL's NULL here, SQLAlchemy's JSON null
        return "json", f"coalesce({field}, 'null'::json)"
    return _unbounded(kind).compile(dialect=PG), field


def _upload(conn: Connection, t: Table, row_id: str, data: bytes) -> None:
    """A large attachment goes up in chunks appended to the row (one statement each)."""
    for first in range(0, len(data), CHUNK):
        conn.execute(update(t).where(t.c.id == row_id).values(
            data=t.c.data.concat(data[first:first + CHUNK])))


def update_rows(conn: Connection, updates: list[RowUpdate]) -> None:
    """Apply the updates in their order, each bumping its row's version. A statement changes
    a row once, so a row's second update goes in a second wave."""
    waves: list[list[RowUpdate]] = []
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for u in updates:
        wave = seen[(u.t.name, u.row_id)]
        seen[(u.t.name, u.row_id)] += 1
        if wave == len(waves):
            waves.append([])
        waves[wave].append(u)
    for in_wave in waves:
        groups: dict[tuple[str, tuple[str, ...]], list[RowUpdate]] = defaultdict(list)
        for u in in_wave:
            groups[(u.t.name, tuple(sorted(u.values)))].append(u)
        for (_, columns), same in groups.items():
            _update_from_values(conn, same[0].t, columns, same)


def _update_from_values(conn: Connection, t: Table, columns: tuple[str, ...],
                        rows: list[RowUpdate]) -> None:
    new = values(column("id", String), *(column(c, t.c[c].type) for c in columns),
                 name="new").data([(u.row_id, *(u.values[c] for c in columns)) for u in rows])
    conn.execute(update(t).where(t.c.id == new.c.id).values(
        {c: cast(new.c[c], _unbounded(t.c[c].type)) for c in columns}
        | {"version": t.c.version + 1}))


def _unbounded(kind: TypeEngine[Any]) -> TypeEngine[Any]:
    """The type a VALUES column is cast to (one holding only NULLs would be text), or a JSON
    field read as: a text's without its length, since a CAST to varchar(n) cuts a longer text
    where the assignment refuses it, as it must."""
    return String() if isinstance(kind, String) else kind
