"""A copied database, a restored backup, a plain copy put back in place: each is detected (the
desk's file, the server's batch counter), becomes a new desk, sends what the server never had
and nothing twice, and takes back by the pull what it lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import open_database
from app.db.backup import daily_backup, restore_backup
from app.db.desk import BEHIND, COPIED, RESTORED
from app.errors import SyncError, ValidationError
from app.models import Desk, OutboxEntry
from app.models.base import new_id
from app.services.jobs import JobInput, get_job, update_job
from app.sync.cycle import sync_once
from app.sync.desks import StaleDesk
from app.sync.link import connect
from app.sync.merge import Side
from app.sync.push import Batch, push_batch
from tests.sync.conftest import MakeStation, Station
from tests.sync.helpers import outbox_count, server_do, server_rows
from tests.sync.test_desks import desk_id, numbers
from tests.sync.test_protocol import new_job


def pending_changes(station: Station) -> list[str]:
    with station.db.session() as s:
        return list(s.scalars(select(OutboxEntry.change_id).order_by(OutboxEntry.seq)))


def times_sent(central: str, change_id: str) -> int:
    """In how many batches the server received a change."""
    return int(server_rows(central, "SELECT count(*) FROM sync_batches, unnest(changes) c "
                                    "WHERE c = CAST(:c AS uuid)", c=change_id)[0][0])


def version(central: str, job: str) -> int:
    return int(server_rows(central, "SELECT version FROM jobs WHERE id = :id", id=job)[0][0])


def reopened(station: Station, path: Path) -> Station:
    return Station(open_database(path), station.actor, station.creds, station.settings, path)


def synced_with_a_pending_change(make_station: MakeStation) -> tuple[Station, str, str]:
    """NJ01 synced once, then its job's symptom changed (waiting in the outbox)."""
    nj = make_station("NJ01")
    job = new_job(nj, symptom="不制冷")
    sync_once(nj.db, nj.settings)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="漏水"))
    (change,) = pending_changes(nj)
    return nj, job, change


@pytest.mark.parametrize("first", ["copy", "original"])
def test_a_copy_on_a_second_pc_becomes_a_desk_of_its_own_and_nothing_goes_up_twice(
        central: str, tmp_path: Path, make_station: MakeStation, first: str) -> None:
    nj, job, change = synced_with_a_pending_change(make_station)
    old_id = desk_id(nj)
    nj.db.dispose()
    shutil.copy(nj.path, tmp_path / "copy.sqlite")
    copy = reopened(nj, tmp_path / "copy.sqlite")
    original = reopened(nj, nj.path)
    try:
        assert desk_id(original) == old_id != desk_id(copy)
        update_job(copy.db, copy.actor, job, JobInput("repair", symptom="漏水", priority="high"))
        order = [copy, original] if first == "copy" else [original, copy]
        reports = {id(s): sync_once(s.db, s.settings) for s in order}
        for s in order:
            sync_once(s.db, s.settings)
        desk = reports[id(copy)].desk
        assert desk is not None and (desk.forked_from, desk.reason) == (old_id, COPIED)
        assert desk.arrived == (1 if first == "original" else 0)
        assert times_sent(central, change) == 1  # by whichever synced first
        assert version(central, job) == 3  # created, the shared change, the copy's own
        assert get_job(original.db, job).priority.value == "high"  # the copy's change came
        assert outbox_count(original.db) == outbox_count(copy.db) == 0
        new_job(original, "钱进", "13700000002")
        new_job(copy, "孙丽", "13700000003")
        for s in [*order, order[0]]:
            sync_once(s.db, s.settings)
        on_server = [n for (n,) in server_rows(central, "SELECT number FROM jobs")]
        assert len(on_server) == 3 == len(set(on_server)) and numbers(copy) == numbers(original)
    finally:
        copy.db.dispose()
        original.db.dispose()


