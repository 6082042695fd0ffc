"""Deletes against edits on the other side, and a desk offline for 30 days: nothing lost,
nothing duplicated, nothing dropped silently (a delete against an edit is one conflict the
dispatcher settles), and a month's backlog drains in one sync."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Customer, OutboxEntry
from app.services.customers import (
    CustomerInput,
    SiteInput,
    create_customer,
    delete_customer,
    update_customer,
)
from app.services.jobs import JobInput, update_job
from app.services.sync_status import backlog
from app.sync.conflicts import open_conflicts, resolve
from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation, Station
from tests.sync.faults import assert_converged, proxy_to, through
from tests.sync.helpers import server_do, server_rows
from tests.sync.test_desks import second_desk
from tests.sync.test_network_faults import PULL_PAGE
from tests.sync.test_protocol import new_job


def customer(station: Station, phone: str = "13700000001") -> str:
    made, _ = create_customer(station.db, station.actor, CustomerInput("赵敏", phone),
                              SiteInput("南京市玄武区1号"))
    return made.id


def deleted_here(station: Station, row_id: str) -> bool:
    with station.db.session() as s:
        return bool(s.get(Customer, row_id).deleted)  # type: ignore[union-attr]


def there(central: str, row_id: str) -> tuple[str, bool]:
    (row,) = server_rows(central, "SELECT phone, deleted FROM customers WHERE id = :id",
                         id=row_id)
    return row.phone, row.deleted


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_a_delete_against_an_edit_on_the_other_desk_is_one_conflict(
        central: str, tmp_path: Path, make_station: MakeStation, keep: str) -> None:
    nj = make_station("NJ01")
    row = customer(nj)
    sync_once(nj.db, nj.settings)
    desk2 = second_desk(tmp_path, nj)
    update_customer(desk2.db, desk2.actor, row, CustomerInput("赵敏", "13900000009"))
    delete_customer(nj.db, nj.actor, row)
    sync_once(desk2.db, desk2.settings)
    report = sync_once(nj.db, nj.settings)
    assert [(t, c.field) for t, _, c in report.pushed.conflicts] == [("customers", "deleted")]
    assert there(central, row) == ("13900000009", False)  # the edit is not deleted unseen
    assert not deleted_here(nj, row)  # back at the desk that deleted it, with the edit
    (conflict,) = open_conflicts(nj.db)
    resolve(nj.db, nj.actor, conflict.id, keep)
    sync_once(nj.db, nj.settings)
    sync_once(desk2.db, desk2.settings)
    assert there(central, row) == ("13900000009", keep == "mine")
    assert deleted_here(desk2, row) is (keep == "mine")
    assert open_conflicts(desk2.db) == []
    assert_converged(central, nj, desk2)


def test_an_edit_of_a_record_deleted_on_the_other_side_is_kept_and_one_conflict(
        central: str, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    row = customer(nj)
    sync_once(nj.db, nj.settings)

    server_do(central, "UPDATE customers SET deleted = true WHERE id = :id", id=row)  # HQ
    update_customer(nj.db, nj.actor, row, CustomerInput("赵敏", "13900000009"))
    report = sync_once(nj.db, nj.settings)
    assert [c.field for _, _, c in report.pushed.conflicts] == ["deleted"]
    assert there(central, row) == ("13900000009", True)  # the edit kept in the record
    assert deleted_here(nj, row)
    (conflict,) = open_conflicts(nj.db)
    resolve(nj.db, nj.actor, conflict.id, "mine")  # the dispatcher brings it back
    sync_once(nj.db, nj.settings)
    assert there(central, row) == ("13900000009", False) and not deleted_here(nj, row)
    assert_converged(central, nj)


def test_a_desk_offline_for_30_days_drains_its_month_and_catches_up(
        central: str, tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    shared = new_job(nj, symptom="不制冷")
    sync_once(nj.db, nj.settings)
    desk2 = second_desk(tmp_path, nj)
    mine = [new_job(nj, f"客户{n}", f"1370000{n:04d}") for n in range(200)]
    for n, job in enumerate(mine[:100]):
        update_job(nj.db, nj.actor, job, JobInput("repair", symptom=f"第{n}次修改"))
    update_job(nj.db, nj.actor, shared, JobInput("repair", symptom="南京一号桌"))
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with nj.db.session() as s:  # the month's work, spread over its 30 days
        for entry in s.scalars(select(OutboxEntry)):
            entry.created_at = month_ago + dt.timedelta(days=entry.seq % 30)
    assert backlog(nj.db).stale()
    for day in range(30):  # meanwhile the other desk works and syncs every day
        new_job(desk2, f"二号桌{day}", f"1360000{day:04d}")
        sync_once(desk2.db, desk2.settings)
    update_job(desk2.db, desk2.actor, shared, JobInput("repair", symptom="南京二号桌"))
    sync_once(desk2.db, desk2.settings)

    report = sync_once(nj.db, nj.settings)
    assert report.pushed.entries == 200 * 3 + 100 + 1 and report.pushed.batches == 2
    assert [c.field for _, _, c in report.pushed.conflicts] == ["symptom"]  # the one field
    assert report.pushed.refused == 0 and not backlog(nj.db).stale()
    sync_once(desk2.db, desk2.settings)
    assert server_rows(central, "SELECT count(*) FROM jobs")[0][0] == 1 + 200 + 30
    assert_converged(central, nj, desk2)


def test_a_delete_made_while_the_sync_pulled_an_edit_is_one_conflict_and_shows_the_server(
        central: str, make_station: MakeStation) -> None:
    """The dispatcher deletes a customer while a sync runs, after its push and before its pull
    brought the head office's edit of that customer: the next sync makes the delete one
    conflict, and the desk shows the record the server kept (found by tests/sync/
    test_model.py: the pull had brought the record already and never brought it again)."""
    nj = make_station("NJ01")
    row = customer(nj)
    sync_once(nj.db, nj.settings)
    server_do(central, "UPDATE customers SET phone = '13900000009' WHERE id = :id", id=row)
    with proxy_to(central) as proxy:
        proxy.on(PULL_PAGE, lambda: delete_customer(nj.db, nj.actor, row))
        sync_once(nj.db, through(proxy, nj).settings)
    assert deleted_here(nj, row)  # waiting to go up
    report = sync_once(nj.db, nj.settings)
    assert [c.field for _, _, c in report.pushed.conflicts] == ["deleted"]
    assert there(central, row) == ("13900000009", False)
    assert not deleted_here(nj, row)
    assert_converged(central, nj)
