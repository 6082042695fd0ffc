"""The station database file: created readable by its user only, checked when opened (a damaged,
empty or foreign file is refused and left untouched, a newer schema too), and backed up daily
with SQLite's online backup API, restorable with the damaged file kept."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.db.backup import backups_of, copy_database, daily_backup, newest_backup, restore_backup
from app.errors import DamagedDatabase, StorageError
from app.services.actor import Actor
from tests.core.conftest import MakeJob

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def station(tmp_path: Path, name: str = "station.sqlite") -> Path:
    """A closed station file with one row of data."""
    path = tmp_path / name
    db = open_database(path)
    with db.session() as s:
        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('k', 'kept')"))
    db.dispose()
    return path


def value(db: Database) -> str | None:
    with db.session() as s:
        return s.execute(text("SELECT value FROM local_settings WHERE key = 'k'")).scalar()


def damage(path: Path) -> None:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[5 * page:7 * page] = b"\xff" * (2 * page)
    path.write_bytes(bytes(data))


@posix_only
def test_a_new_database_and_its_wal_and_shm_are_readable_by_the_user_only(
        tmp_path: Path) -> None:
    os.umask(0o022)  # the usual default: files readable by everyone
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    with db.session() as s:
        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('k', 'v')"))
    files = [path, path.with_name("new.sqlite-wal"), path.with_name("new.sqlite-shm")]
    assert all(f.exists() for f in files)
    assert [mode(f) for f in files] == [0o600] * 3
    db.dispose()


@posix_only
def test_an_existing_database_open_to_everyone_is_narrowed_when_opened(tmp_path: Path) -> None:
    path = station(tmp_path)
    path.chmod(0o644)
    open_database(path).dispose()
    assert mode(path) == 0o600


def test_an_empty_file_is_refused_and_not_turned_into_a_station(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite"
    path.touch()
    with pytest.raises(DamagedDatabase, match=r"is damaged: the file is empty \(0 bytes\)\. "
                                              r"FieldDesk does not write into it\.$"):
        open_database(path)
    assert path.stat().st_size == 0


@pytest.mark.parametrize("junk", [b"not a database", b"%PDF-1.7\n" + b"\0" * 5000],
                         ids=["text", "pdf"])
def test_a_file_that_is_no_database_is_refused_untouched(tmp_path: Path, junk: bytes) -> None:
    path = tmp_path / "station.sqlite"
    path.write_bytes(junk)
    with pytest.raises(DamagedDatabase, match="it is not a database") as refused:
        open_database(path)
    assert refused.value.path == path and path.read_bytes() == junk


def test_a_damaged_database_is_found_by_the_quick_check_and_not_written(tmp_path: Path) -> None:
    path = station(tmp_path)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabase, match="is damaged: ") as refused:
        open_database(path)
    assert "Traceback" not in str(refused.value) and "\n" not in str(refused.value)
    assert path.read_bytes() == before


def test_a_database_of_a_newer_fielddesk_is_refused_untouched(tmp_path: Path) -> None:
    path = station(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match=r"^This database has schema version 0999, which "
                                           r"this FieldDesk does not know \(it knows up to "):
        open_database(path)
    assert path.read_bytes() == before


def test_a_daily_backup_is_complete_private_and_made_once_a_day(
        tmp_path: Path, db: Database, admin: Actor, make_job: MakeJob) -> None:
    make_job()
    path = Path(str(db.engine.url.database))
    made = daily_backup(path, dt.date(2026, 12, 7))  # while the desk has it open
    assert made == tmp_path / "backups" / "station.2026-12-07.sqlite"
    assert daily_backup(path, dt.date(2026, 12, 7)) is None  # one a day
    if os.name == "posix":
        assert mode(made) == 0o600
    copy = open_database(made)
    try:
        with copy.session() as s:
            assert s.execute(text("SELECT count(*) FROM jobs")).scalar() == 1
    finally:
        copy.dispose()


def test_the_last_backups_are_kept(tmp_path: Path) -> None:
    path = station(tmp_path)
    for day in range(1, 11):
        daily_backup(path, dt.date(2026, 12, day), keep=7)
    (tmp_path / "backups" / "station.2026-12-11.sqlite.partial").write_bytes(b"cut off")
    kept = backups_of(path)
    assert [b.day.day for b in kept] == list(range(4, 11))
    newest = newest_backup(path)
    assert newest is not None and newest.day == dt.date(2026, 12, 10)


def test_a_damaged_database_is_restored_from_its_backup_and_kept(tmp_path: Path) -> None:
    path = station(tmp_path)
    daily_backup(path, dt.date(2026, 12, 6))
    damage(path)
    damaged = path.read_bytes()
    backup = newest_backup(path)
    assert backup is not None
    kept = restore_backup(backup.path, path, now=dt.datetime(2026, 12, 7, 9, 30))
    assert kept == tmp_path / "station.sqlite.replaced-20261207-093000"
    assert kept.read_bytes() == damaged  # never deleted
    db = open_database(path)
    assert value(db) == "kept"
    db.dispose()


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = station(tmp_path)
    made = daily_backup(path, dt.date(2026, 12, 6))
    assert made is not None
    damage(made)
    with pytest.raises(DamagedDatabase):
        restore_backup(made, path)
    db = open_database(path)
    assert value(db) == "kept"
    db.dispose()


def test_a_copy_whose_source_is_damaged_leaves_no_file_that_looks_complete(
        tmp_path: Path) -> None:
    path = station(tmp_path)
    damage(path)
    target = tmp_path / "copy.sqlite"
    with pytest.raises(sqlite3.DatabaseError):
        copy_database(path, target)
    assert not target.exists() and not (tmp_path / "copy.sqlite.partial").exists()
