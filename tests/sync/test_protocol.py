"""The sync protocol against a real PostgreSQL server: convergence, conflicts, idempotent
batches, tombstones, clocks, and schema versions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import SyncError
from app.models import Customer, OutboxEntry
from app.services.customers import CustomerInput, SiteInput, create_customer, delete_customer
from app.services.jobs import JobInput, NewCustomer, create_job, get_job, update_job
from app.sync.conflicts import open_conflicts, resolve
from app.sync.cycle import sync_once
from app.sync.pull import cursor_of
from app.sync.settings import SyncSettings
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, server_do, server_rows


def new_job(station: Station, name: str = "张伟", phone: str = "13912345678",
            symptom: str = "不制冷") -> str:
    who = NewCustomer(CustomerInput(name, phone), SiteInput("江苏省南京市鼓楼区中山北路100号"))
    detail, _ = create_job(station.db, station.actor, who, JobInput("repair", symptom=symptom))
    return detail.id


def test_two_stations_work_offline_and_converge(central: str, make_station: MakeStation) -> None:
    nj, sz = make_station("NJ01"), make_station("SZ01")
    nj_job = new_job(nj, "王芳")
    sz_job = new_job(sz, "李娜", "13812345678")
    up = sync_once(nj.db, nj.settings).pushed
    assert up.entries == outbox_count(nj.db) + up.entries and up.batches == 1
    sync_once(sz.db, sz.settings)
    jobs = {r.id: r.station_id for r in server_rows(central, "SELECT id, station_id FROM jobs")}
    assert jobs == {nj_job: nj.actor.station_id, sz_job: sz.actor.station_id}
    server_do(central, "UPDATE jobs SET priority = 'urgent' WHERE id = :id", id=nj_job)
    down = sync_once(nj.db, nj.settings).pulled
    assert down.rows >= 1
    assert get_job(nj.db, nj_job).priority.value == "urgent"
    with nj.db.session() as s:  # SZ01's customer never reaches NJ01
        assert [c.name for c in s.scalars(select(Customer))] == ["王芳"]
    assert outbox_count(nj.db) == 0 and outbox_count(sz.db) == 0


def test_the_same_field_changed_on_both_sides_is_one_conflict_and_its_choice_reaches_both(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    sync_once(nj.db, nj.settings)
    server_do(central, "UPDATE jobs SET symptom = '漏水' WHERE id = :id", id=job)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="不制冷，异响", priority="high"))
    report = sync_once(nj.db, nj.settings)
    assert [c.field for _, _, c in report.pushed.conflicts] == ["symptom"]
    (conflict,) = open_conflicts(nj.db)
    assert (conflict.local_value, conflict.server_value) == ("不制冷，异响", "漏水")
    server = server_rows(central, "SELECT symptom, priority FROM jobs WHERE id = :id", id=job)
    assert tuple(server[0]) == ("漏水", "high")  # the disjoint field merged
    assert get_job(nj.db, job).symptom == "漏水"  # the pull brought the server's value
    resolve(nj.db, nj.actor, conflict.id, "mine")
    assert open_conflicts(nj.db) == []
    assert sync_once(nj.db, nj.settings).pushed.conflicts == []
    server = server_rows(central, "SELECT symptom FROM jobs WHERE id = :id", id=job)
    assert server[0][0] == "不制冷，异响" == get_job(nj.db, job).symptom


def test_a_batch_sent_twice_changes_nothing(central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    job = new_job(nj)
    with nj.db.session() as s:
        kept = [(e.table_name, e.row_id, e.op, dict(e.fields), e.base_server_seq)
                for e in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]
    first = sync_once(nj.db, nj.settings).pushed
    before = server_rows(central, "SELECT id, server_seq, version FROM jobs")
    with nj.db.session() as s:  # the same batch again, as after a crash before the outbox
        for table_name, row_id, op, fields, base in kept:  # was cleared
            s.add(OutboxEntry(table_name=table_name, row_id=row_id, op=op, fields=fields,
                              base_server_seq=base, batch_id="replayed"))
    server_do(central, "UPDATE sync_batches SET batch_id = 'replayed'")
    again = sync_once(nj.db, nj.settings).pushed
    assert (first.repeated, again.repeated, again.entries) == (0, 1, first.entries)
    assert server_rows(central, "SELECT id, server_seq, version FROM jobs") == before
    assert len(server_rows(central, "SELECT 1 FROM jobs WHERE id = :id", id=job)) == 1


def test_deletes_travel_both_ways_as_tombstones(central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    gone, _ = create_customer(nj.db, nj.actor, CustomerInput("赵敏", "13700000001"),
                              SiteInput("南京市玄武区1号"))
    kept, _ = create_customer(nj.db, nj.actor, CustomerInput("钱进", "13700000002"),
                              SiteInput("南京市玄武区2号"))
    sync_once(nj.db, nj.settings)
    delete_customer(nj.db, nj.actor, gone.id)
    sync_once(nj.db, nj.settings)
    assert server_rows(central, "SELECT deleted FROM customers WHERE id = :id",
                       id=gone.id)[0][0] is True
    server_do(central, "UPDATE customers SET deleted = true WHERE id = :id", id=kept.id)
    sync_once(nj.db, nj.settings)
    with nj.db.session() as s:
        assert s.get(Customer, kept.id).deleted  # type: ignore[union-attr]


def test_a_client_clock_a_day_behind_reorders_nothing(
    central: str, make_station: MakeStation, monkeypatch: pytest.MonkeyPatch
) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, symptom="第一次")
    sync_once(nj.db, nj.settings)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="第二次"))
    behind = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    monkeypatch.setattr("app.services.recording.utcnow", lambda: behind)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="第三次（时钟慢一天）"))
    sync_once(nj.db, nj.settings)
    row = server_rows(central, "SELECT symptom, updated_at FROM jobs WHERE id = :id", id=job)
    assert row[0][0] == "第三次（时钟慢一天）"  # the last change wins, whatever its clock said
    stamped = row[0][1].replace(tzinfo=dt.UTC)  # stored as UTC without a zone
    assert stamped < dt.datetime.now(dt.UTC) - dt.timedelta(hours=23)  # timestamps inform
    seqs = server_rows(central, "SELECT server_seq FROM jobs ORDER BY server_seq")
    assert cursor_of(nj.db) >= max(s[0] for s in seqs)


def test_a_server_with_an_unknown_schema_is_refused_and_nothing_moves(
    central: str, make_station: MakeStation
) -> None:
    nj = make_station("NJ01")
    new_job(nj)
    waiting = outbox_count(nj.db)
    server_do(central, "UPDATE central_version SET version_num = 'c999'")
    with pytest.raises(SyncError, match=r"has schema .*\+c999, this FieldDesk knows"):
        sync_once(nj.db, nj.settings)
    assert outbox_count(nj.db) == waiting
    assert server_rows(central, "SELECT count(*) FROM jobs")[0][0] == 0


def test_an_unreachable_server_is_one_clear_error(make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    bad = SyncSettings("postgresql+psycopg://station_nj01:x@127.0.0.1:1/central")
    with pytest.raises(SyncError, match=r"^The central server postgresql\+psycopg://"
                                        r"station_nj01:\*\*\*@127.0.0.1:1/central cannot be"):
        sync_once(nj.db, bad)
