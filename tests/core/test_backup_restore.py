"""Issue 16 point 3: backups a killed process never leaves looking complete, a backup folder
and count the desk chooses (refused when it cannot be written), `fielddesk backup -o`, and a
restore that checks the backup's integrity, schema version and station first."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import Database, open_database
from app.db.backup import (
    backup_now,
    backups_of,
    copy_database,
    daily_backup,
    load_plan,
    restore_backup,
)
from app.errors import StorageError, ValidationError
from app.models import AuditEntry
from app.services.actor import Actor
from app.services.backup_settings import set_backup_settings
from app.services.users import create_first_admin
from tests.cli import fielddesk
from tests.core.conftest import PASSWORD

KILLED_MIDWAY = """
import sys
from pathlib import Path
from app.db.backup import copy_database

def progress(done, total):
    print("copying", done, total, flush=True)
    sys.stdin.readline()  # the test kills this process here, mid-copy

copy_database(Path(sys.argv[1]), Path(sys.argv[2]), progress, step_pages=1)
"""


def a_station(path: Path, code: str = "NJ01") -> Path:
    db = open_database(path)
    create_first_admin(db, "admin", "管理员", PASSWORD, {"code": code, "name": f"{code} 站"})
    with db.session() as s:
        s.execute(text("CREATE TABLE padding (data BLOB)"))  # a few hundred pages to copy
        s.execute(text("INSERT INTO padding SELECT randomblob(4000) FROM"
                       " (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                       " WHERE i < 300) SELECT i FROM n)"))
    db.dispose()
    return path


def test_a_backup_killed_midway_leaves_no_file_that_looks_complete(tmp_path: Path) -> None:
    source = a_station(tmp_path / "station.sqlite")
    target = tmp_path / "backups" / "station.2026-12-07.sqlite"
    target.parent.mkdir()
    with subprocess.Popen([sys.executable, "-c", KILLED_MIDWAY, str(source), str(target)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        done, total = map(int, child.stdout.readline().split()[1:])
        assert 0 < done < total  # it is copying
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    partial = target.with_name(target.name + ".partial")
    assert partial.exists() and not target.exists()
    assert backups_of(source) == []  # nothing takes the partial file for a backup
    made = backup_now(source, dt.date(2026, 12, 7))  # the next backup replaces it
    assert made == target and not partial.exists()
    with closing(sqlite3.connect(made)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_the_backup_folder_and_count_are_the_desks_choice(tmp_path: Path, db: Database,
                                                           supervisor: Actor) -> None:
    path = tmp_path / "station.sqlite"
    stick = tmp_path / "usb" / "fielddesk"
    plan, _ = set_backup_settings(db, supervisor, path, stick, 3)
    assert (plan.folder, plan.keep) == (stick, 3) and load_plan(path) == plan
    for day in range(1, 6):
        daily_backup(path, dt.date(2026, 12, day))
    assert [b.day.day for b in backups_of(path)] == [3, 4, 5]
    assert all(b.path.parent == stick for b in backups_of(path))
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == "backup")).one()
    assert str(stick) in entry.after["backup"] and entry.username == "super"


def test_a_folder_that_cannot_be_written_is_refused_with_a_sentence(
        tmp_path: Path, db: Database, supervisor: Actor) -> None:
    path = tmp_path / "station.sqlite"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ValidationError, match="Backups cannot be written to"):
        set_backup_settings(db, supervisor, path, blocker / "backups", 7)
    with pytest.raises(ValidationError, match="between 1 and 366"):
        set_backup_settings(db, supervisor, path, None, 0)
    assert load_plan(path).folder is None


def test_restore_refuses_another_stations_backup_unless_told(tmp_path: Path) -> None:
    nj = a_station(tmp_path / "nj.sqlite")
    sh = a_station(tmp_path / "sh.sqlite", "SH01")
    theirs = copy_database(sh, tmp_path / "sh-backup.sqlite")
    before = nj.read_bytes()
    with pytest.raises(ValidationError, match="is of station SH01, this database is station "
                                              "NJ01's"):
        restore_backup(theirs, nj)
    assert nj.read_bytes() == before
    refused = fielddesk("restore", str(theirs), "--db", str(nj))
    assert refused.returncode == 1 and "--other-station" in refused.stderr
    told = fielddesk("restore", str(theirs), "--other-station", "--db", str(nj))
    assert told.returncode == 0, told.stderr


def test_restore_refuses_a_backup_of_a_newer_schema_or_no_fielddesk_at_all(
        tmp_path: Path) -> None:
    nj = a_station(tmp_path / "nj.sqlite")
    newer = copy_database(nj, tmp_path / "newer.sqlite")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    with pytest.raises(StorageError, match="schema version 9999"):
        restore_backup(newer, nj)
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with pytest.raises(ValidationError, match="no FieldDesk backup"):
        restore_backup(other, nj)


def test_fielddesk_backup_writes_a_checked_copy(tmp_path: Path) -> None:
    nj = a_station(tmp_path / "nj.sqlite")
    out = tmp_path / "out" / "nj-backup.sqlite"
    made = fielddesk("backup", "-o", str(out), "--db", str(nj))
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(out)) as conn:
        assert conn.execute("SELECT code FROM stations").fetchone() == ("NJ01",)
    again = fielddesk("backup", "-o", str(out), "--db", str(nj))
    assert again.returncode == 1 and "exists" in again.stderr
    today = fielddesk("backup", "--db", str(nj))
    assert today.returncode == 0 and len(backups_of(nj)) == 1
