"""Sync on loopback PostgreSQL (DESIGN section 6): push 10,000 changed rows, a first pull of
100,000 rows (time and peak memory), a sync with nothing to do, and the large station's
catch-up after 30 days offline (issue 20); the baseline is a plain
bulk insert of the same rows into the same server, measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Table, create_engine, select, text
from sqlalchemy.engine import make_url

from app.db import Database, open_database
from app.db.migrate import upgrade
from app.models import Customer, OutboxEntry, Site
from app.services.recording import LOCAL_ONLY, plain
from app.services.station import create_home_station
from app.services.users import create_first_admin
from app.sync.cycle import sync_once
from app.sync.link import ADMIN, connect
from app.sync.server import add_station, init_server
from app.sync.settings import SyncSettings
from benchmarks.harness import Figure, median_ms
from benchmarks.large_db import CACHE
from tests.pg_server import PostgresServer

PUSH_ROWS = 10_000
PUSH_RUNS = 3  # a push takes some 600 ms, and one run of it on a shared machine is mostly noise
PULL_ROWS = 100_000
STATION = {"code": "NJ01", "name": "南京服务站"}
# The large station's month: 50,000 jobs a year with their customers, sites and visits are some
# 150 changed rows a day at the desk, and as many at the server (head office, other desk).
OFFLINE_DAYS, CHANGES_PER_DAY = 30, 150

# Peak memory is the child's own VmHWM: ru_maxrss would include the parent's size at fork.
PULL_CHILD = """
import re, sys, time
from pathlib import Path
from app.db import open_database
from app.sync.pull import pull
from app.sync.link import connect
db = open_database(Path(sys.argv[1]))
engine = connect(sys.argv[2])
start = time.perf_counter()
with engine.connect() as conn:
    report = pull(db, conn)
elapsed = time.perf_counter() - start
status = open("/proc/self/status", encoding="ascii").read()
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
print(report.rows, elapsed, peak_kb / 1024)
"""


def _rows(source: Path, model: Any, count: int) -> list[dict[str, Any]]:
    db = open_database(source)
    try:
        t: Table = model.__table__
        with db.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(t).order_by(t.c.id)
                                                           .limit(count))]
    finally:
        db.dispose()


def database(admin_url: str, name: str) -> str:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _bulk_insert(url: str, rows_by_table: list[tuple[Table, list[dict[str, Any]]]]) -> float:
    engine = connect(url, ADMIN)
    try:
        start = time.perf_counter()
        with engine.begin() as conn:
            for t, rows in rows_by_table:
                conn.execute(t.insert(), rows)
        return (time.perf_counter() - start) * 1000
    finally:
        engine.dispose()


def _local_station(path: Path, rows_by_table: list[tuple[Table, list[dict[str, Any]]]]
                   ) -> Database:
    """A station database holding the rows, each waiting in the outbox as an insert."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_database(path)
    create_first_admin(db, "admin", "站长", "correct-horse", STATION)
    _insert_with_outbox(db, rows_by_table)
    return db


def _insert_with_outbox(db: Database, rows_by_table: list[tuple[Table, list[dict[str, Any]]]]
                        ) -> None:
    with db.engine.begin() as conn:
        for t, rows in rows_by_table:
            conn.execute(t.insert(), rows)
            conn.execute(OutboxEntry.__table__.insert(), [
                {"table_name": t.name, "row_id": r["id"], "op": "insert", "base_server_seq": 0,
                 "fields": {k: plain(v) for k, v in r.items() if k not in LOCAL_ONLY}}
                for r in rows])


def _offline_month(local: Database, central: str, new_customers: list[dict[str, Any]]) -> None:
    """30 days of the large station's desk offline: its new customers wait in the outbox,
    while the head office and the station's other desk changed as many of its customers on
    the server."""
    _insert_with_outbox(local, [(Customer.__table__, new_customers)])
    engine = connect(central, ADMIN)
    try:
        with engine.begin() as conn:
            conn.execute(text(
                "UPDATE customers SET notes = notes || ' 回访已约' WHERE id IN (SELECT id"
                " FROM customers ORDER BY server_seq DESC LIMIT :n)"), {"n": len(new_customers)})
    finally:
        engine.dispose()


def _catch_up(local: Database, settings: SyncSettings, central: str,
              new_customers: list[dict[str, Any]]) -> float:
    _offline_month(local, central, new_customers)
    start = time.perf_counter()
    report = sync_once(local, settings)
    catch_up_ms = (time.perf_counter() - start) * 1000
    assert report.pushed.entries == len(new_customers), report.pushed
    assert report.pulled.rows >= len(new_customers), report.pulled
    return catch_up_ms


