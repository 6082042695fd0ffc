"""The rows a push or a full upload created are not pulled back: the desk holds them as the
server does, with the server sequence the server gave them (`PushReport.held`,
`UploadReport.held`), and only a later change of them comes down."""

from __future__ import annotations

from sqlalchemy import insert, select

from app.db import Database
from app.models import Customer, Job, Site
from app.models.base import Synced, utcnow
from app.services.customers import CustomerInput, update_customer
from app.services.jobs import get_job
from app.services.sync_status import mark_full_upload
from app.sync.cycle import sync_once
from app.sync.link import connect
from app.sync.pull import cursor_of, pull
from tests.sync.conftest import MakeStation
from tests.sync.helpers import outbox_count, server_do, server_rows
from tests.sync.test_protocol import new_job


def local_seqs(db: Database, model: type[Synced]) -> dict[str, int]:
    with db.session() as s:
        return {row_id: seq for row_id, seq in s.execute(select(model.id, model.server_seq))}


def server_seqs(central: str, table: str) -> dict[str, int]:
    return dict(server_rows(central, f"SELECT id, server_seq FROM {table}"))


def test_the_rows_a_push_created_are_not_pulled_back_and_carry_the_servers_sequence(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    jobs = {new_job(nj, f"客户{i}", f"1391234{i:04d}") for i in range(3)}
    report = sync_once(nj.db, nj.settings)
    shared = server_rows(central, "SELECT (SELECT count(*) FROM checklist_templates)"
                                  " + (SELECT count(*) FROM warranty_policies)")[0][0]
    assert report.pushed.entries > 9 and report.pulled.rows == shared  # none of its own
    for model, table in ((Job, "jobs"), (Customer, "customers"), (Site, "sites")):
        there = server_seqs(central, table)
        assert local_seqs(nj.db, model) == there and all(there.values())
    assert set(local_seqs(nj.db, Job)) == jobs
    assert cursor_of(nj.db) >= max(server_seqs(central, "jobs").values())  # passed over them
    assert sync_once(nj.db, nj.settings).pulled.rows == 0


def test_a_created_row_changed_between_the_push_and_the_pull_still_comes_down(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    job = new_job(nj)
    sync_once(nj.db, nj.settings)
    pushed = server_seqs(central, "jobs")[job]
    server_do(central, "UPDATE jobs SET priority = 'urgent' WHERE id = :id", id=job)
    engine = connect(nj.settings.url)
    try:
        with engine.connect() as conn:  # a pull told that the desk holds the row as pushed
            report = pull(nj.db, conn, held=[(pushed, pushed)])
    finally:
        engine.dispose()
    changed = server_seqs(central, "jobs")[job]
    assert report.rows == 1 and changed > pushed
    assert get_job(nj.db, job).priority.value == "urgent"
    assert cursor_of(nj.db) == changed == local_seqs(nj.db, Job)[job]


def test_a_bulk_loaded_station_is_not_pulled_back_after_its_full_upload(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    rows = [{"id": f"0190aaaa-0000-7000-8000-{n:012d}", "station_id": nj.actor.station_id,
             "name": f"批量{n}", "phone": f"137{n:08d}"} for n in range(2500)]  # two pages
    with nj.db.engine.begin() as conn:  # an import: rows without outbox entries
        conn.execute(insert(Customer), rows)
        mark_full_upload(conn, utcnow())
    edited = rows[7]["id"]  # edited before the first sync: its change waits in the outbox
    update_customer(nj.db, nj.actor, edited, CustomerInput("改过的名字", "13700000007"))
    report = sync_once(nj.db, nj.settings)
    assert report.uploaded is not None and report.uploaded.rows >= len(rows)
    shared = server_rows(central, "SELECT (SELECT count(*) FROM checklist_templates)"
                                  " + (SELECT count(*) FROM warranty_policies)")[0][0]
    assert report.pulled.rows == shared  # none of its own
    there = server_seqs(central, "customers")
    assert local_seqs(nj.db, Customer) == there and all(there.values())
    assert server_rows(central, "SELECT name FROM customers WHERE id = :id", id=edited) \
        == [("改过的名字",)]
    assert report.pushed.conflicts == [] and outbox_count(nj.db) == 0
    assert sync_once(nj.db, nj.settings).pulled.rows == 0
