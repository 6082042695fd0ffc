"""Every refusal of the command line is one sentence on one line and a non-zero exit: a damaged,
empty or newer database, a date out of range, a malformed address. A damaged database names its
newest backup and the command that restores it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.db.backup import backups_of
from tests.core.test_cli import fielddesk
from tests.core.test_database_files import damage, station


def refused(*args: str) -> str:
    """The one line a refused command prints (asserting the rest of the contract)."""
    result = fielddesk(*args)
    assert result.returncode == 1, result.stdout
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("fielddesk: ")
    return result.stderr.strip()


def test_a_damaged_database_names_its_newest_backup_and_the_restore_command(
        tmp_path: Path) -> None:
    path = station(tmp_path)
    assert fielddesk("jobs", "list", "--db", str(path)).returncode == 0  # makes today's backup
    [backup] = backups_of(path)
    assert backup.day == dt.date.today()
    damage(path)
    line = refused("jobs", "list", "--db", str(path))
    assert f"The database {path} is damaged: " in line
    assert line.endswith(f"The newest backup is from {backup.day}; restore it with: "
                         f"fielddesk restore {backup.path} --db {path}")
    restored = fielddesk("restore", str(backup.path), "--db", str(path))
    assert restored.returncode == 0, restored.stderr
    kept = Path(restored.stdout.split("the file it replaced is kept as ")[1].strip())
    assert kept.parent == tmp_path and kept.stat().st_size > 0  # the damaged file, kept
    assert fielddesk("jobs", "list", "--db", str(path)).returncode == 0


def test_a_damaged_database_without_a_backup_says_so(tmp_path: Path) -> None:
    path = station(tmp_path)
    damage(path)
    assert refused("jobs", "list", "--db", str(path)).endswith("No backup of it was found.")


def test_an_empty_file_is_refused_not_made_a_station(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite"
    path.touch()
    assert "the file is empty" in refused("jobs", "list", "--db", str(path))
    assert "the file is empty" in refused("join", "--db", str(path), "--url",
                                          "postgresql://station_nj01:pw@127.0.0.1:1/central")
    assert path.stat().st_size == 0


def test_a_database_of_a_newer_fielddesk_is_refused(tmp_path: Path) -> None:
    path = station(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    line = refused("jobs", "list", "--db", str(path))
    assert "schema version 0999, which this FieldDesk does not know" in line


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2026-02-30"])
def test_printing_a_day_out_of_range_is_refused(tmp_path: Path, day: str) -> None:
    path = station(tmp_path)
    line = refused("print", "day", day, "-o", str(tmp_path / "day.pdf"), "--db", str(path))
    assert "between the years 1970 and 2100" in line or "is not a date" in line
    assert not (tmp_path / "day.pdf").exists()


@pytest.mark.parametrize("url", ["postgresql://a:b@host:notaport/db", "postgresql://a:b@[::1/db",
                                 "not a url"])
def test_a_malformed_address_is_refused(tmp_path: Path, url: str) -> None:
    path = station(tmp_path)
    assert "not a database URL" in refused("sync", "--db", str(path), "--url", url)
    assert "not a database URL" in refused("join", "--db", str(tmp_path / "new.sqlite"),
                                           "--url", url)
    assert "address is not valid" in refused("server", "init", "--url", url)