def _empty_station(path: Path) -> Path:
    """A new database of the station, before its first pull (no users of its own yet)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_database(path)
    with db.session() as s:
        create_home_station(s, **STATION)
    db.dispose()
    return path


class PushRound(NamedTuple):
    base_ms: float  # the same rows bulk inserted into a new plain database
    push_ms: float
    central: str  # the new central database pushed into
    settings: SyncSettings  # its address for the station
    local: Database  # the station, all pushed
    baseline_db: str  # the plain database


def _push_round(admin: str, n: int, rows_by_table: list[tuple[Table, list[dict[str, Any]]]]
                ) -> PushRound:
    """One push of the rows from a new station database into a new central database, and
    its baseline."""
    central = database(admin, f"central{n}")
    init_server(central)
    settings = SyncSettings(add_station(central, STATION["code"]).url_for(central))
    baseline_db = database(admin, f"baseline{n}")
    engine = connect(baseline_db, ADMIN)
    upgrade(engine)
    engine.dispose()
    base_ms = _bulk_insert(baseline_db, rows_by_table)
    local = _local_station(CACHE / f"push-station-{n}.sqlite", rows_by_table)
    start = time.perf_counter()
    sync_once(local, settings)
    push_ms = (time.perf_counter() - start) * 1000
    return PushRound(base_ms, push_ms, central, settings, local, baseline_db)


def run(large_db: Path) -> list[Figure]:
    half = PUSH_ROWS // 2
    push_rows = [(Customer.__table__, _rows(large_db, Customer, half)),
                 (Site.__table__, _rows(large_db, Site, 0))]
    customer_ids = [r["id"] for r in push_rows[0][1]]
    sites = [r for r in _rows(large_db, Site, PULL_ROWS) if r["customer_id"] in set(customer_ids)]
    push_rows[1] = (Site.__table__, sites[:half])
    pull_rows = [(Customer.__table__, _rows(large_db, Customer, PULL_ROWS))]
    month = pull_rows[0][1][half:half + OFFLINE_DAYS * CHANGES_PER_DAY]
    server = PostgresServer()
    admin = server.start()
    try:
        rounds = [_push_round(admin, n, push_rows) for n in range(PUSH_RUNS)]
        for earlier in rounds[:-1]:
            earlier.local.dispose()
        base_push = statistics.median(r.base_ms for r in rounds)
        push_ms = statistics.median(r.push_ms for r in rounds)
        central, settings, local, baseline_db = rounds[-1][2:]
        idle_ms = median_ms(lambda: sync_once(local, settings), runs=5)
        catch_up_ms = _catch_up(local, settings, central, month)
        local.dispose()
        # after the push's figures: the server's work after 100,000 new rows (its checkpoint,
        # autovacuum's analyse) fell in the push and not in the push's baseline before it
        base_pull = _bulk_insert(baseline_db, [(t, [{**r, "id": "b" + r["id"][1:]} for r in rows])
                                               for t, rows in pull_rows])
        _bulk_insert(central, [(t, [{**r, "id": "p" + r["id"][1:]} for r in rows])
                               for t, rows in pull_rows])
        fresh = _empty_station(CACHE / "pull-station.sqlite")
        child = subprocess.run([sys.executable, "-c", PULL_CHILD, str(fresh), settings.url],
                               capture_output=True, text=True)
        if child.returncode:
            raise RuntimeError(f"the pull benchmark failed: {child.stderr[-2000:]}")
        out = child.stdout.split()
        pulled, pull_s, peak_mb = int(out[0]), float(out[1]), float(out[2])
    finally:
        server.stop()
    assert pulled >= PULL_ROWS, pulled
    push_base = f"bulk insert of the same {PUSH_ROWS:,} rows"
    pull_base = f"bulk insert of the same {PULL_ROWS:,} rows"
    return [
        Figure(f"baseline: {push_base}", base_push, None),
        Figure(f"sync push of {PUSH_ROWS:,} changed rows", push_ms, 5000, push_base, base_push,
               PUSH_RUNS),
        Figure(f"baseline: {pull_base}", base_pull, None),
        Figure(f"first pull of {PULL_ROWS:,} rows", pull_s * 1000, 30_000, pull_base, base_pull),
        Figure("first pull peak memory (MB, not ms)", peak_mb, 300),
        Figure("sync with nothing to do", idle_ms, 100, push_base, base_push, 5),
        Figure(f"catch-up after {OFFLINE_DAYS} days offline: {len(month):,} up, "
               f"{len(month):,} down", catch_up_ms, 5000, push_base, base_push),
    ]