def test_a_desk_restored_from_its_backup_repulls_what_it_lost_and_resends_nothing(
        central: str, make_station: MakeStation) -> None:
    nj, job, change = synced_with_a_pending_change(make_station)
    old_id = desk_id(nj)
    backup = daily_backup(nj.path)  # yesterday's backup, the change still waiting in it
    assert backup is not None
    sync_once(nj.db, nj.settings)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="漏水", priority="urgent"))
    later = new_job(nj, "钱进", "13700000002")
    sync_once(nj.db, nj.settings)
    lost_number = get_job(nj.db, later).number
    nj.db.dispose()  # the disk dies; yesterday's backup comes back
    restore_backup(backup, nj.path)
    restored = reopened(nj, nj.path)
    try:
        with pytest.raises(ValidationError, match="sync with the central server once"):
            new_job(restored)  # its numbers may have been given out since the backup
        update_job(restored.db, restored.actor, job,
                   JobInput("repair", symptom="漏水", priority="urgent", estimated_minutes=45))
        report = sync_once(restored.db, restored.settings)
        assert report.desk is not None and report.desk.reason == RESTORED
        assert (report.desk.forked_from, report.desk.arrived) == (old_id, 1)
        assert times_sent(central, change) == 1
        assert get_job(restored.db, later).number == lost_number  # pulled back
        detail = get_job(restored.db, job)
        assert (detail.priority.value, detail.estimated_minutes) == ("urgent", 45)
        assert server_rows(central, "SELECT estimated_minutes FROM jobs WHERE id = :id",
                           id=job) == [(45,)]  # what it did after the restore went up
        assert new_job(restored, "孙丽", "13700000003") != later
        sync_once(restored.db, restored.settings)
        on_server = [n for (n,) in server_rows(central, "SELECT number FROM jobs")]
        assert len(on_server) == 3 == len(set(on_server))
    finally:
        restored.db.dispose()


def test_a_plain_copy_put_back_in_place_is_caught_by_the_servers_batch_counter(
        central: str, make_station: MakeStation) -> None:
    nj, job, change = synced_with_a_pending_change(make_station)
    nj.db.dispose()
    saved = nj.path.read_bytes()  # a copy made outside FieldDesk, the change waiting in it
    live = reopened(nj, nj.path)
    sync_once(live.db, live.settings)
    update_job(live.db, live.actor, job, JobInput("repair", symptom="漏水", priority="low"))
    sync_once(live.db, live.settings)
    live.db.dispose()
    with nj.path.open("r+b") as same_file:  # written back into the same file: same inode
        same_file.truncate(0)
        same_file.write(saved)
    back = reopened(nj, nj.path)
    try:
        with back.db.session() as s:
            assert s.scalars(select(Desk)).one().forked_at is None  # the opening saw nothing
        before = version(central, job)
        report = sync_once(back.db, back.settings)
        assert report.desk is not None and report.desk.reason == BEHIND
        assert report.desk.arrived == 1 and times_sent(central, change) == 1
        assert version(central, job) == before
        assert get_job(back.db, job).priority.value == "low"  # re-pulled
    finally:
        back.db.dispose()


def test_a_server_that_lost_a_desks_batches_is_refused(central: str,
                                                      make_station: MakeStation) -> None:
    nj, job, change = synced_with_a_pending_change(make_station)
    sync_once(nj.db, nj.settings)
    update_job(nj.db, nj.actor, job, JobInput("repair", symptom="异响"))
    server_do(central, "UPDATE sync_desks SET last_batch = 0")  # as after a server restore
    with pytest.raises(SyncError, match="has lost batches this desk sent"):
        sync_once(nj.db, nj.settings)
    assert outbox_count(nj.db) == 1
    assert server_rows(central, "SELECT symptom FROM jobs WHERE id = :id", id=job) == [("漏水",)]


def test_a_desk_the_server_knows_from_another_file_becomes_a_new_desk(
        central: str, make_station: MakeStation) -> None:
    nj, job, change = synced_with_a_pending_change(make_station)
    old_id = desk_id(nj)
    with nj.db.session() as s:  # as if this were another file the opening did not tell apart
        s.scalars(select(Desk)).one().file_id = "0" * 32
    report = sync_once(nj.db, nj.settings)
    assert report.desk is not None and (report.desk.forked_from, report.desk.reason) == (
        old_id, COPIED)
    assert desk_id(nj) != old_id and times_sent(central, change) == 1
    assert server_rows(central, "SELECT count(*) FROM sync_desks")[0][0] == 2


def test_the_server_takes_a_desks_batches_only_in_rising_numbers(
        central: str, make_station: MakeStation) -> None:
    nj, job, change = synced_with_a_pending_change(make_station)
    sync_once(nj.db, nj.settings)
    with nj.db.session() as s:
        desk = s.scalars(select(Desk)).one()
        side, file_id, last = Side(nj.actor.station_id, desk.id), desk.file_id, desk.batch_counter
    engine = connect(nj.settings.url)
    try:
        for number in (last, last - 1):  # another file's batch with a number already used
            with engine.begin() as conn, pytest.raises(StaleDesk):
                push_batch(conn, side, file_id, Batch(new_id(), number, []))
        with engine.begin() as conn:  # and one with the next number is taken
            assert push_batch(conn, side, file_id, Batch(new_id(), last + 1, [])) is not None
    finally:
        engine.dispose()
    assert server_rows(central, "SELECT last_batch FROM sync_desks")[0][0] == last + 1
