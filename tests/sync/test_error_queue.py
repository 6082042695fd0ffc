"""No head-of-line blocking: a change the central server refuses waits in the error queue with
its record and reason while the changes behind it go up; the dispatcher sends it again or
discards it (audited). Rows loaded in bulk go up whole: the demo station syncs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select

from app.cli.main import main
from app.db import open_database
from app.demo import build_demo
from app.models import AuditEntry, Customer, Job, OutboxEntry
from app.models.base import utcnow
from app.models.enums import JobStatus
from app.services.customers import CustomerInput, SiteInput, create_customer
from app.services.jobs import JobInput, get_job, update_job
from app.services.rows import update
from app.services.sync_status import backlog, mark_full_upload
from app.services.users import actor_for
from app.sync.cycle import sync_once
from app.sync.join import join_station
from app.sync.refused import discard, refused_changes, retry
from app.sync.server import add_station
from app.sync.settings import SyncSettings, save_settings
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, server_do, server_rows
from tests.sync.test_protocol import new_job

LONG = "王" * 121  # the central schema keeps names to 120 characters


def customer(station: Station, name: str, phone: str) -> str:
    detail, _ = create_customer(station.db, station.actor, CustomerInput(name, phone),
                                SiteInput("南京市玄武区1号"))
    return detail.id


def change(station: Station, customer_id: str, **values: Any) -> None:
    """Change a customer past the services' checks (as a careless import would)."""
    with station.db.session() as s:
        row = s.get(Customer, customer_id)
        assert row is not None
        update(s, station.actor, row, values)


def server_value(central: str, table: str, column: str, row_id: str) -> Any:
    found = server_rows(central, f"SELECT {column} FROM {table} WHERE id = :id", id=row_id)
    return found[0][0] if found else None


def refused_one(station: Station, customer_id: str) -> str:
    (entry,) = [r for r in refused_changes(station.db) if r.row_id == customer_id]
    return entry.id


def test_refused_changes_wait_aside_and_the_changes_behind_them_go_up(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    job = new_job(nj)
    ruled, long_named = customer(nj, "赵敏", "13700000001"), customer(nj, "钱进", "13700000002")
    with nj.db.session() as s:
        loaded_after = s.scalar(select(func.max(OutboxEntry.seq)))
    never_sent = customer(nj, "孙丽", "13700000003")
    with nj.db.session() as s:  # it never reached the outbox (a bulk load, unmarked)
        s.execute(delete(OutboxEntry).where(OutboxEntry.seq > loaded_after))
    sync_once(nj.db, nj.settings)
    server_do(central, "ALTER TABLE customers ADD CONSTRAINT head_office_rule "
                       "CHECK (notes <> '拒收')")  # a rule only the server has
    change(nj, ruled, notes="拒收")
    change(nj, long_named, name=LONG)
    change(nj, never_sent, notes="新客户")
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="不制冷，漏水"))  # behind them
    report = sync_once(nj.db, nj.settings)
    assert report.pushed.refused == 3 and outbox_count(nj.db) == 0
    assert server_value(central, "jobs", "symptom", job) == "不制冷，漏水"
    queue = {r.row_id: r for r in refused_changes(nj.db)}
    assert {r.record for r in queue.values()} == {"赵敏", LONG, "孙丽"}
    assert "head_office_rule" in str(queue[ruled].reason)
    assert "value too long for type character varying(120)" in str(queue[long_named].reason)
    assert str(queue[never_sent].reason).startswith("The central server has no such record")
    assert backlog(nj.db).refused == 3 and backlog(nj.db).oldest is not None
    server_do(central, "UPDATE customers SET notes = '总部改的' WHERE id = :id", id=ruled)
    sync_once(nj.db, nj.settings)  # the refused value stays here until the dispatcher chose
    with nj.db.session() as s:
        assert s.get(Customer, ruled).notes == "拒收"  # type: ignore[union-attr]

    server_do(central, "ALTER TABLE customers DROP CONSTRAINT head_office_rule")
    retry(nj.db, nj.actor, refused_one(nj, ruled))
    discard(nj.db, nj.actor, refused_one(nj, long_named))
    discard(nj.db, nj.actor, refused_one(nj, never_sent))
    assert refused_changes(nj.db) == [] and backlog(nj.db).pending == 1
    sync_once(nj.db, nj.settings)
    assert server_value(central, "customers", "notes", ruled) == "拒收"
    with nj.db.session() as s:
        assert s.get(Customer, long_named).name == "钱进"  # type: ignore[union-attr]
        assert s.get(Customer, never_sent).deleted  # type: ignore[union-attr]
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.action.in_(("sync_retry", "sync_discard")))).all()
    assert sorted(actions) == ["sync_discard", "sync_discard", "sync_retry"]
    assert backlog(nj.db).refused == 0 and backlog(nj.db).oldest is None


