"""Every database is a desk of its own: an identity made once, tied to its file, so that a copy
or a restored backup never goes on as the same desk; job numbers come from the desk's own
blocks; the age of the oldest unsent change is known."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import Database, open_database
from app.db.backup import daily_backup, restore_backup
from app.db.desk import COPIED, RESTORED
from app.db.migrate import upgrade
from app.errors import ValidationError
from app.models import Desk, JobNumberBlock, OutboxEntry
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.sync_status import STALE_AFTER, backlog, mark_full_upload
from tests.core.conftest import TZ, MakeJob


def desk_of(db: Database) -> Desk:
    with db.session() as s:
        desk = s.scalar(select(Desk))
        assert desk is not None
        return desk


def registered(db: Database) -> Desk:
    """The desk as the central server would have registered it (batches numbered)."""
    with db.session() as s:
        desk = s.scalars(select(Desk)).one()
        desk.registered, desk.batch_counter, desk.numbering = True, 4, "blocks"
        s.add(JobNumberBlock(year=2026, first=501, last=1000, next=510))
    return desk_of(db)


def test_a_database_gets_its_desk_identity_once(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    first = desk_of(db := open_database(path))
    db.dispose()
    again = desk_of(db := open_database(path))
    db.dispose()
    assert first.id == again.id and len(first.id) == 36 and first.id[14] == "7"  # UUIDv7
    assert first.file_id == again.file_id != ""
    assert again.forked_at is None


def test_a_copied_file_becomes_a_new_desk_and_the_original_stays(tmp_path: Path) -> None:
    original_path = tmp_path / "desk.sqlite"
    db = open_database(original_path)
    before = registered(db)
    db.dispose()
    shutil.copy(original_path, tmp_path / "copy.sqlite")
    copy = open_database(tmp_path / "copy.sqlite")
    original = open_database(original_path)
    try:
        forked = desk_of(copy)
        assert forked.id != before.id and forked.fork_reason == COPIED
        assert (forked.predecessor, forked.predecessor_counter) == (before.id, 4)
        assert not forked.registered and forked.batch_counter == 0
        with copy.session() as s:  # the numbers it held may be the original's next ones
            assert s.scalars(select(JobNumberBlock)).all() == []
        assert desk_of(original).id == before.id  # the file it was made in goes on
        with original.session() as s:
            assert len(s.scalars(select(JobNumberBlock)).all()) == 1
    finally:
        copy.dispose()
        original.dispose()


def test_a_restored_backup_is_a_new_desk_whichever_way_it_came_back(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    before = registered(db)
    db.dispose()
    backup = daily_backup(path)
    assert backup is not None
    restore_backup(backup, path)
    restored = open_database(path)
    try:
        desk = desk_of(restored)
        assert desk.id != before.id and desk.predecessor == before.id
        assert desk.fork_reason == RESTORED
    finally:
        restored.dispose()
    # a backup put back over the same file by hand (same inode): still a backup
    again = tmp_path / "again.sqlite"
    db = open_database(again)
    kept = registered(db).id
    db.dispose()
    copied = daily_backup(again)
    assert copied is not None
    with again.open("r+b") as target:
        target.truncate(0)
        target.write(copied.read_bytes())
    db = open_database(again)
    try:
        assert desk_of(db).predecessor == kept and desk_of(db).fork_reason == RESTORED
    finally:
        db.dispose()


def test_a_desk_that_never_synced_keeps_numbering_freely_after_a_copy(
        tmp_path: Path, make_job: MakeJob, db: Database) -> None:
    job = make_job()
    assert job.number.endswith("-000001")
    db.dispose()
    shutil.copy(tmp_path / "station.sqlite", tmp_path / "moved.sqlite")
    moved = open_database(tmp_path / "moved.sqlite")
    try:
        desk = desk_of(moved)
        assert desk.numbering == "free" and desk.predecessor is None  # no server knew it
    finally:
        moved.dispose()


def test_a_desk_numbers_from_its_blocks_and_says_when_they_ran_out(
        db: Database, make_job: MakeJob, admin: Actor) -> None:
    year = dt.datetime.now(TZ).year
    with db.session() as s:
        s.scalars(select(Desk)).one().numbering = "blocks"
        s.add(JobNumberBlock(year=year, first=501, last=503, next=501))
    assert make_job().number.endswith(f"{year}-000501")
    with db.session() as s:  # a number of its block already here (pulled): skipped
        s.execute(text("UPDATE jobs SET number = :n"), {"n": f"{admin.station_code}-{year}-000502"})
    assert make_job().number.endswith("-000503")
    with pytest.raises(ValidationError, match=f"no job numbers left for {year}: sync"):
        make_job()


def test_an_outbox_written_before_desks_keeps_its_entries_with_change_ids(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database.sqlite(path)
    upgrade(old.engine, "0007")
    with old.session() as s:
        for n in range(2):
            s.execute(text(
                "INSERT INTO outbox (table_name, row_id, op, fields, base_server_seq, created_at,"
                " batch_id) VALUES ('jobs', :r, 'update', '{\"symptom\": \"x\"}', 3,"
                " '2026-01-01 00:00:00', :b)"), {"r": f"row{n}", "b": "sent-once" if n else None})
    old.dispose()
    db = open_database(path)
    try:
        with db.session() as s:
            entries = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
            assert [(e.row_id, e.batch_id, e.fields) for e in entries] == [
                ("row0", None, {"symptom": "x"}), ("row1", "sent-once", {"symptom": "x"})]
            assert len({e.change_id for e in entries}) == 2 and all(
                len(e.change_id) == 36 for e in entries)
    finally:
        db.dispose()


def test_the_oldest_unsent_change_is_known_and_old_ones_are_stale(
        tmp_path: Path, db: Database, make_job: MakeJob) -> None:
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        assert backlog(empty).oldest is None and backlog(empty).age() is None
    finally:
        empty.dispose()
    make_job()
    waiting = backlog(db)
    assert waiting.pending > 0 and waiting.oldest is not None
    assert not waiting.stale()
    assert waiting.stale(waiting.oldest + STALE_AFTER + dt.timedelta(minutes=1))
    loaded = utcnow() - dt.timedelta(days=3)
    with db.engine.begin() as conn:
        mark_full_upload(conn, loaded)
    assert backlog(db).oldest == loaded and backlog(db).full_upload and backlog(db).stale()
