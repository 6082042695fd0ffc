"""`fielddesk backup [-o FILE]`: a backup of the station database now, with SQLite's online
backup API (the desk may be working meanwhile): into FILE, or as today's backup in the desk's
backup folder. The file appears only once it is complete and checked."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CliError, config_of, db_option, require_file
from app.db.backup import backup_now, copy_database


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", parents=[db_option()],
                       help="back the database up now (into FILE, or today's backup in the "
                            "backup folder)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write the backup to FILE (refused if FILE exists, unless --force)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = require_file(config_of(args)).db_path
    if args.output is None:
        made = backup_now(path)
    else:
        target = args.output.expanduser().resolve()
        if target == path.resolve():
            raise CliError("the backup cannot replace the database itself")
        if target.exists() and not args.force:
            raise CliError(f"{target} exists (use --force to replace it)")
        target.parent.mkdir(parents=True, exist_ok=True)
        made = copy_database(path, target)
    print(f"backed up {path} to {made}")
    return 0
