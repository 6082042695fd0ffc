"""New synced rows written in bulk, each with the audit entry and the outbox entry `rows.insert`
would write for it (one Core statement per table and chunk, not an ORM flush per row): an
import of 100,000 customers is a few seconds of SQLite instead of minutes of flushes, and syncs
like anything typed in. The caller's values are already checked by the services' rules."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app.models import AuditEntry, Base, OutboxEntry
from app.models.base import new_id, utcnow
from app.models.ids import new_ids
from app.services.actor import Actor
from app.services.recording import LOCAL_ONLY, plain

CHUNK = 5000
_SIMPLE = (str, int, float, bool, type(None))  # JSON-safe as they are
_NOTHING: dict[str, Any] = {}  # every new row's audit "before" (never changed)
Step = Callable[[Any], Any] | None


def _once(step: Step, seen: dict[int, tuple[object, Any]]) -> Step:
    """`step` done once per value object: the fields an audit entry and an outbox entry both
    send are one dict, and every row's stamp is one datetime (a bind processor gives the same
    answer for the same value)."""
    if step is None:
        return None

    def converted(value: Any) -> Any:
        known = seen.get(id(value))
        if known is None or known[0] is not value:
            known = seen[id(value)] = (value, step(value))
        return known[1]
    return converted


def _defaults(t: Table) -> dict[str, Any]:
    """The model's Python-side scalar defaults of the table's columns."""
    found = {}
    for c in t.c:
        default = c.default
        if default is not None and default.is_scalar:
            found[c.key] = default.arg  # type: ignore[attr-defined]
    return found


class BulkRows:
    """Collects new rows per table (parents first, in the order added) and writes them with
    their audit and outbox entries in the caller's transaction."""

    def __init__(self, s: Session, actor: Actor, action: str = "create", reason: str = "",
                 now: dt.datetime | None = None) -> None:
        self._s, self._actor, self._action, self._reason = s, actor, action, reason
        self._now = now or utcnow()
        self._rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._defaults: dict[str, dict[str, Any]] = {}
        self.count = 0
        self._seen: dict[int, tuple[object, Any]] = {}  # id(value) -> (value, as sent)

    def add(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        """A new row of `table` (its id made here unless given): the row's values, which the
        caller may still change until `write`."""
        if table not in self._defaults:
            self._defaults[table] = _defaults(Base.metadata.tables[table])
        row = {**self._defaults[table], **values, "id": values.get("id") or new_id(),
               "station_id": self._actor.station_id, "version": 1, "server_seq": 0,
               "updated_at": self._now, "updated_by": self._actor.username, "deleted": False}
        self._rows[table].append(row)
        self.count += 1
        return row

    def write(self) -> None:
        audits: list[dict[str, Any]] = []
        outbox: list[dict[str, Any]] = []
        ids = iter(new_ids(2 * sum(map(len, self._rows.values()))))  # audit entries, changes
        for table, rows in self._rows.items():
            for row in rows:
                fields = {k: v if type(v) in _SIMPLE else plain(v) for k, v in row.items()
                          if k not in LOCAL_ONLY}
                audits.append({"id": next(ids), "station_id": self._actor.station_id,
                               "at": self._now, "user_id": self._actor.user_id,
                               "username": self._actor.username, "entity": table,
                               "entity_id": row["id"], "action": self._action, "before": _NOTHING,
                               "after": fields, "reason": self._reason})
                outbox.append({"table_name": table, "row_id": row["id"], "op": "insert",
                               "fields": fields, "base_server_seq": 0,
                               "created_at": self._now, "change_id": next(ids)})
            self._insert(Base.metadata.tables[table], rows)
        self._insert(AuditEntry.__table__, audits)  # type: ignore[arg-type]
        self._insert(OutboxEntry.__table__, outbox)  # type: ignore[arg-type]
        self._rows.clear()
        self._seen.clear()

    def _insert(self, t: Table, rows: list[dict[str, Any]]) -> None:
        """The rows (all with the same keys) by the driver's executemany, each value through
        its column type's own bind processor (a datetime as SQLite keeps it, a dict as JSON):
        what `Connection.execute(insert(t), rows)` sends, without its per-row bookkeeping,
        which took most of an import's time. A table whose missing columns have a computed
        Python default goes the ordinary way, which computes it."""
        if not rows:
            return
        keys = list(rows[0])
        if any(c.key not in keys and c.default is not None and not c.default.is_scalar
               for c in t.c):
            for first in range(0, len(rows), CHUNK):
                self._s.execute(insert(t), rows[first:first + CHUNK])
            return
        conn = self._s.connection()
        compiled = insert(t).compile(dialect=conn.dialect, column_keys=keys)
        order = list(compiled.positiontup or keys) if conn.dialect.positional else keys
        steps = [(itemgetter(k), _once(t.c[k].type.dialect_impl(conn.dialect)
                                       .bind_processor(conn.dialect), self._seen))
                 for k in order]
        for first in range(0, len(rows), CHUNK):
            chunk = rows[first:first + CHUNK]
            # The values taken (and converted) by map, column by column, not a loop per cell.
            values = zip(*[map(get, chunk) if step is None else map(step, map(get, chunk))
                           for get, step in steps], strict=True)
            conn.exec_driver_sql(str(compiled), list(values) if conn.dialect.positional
                                 else [dict(zip(order, v, strict=True)) for v in values])