def test_bulk_loaded_rows_go_up_whole_and_a_refused_one_waits_aside(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    rows = [{"id": f"0190aaaa-0000-7000-8000-00000000000{n}", "station_id": nj.actor.station_id,
             "name": name, "phone": f"1370000000{n}"}
            for n, name in enumerate(["甲", LONG, "乙"])]
    with nj.db.engine.begin() as conn:  # an import: rows without outbox entries
        conn.execute(insert(Customer), rows)
        mark_full_upload(conn, utcnow())
    report = sync_once(nj.db, nj.settings)
    assert report.uploaded is not None and report.uploaded.refused == 1
    assert {r for (r,) in server_rows(central, "SELECT name FROM customers")} == {"甲", "乙"}
    (refused,) = refused_changes(nj.db)
    assert (refused.op, refused.record) == ("insert", LONG)
    assert not backlog(nj.db).full_upload
    assert sync_once(nj.db, nj.settings).uploaded is None  # once


def test_the_demo_station_syncs_and_a_second_desk_sees_it(central: str, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    build_demo(path, technicians=3, jobs=20, customers=30, seed=7)
    creds = add_station(central, "NJ01")
    settings = SyncSettings(creds.url_for(central))
    db = open_database(path)
    try:
        first = sync_once(db, settings)
        assert first.uploaded is not None and first.uploaded.rows > 50
        with db.session() as s:
            job = s.scalar(select(Job.id).where(Job.status.not_in(
                (JobStatus.CLOSED.value, JobStatus.CANCELLED.value))).limit(1))
            local_jobs = s.scalar(select(func.count(Job.id)))
        assert job is not None
        dispatcher = actor_for(db, "dispatcher")
        update_job(db, dispatcher, job, JobInput("repair", symptom="演示：改过的故障"))
        again = sync_once(db, settings)
        assert again.pushed.entries >= 1 and again.pushed.refused == 0
        assert refused_changes(db) == [] and outbox_count(db) == 0
        assert server_value(central, "jobs", "symptom", job) == "演示：改过的故障"
    finally:
        db.dispose()
    desk = open_database(tmp_path / "desk2.sqlite")
    try:
        join_station(desk, settings)
        assert get_job(desk, job).symptom == "演示：改过的故障"
        with desk.session() as s:
            assert s.scalar(select(func.count(Job.id))) == local_jobs
    finally:
        desk.dispose()


def test_the_error_queue_on_the_command_line(central: str, make_station: MakeStation,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    nj = make_station("NJ01")
    ruled = customer(nj, "赵敏", "13700000001")
    sync_once(nj.db, nj.settings)
    change(nj, ruled, name=LONG)
    sync_once(nj.db, nj.settings)
    save_settings(nj.path, nj.settings.url)
    db = ["--db", str(nj.path)]
    capsys.readouterr()
    assert main(["sync", "errors", *db]) == 0
    listed = capsys.readouterr().out
    entry = refused_one(nj, ruled)
    assert listed.startswith(entry[:8]) and "value too long" in listed and LONG in listed
    assert main(["sync", "errors", "--retry", "nosuchid", *db]) == 1
    assert "No refused change has the id nosuchid." in capsys.readouterr().err
    assert main(["sync", "errors", "--discard", entry[:8], *db]) == 0
    assert capsys.readouterr().out == f"discarded: {entry}\n"
    assert main(["sync", *db]) == 0
    assert "refused" not in capsys.readouterr().out
    assert main(["sync", "errors", *db]) == 0
    assert capsys.readouterr().out == "nothing refused\n"
