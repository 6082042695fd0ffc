"""Backups of the station database: SQLite's online backup API (never a file copy of a live
database), one a day in the backup folder (at the first open of the day, and again on the
app's exit, which replaces the day's file with the newer state), the last `keep` days kept,
and restoring one.

A backup is written under a temporary name (`.partial`) and takes its own name only once its
quick check passed, so a file with a backup's name is always complete: a backup killed midway
leaves a `.partial` file, which nothing takes for a backup and the next backup replaces.
Restoring checks the backup first (`backup_checks`) and sets the file it replaces aside
(renamed, with its -wal and -shm), never deleting it.

Where the backups go and how many days are kept is this desk's choice (a USB stick, a share),
kept in `<database>.backup.json` next to the database, so that it is found even when the
database itself is damaged (`app.services.backup_settings` checks and audits a change).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.db.backup_checks import check_backup
from app.db.desk import stamp_copy
from app.db.integrity import COMPANIONS, create_private, read_only_uri

log = logging.getLogger(__name__)
FOLDER = "backups"
KEEP = 7  # daily backups kept per database, unless the desk's plan says otherwise
STEP_PAGES = 4096  # pages copied per step of the backup API (16 MB of 4 KB pages)
_DAY = re.compile(r"\.(\d{4}-\d{2}-\d{2})\.sqlite")  # after the database's stem
Progress = Callable[[int, int], None]  # pages copied, pages in all


@dataclass(frozen=True)
class Backup:
    path: Path
    day: dt.date  # the day it was made


@dataclass(frozen=True)
class BackupPlan:
    """Where this desk's backups go (None: `backups/` next to the database) and how many
    days are kept."""

    folder: Path | None = None
    keep: int = KEEP


def plan_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backup.json")


def load_plan(db_path: Path) -> BackupPlan:
    """The desk's backup plan (the default when none was set, or it cannot be read)."""
    try:
        data = json.loads(plan_path(db_path).read_text(encoding="utf-8"))
        folder = data.get("folder")
        return BackupPlan(Path(folder) if folder else None, int(data.get("keep", KEEP)))
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupPlan()


def save_plan(db_path: Path, plan: BackupPlan) -> None:
    path = plan_path(db_path)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)
    partial.write_text(json.dumps({"folder": str(plan.folder) if plan.folder else None,
                                   "keep": plan.keep}), encoding="utf-8")
    os.replace(partial, path)


def backup_folder(db_path: Path, plan: BackupPlan | None = None) -> Path:
    plan = plan or load_plan(db_path)
    return plan.folder or db_path.parent / FOLDER


def backups_of(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """The database's daily backups, oldest first."""
    folder = folder or backup_folder(db_path)
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


def copy_database(source: Path, target: Path, progress: Progress | None = None,
                  step_pages: int = STEP_PAGES) -> Path:
    """`source` copied page by page through SQLite (consistent even while another connection
    writes), checked, then renamed to `target`: a file with the target's name is complete.
    The copy is one self-contained file (no -wal) readable by the user only, stamped as a copy:
    opened in place of the database, it becomes a new desk (`app.db.desk`). `progress` hears
    of each step."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private(partial)
    try:
        with closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, \
                closing(sqlite3.connect(partial)) as dst:
            src.backup(dst, pages=step_pages, progress=None if progress is None else (
                lambda _status, left, total: progress(total - left, total)))
            stamp_copy(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            found = dst.execute("PRAGMA quick_check").fetchone()
        if found != ("ok",):
            raise sqlite3.DatabaseError(f"the copy of {source} fails its check: {found[0]}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def day_file(db_path: Path, day: dt.date, plan: BackupPlan | None = None) -> Path:
    return backup_folder(db_path, plan) / f"{db_path.stem}.{day.isoformat()}.sqlite"


def backup_now(db_path: Path, today: dt.date | None = None, plan: BackupPlan | None = None,
               progress: Progress | None = None) -> Path:
    """The day's backup made now (replacing an earlier one of the same day), older days
    beyond the plan's count removed. Raises what the copy raised (the day's file is then as
    it was)."""
    plan = plan or load_plan(db_path)
    target = day_file(db_path, today or dt.date.today(), plan)
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_database(db_path, target, progress)
    for old in backups_of(db_path, target.parent)[:-plan.keep]:
        old.path.unlink(missing_ok=True)
    return target


def daily_backup(db_path: Path, today: dt.date | None = None, keep: int | None = None,
                 plan: BackupPlan | None = None) -> Path | None:
    """Today's backup of the database, if it has none yet (None: there was one, or it failed,
    which is logged: a failed backup never stops the desk from opening)."""
    plan = plan or load_plan(db_path)
    if keep is not None:
        plan = BackupPlan(plan.folder, keep)
    if day_file(db_path, today or dt.date.today(), plan).exists():
        return None
    return backup_quietly(db_path, today, plan)


def backup_quietly(db_path: Path, today: dt.date | None = None,
                   plan: BackupPlan | None = None) -> Path | None:
    """`backup_now`, a failure logged instead of raised (the automatic backups)."""
    try:
        return backup_now(db_path, today, plan)
    except (OSError, sqlite3.Error) as exc:
        log.warning("no backup of %s: %s", db_path, exc)
        return None


def restore_backup(backup: Path, db_path: Path, now: dt.datetime | None = None,
                   other_station: bool = False) -> Path | None:
    """Put `backup` in place of the database, once it is checked (sound, a schema this
    FieldDesk knows, and of this database's station unless `other_station`); the file it
    replaces is kept as `<name>.replaced-<time>` (returned; None when there was none)."""
    check_backup(backup, db_path, other_station)
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
