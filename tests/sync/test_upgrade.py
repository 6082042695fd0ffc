"""An app upgrade with changes still waiting: a database at revision 0008 (before desks, change
ids and batch numbers), its outbox written in that revision's shape, one batch numbered by
the old push that never reached the server, is upgraded to the newest schema and syncs:
everything arrives once, as it was meant."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database, open_database
from app.db.migrate import upgrade
from app.models import OutboxEntry
from app.models.base import new_id
from app.services.customers import CustomerInput, SiteInput, create_customer, delete_customer
from app.services.jobs import JobInput, get_job, update_job
from app.sync.cycle import sync_once
from app.sync.pull import CURSOR_KEY
from app.sync.settings import save_settings
from app.sync.tables import synced_tables
from tests.sync.conftest import MakeStation, Station
from tests.sync.faults import assert_converged
from tests.sync.helpers import outbox_count, server_rows
from tests.sync.test_crashes import run_until_stalled
from tests.sync.test_protocol import new_job

OLD = "0008"


def columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info('{table}')")]


def at_old_revision(source: Path, path: Path) -> None:
    """A database at revision OLD holding what `source` holds, in OLD's shape (what the
    previous FieldDesk had written: the same rows, the outbox without its newer columns)."""
    old = Database.sqlite(path)
    upgrade(old.engine, OLD)
    old.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("ATTACH DATABASE ? AS newer", (str(source),))
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT IN "
            "('alembic_version', 'sqlite_sequence') AND name NOT LIKE '%_fts%'")]
        assert "desk" not in tables and "change_id" not in columns(conn, "main", "outbox")
        for table in tables:
            shared = [c for c in columns(conn, "main", table)
                      if c in columns(conn, "newer", table)]
            names = ", ".join(f'"{c}"' for c in shared)
            conn.execute(f'DELETE FROM main."{table}"')
            conn.execute(f'INSERT INTO main."{table}" ({names}) '
                         f'SELECT {names} FROM newer."{table}"')
        _unseen_before(conn, tables)
        conn.commit()


def _unseen_before(conn: sqlite3.Connection, tables: list[str]) -> None:
    """The previous FieldDesk never pulled rows of tables it did not have (it refused a server
    that had them): its cursor stops below the first of them the newer desk pulled (the
    station's settings sections, the shared warranty policy), so they come down after the
    upgrade as they would have."""
    synced = {t.name for t in synced_tables()}
    newer = [t for (t,) in conn.execute("SELECT name FROM newer.sqlite_master WHERE type = "
                                        "'table'") if t in synced and t not in tables]
    firsts = [seq for t in newer for (seq,) in conn.execute(
        f'SELECT min(server_seq) FROM newer."{t}" WHERE server_seq > 0') if seq is not None]
    if firsts:
        conn.execute("UPDATE main.local_settings SET value = "
                     "CAST(min(CAST(value AS INTEGER), ?) AS TEXT) WHERE key = ?",
                     (min(firsts) - 1, CURSOR_KEY))


@pytest.mark.parametrize("first_batch", ["never sent", "applied, the answer lost"])
def test_an_outbox_written_before_the_upgrade_is_sent_once_after_it(
        central: str, tmp_path: Path, make_station: MakeStation, first_batch: str) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    gone, _ = create_customer(nj.db, nj.actor, CustomerInput("赵敏", "13700000001"),
                              SiteInput("南京市玄武区1号"))
    sync_once(nj.db, nj.settings)  # what the old FieldDesk had synced
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="漏水", priority="high"))
    delete_customer(nj.db, nj.actor, gone.id)
    later = new_job(nj, "钱进", "13700000002")
    waiting = outbox_count(nj.db)
    if first_batch == "never sent":  # the old push numbered its first batch and died
        with nj.db.session() as s:
            for entry in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq).limit(3)):
                entry.batch_id = new_id()
    else:  # the server applied the old push's batch, which died before it heard so
        save_settings(nj.path, nj.settings.url)
        run_until_stalled("committed:1", "-m", "app", "sync", "--db", str(nj.path))
        assert server_rows(central, "SELECT count(*) FROM sync_batches") == [(2,)]
    nj.db.dispose()
    old_path = tmp_path / "old.sqlite"
    at_old_revision(nj.path, old_path)

    upgraded = Station(open_database(old_path), nj.actor, nj.creds, nj.settings, old_path)
    try:
        with upgraded.db.session() as s:
            ids = s.scalars(select(OutboxEntry.change_id)).all()
        assert len(ids) == len(set(ids)) == waiting  # each waiting change named once
        report = sync_once(upgraded.db, upgraded.settings)
        assert (report.pushed.entries, report.pushed.refused, report.pushed.conflicts) == (
            waiting, 0, [])
        assert report.pushed.repeated == (first_batch != "never sent")
        assert server_rows(central, "SELECT symptom, priority, version FROM jobs WHERE id = :id",
                           id=job) == [("漏水", "high", 2)]
        assert server_rows(central, "SELECT deleted FROM customers WHERE id = :id",
                           id=gone.id) == [(True,)]
        assert get_job(upgraded.db, later).number in {
            n for (n,) in server_rows(central, "SELECT number FROM jobs")}
        assert_converged(central, upgraded)
    finally:
        upgraded.db.dispose()
