"""`fielddesk sync`: one sync cycle with the central server, reported on the command line."""

from __future__ import annotations

import argparse

from app.cli.common import CliError, config_of, db_option, existing_db
from app.sync.cycle import sync_once
from app.sync.settings import load_settings, save_settings


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", parents=[db_option()],
                       help="push local changes to the central server and pull what is new")
    p.add_argument("--url", help="set the central server address (with the station's role "
                                 "and password), kept in a user-only file next to the database")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        path = config_of(args).db_path
        settings = save_settings(path, args.url) if args.url else load_settings(path)
        if settings is None:
            raise CliError("no central server set for this database: fielddesk sync --url URL")
        report = sync_once(db, settings)
    finally:
        db.dispose()
    up, down = report.pushed, report.pulled
    print(f"up: {_count(up.entries, 'change')} in {_count(up.batches, 'batch')}"
          + (f" ({up.repeated} already on the server)" if up.repeated else ""))
    print(f"down: {_count(down.rows, 'row')} in {_count(down.pages, 'page')}")
    print(f"conflicts: {len(up.conflicts)}")
    for name, row_id, c in up.conflicts:
        print(f"  {name} {row_id} {c.field}: here {c.local_value!r}, server {c.server_value!r}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "es" if noun.endswith("ch") else "s")
