"""This desk's backups: where they go and how many days are kept (a supervisor's setting,
audited), and a backup made now.

The plan is this desk's own, not the station's (a USB stick's drive or a share's path names a
place on one PC), kept in `<database>.backup.json` next to the database, where a damaged
database's backups are still found (`app.db.backup`). A folder is taken only when a file can
be written into it now.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.db import Database
from app.db.backup import BackupPlan, Progress, backup_now, load_plan, save_plan
from app.errors import ValidationError
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.recording import record_setting

MAX_KEEP = 366


def backup_settings(db_path: Path) -> BackupPlan:
    return load_plan(db_path)


def check_folder(folder: Path) -> Path:
    """The folder, made absolute, once a file could be written into it (created if missing)."""
    folder = folder.expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".fielddesk-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise ValidationError("Backups cannot be written to {folder} ({reason}): choose a "
                              "folder you may write to, or plug the drive in.", folder=str(folder),
                              reason=exc.strerror or type(exc).__name__) from None
    return folder


@guarded(*SUPERVISORS)
def set_backup_settings(db: Database, actor: Actor, db_path: Path, folder: Path | None,
                        keep: int) -> tuple[BackupPlan, Changes]:
    """Keep this desk's backup folder (None: `backups/` next to the database) and the number
    of days kept, audited."""
    if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        raise ValidationError("Keep between 1 and {maximum} days of backups.", maximum=MAX_KEEP)
    plan = BackupPlan(None if folder is None else check_folder(Path(folder)), keep)
    before = load_plan(db_path)
    if plan == before:
        return plan, Changes.NONE
    with db.session() as s:  # the audit entry commits only if the file was written
        record_setting(s, actor, "backup", _shown(before), _shown(plan))
        save_plan(db_path, plan)
    return plan, Changes.SETTINGS


def _shown(plan: BackupPlan) -> str:
    return f"{plan.folder or 'next to the database'}, {plan.keep} days"


def make_backup(db_path: Path, progress: Progress | None = None) -> Path:
    """Today's backup made now (the app's exit, "Back up now"), as the plan says."""
    return backup_now(db_path, progress=progress)
