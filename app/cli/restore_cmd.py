"""`fielddesk restore BACKUP [--other-station]`: put a backup in place of the station database
once it is checked (sound, a schema this FieldDesk knows, the same station); the file it
replaces is kept next to it, renamed. (Daily backups are made in the backup folder; a damaged
database names the newest one.)"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from app.cli.common import config_of, db_option
from app.db.backup import newest_backup, restore_backup


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("restore", parents=[db_option()],
                       help="put a backup in place of the database (the replaced file is kept)")
    p.add_argument("backup", type=Path, metavar="BACKUP", help="a backup file")
    p.add_argument("--other-station", action="store_true",
                   help="restore a backup of another station than the database's (the desk "
                        "becomes a desk of that station)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = config_of(args).db_path
    kept = restore_backup(args.backup.expanduser().resolve(), path,
                          other_station=args.other_station)
    print(f"restored {path} from {args.backup}"
          + (f"; the file it replaced is kept as {kept}" if kept else ""))
    return 0


def restore_hint(db_path: Path) -> str:
    """How to restore the newest backup of a damaged database (one sentence, for the CLI)."""
    backup = newest_backup(db_path)
    if backup is None:
        return "No backup of it was found."
    return (f"The newest backup is from {backup.day}; restore it with: fielddesk restore "
            f"{shlex.quote(str(backup.path))} --db {shlex.quote(str(db_path))}")
