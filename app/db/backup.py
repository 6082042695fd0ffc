"""Backups of the station database: SQLite's online backup API (never a file copy of a live
database), one a day in `backups/` next to the database, the last KEEP kept, and restoring one.

A backup is written under a temporary name and takes its own name only once its quick check
passed, so a file with a backup's name is always complete. Restoring checks the backup first
and sets the file it replaces aside (renamed, with its -wal and -shm), never deleting it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.db.desk import stamp_copy
from app.db.integrity import COMPANIONS, check_database, create_private, read_only_uri

log = logging.getLogger(__name__)
FOLDER = "backups"
KEEP = 7  # daily backups kept per database
_DAY = re.compile(r"\.(\d{4}-\d{2}-\d{2})\.sqlite")  # after the database's stem


@dataclass(frozen=True)
class Backup:
    path: Path
    day: dt.date  # the day it was made


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def backups_of(db_path: Path) -> list[Backup]:
    """The database's daily backups, oldest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        stem, rest = path.name[:len(db_path.stem)], path.name[len(db_path.stem):]
        if stem == db_path.stem and (day := _DAY.fullmatch(rest)):
            try:
                found.append(Backup(path, dt.date.fromisoformat(day.group(1))))
            except ValueError:  # not a day: not one of ours
                continue
    return sorted(found, key=lambda b: b.day)


def newest_backup(db_path: Path) -> Backup | None:
    found = backups_of(db_path)
    return found[-1] if found else None


def copy_database(source: Path, target: Path) -> Path:
    """`source` copied page by page through SQLite (consistent even while another connection
    writes), checked, then renamed to `target`: a file with the target's name is complete.
    The copy is one self-contained file (no -wal) readable by the user only, stamped as a copy:
    opened in place of the database, it becomes a new desk (`app.db.desk`)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)
    try:
        with closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, \
                closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            stamp_copy(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            found = dst.execute("PRAGMA quick_check").fetchone()
        if found != ("ok",):
            raise sqlite3.DatabaseError(f"the copy of {source} fails its check: {found[0]}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def daily_backup(db_path: Path, today: dt.date | None = None, keep: int = KEEP) -> Path | None:
    """Today's backup of the database, if it has none yet (None: there was one, or it failed,
    which is logged: a failed backup never stops the desk from opening)."""
    today = today or dt.date.today()
    target = backup_folder(db_path) / f"{db_path.stem}.{today.isoformat()}.sqlite"
    if target.exists():
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("no backup of %s today: %s", db_path, exc)
        return None
    for old in backups_of(db_path)[:-keep]:
        old.path.unlink(missing_ok=True)
    return target


def restore_backup(backup: Path, db_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Put `backup` in place of the database (after checking it); the file it replaces is kept
    as `<name>.replaced-<time>` (returned; None when there was none)."""
    check_database(backup)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    kept = None
    for suffix in ("", *COMPANIONS):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            current.rename(aside.with_name(aside.name + suffix))
            kept = aside
    copy_database(backup, db_path)
    return kept
