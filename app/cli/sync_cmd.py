"""`fielddesk sync`: one sync cycle with the central server, reported on the command line."""

from __future__ import annotations

import argparse

from app.cli import sync_errors_cmd
from app.cli.common import CliError, config_of, db_option, existing_db
from app.cli.credentials import password_for, password_option
from app.db.desk import BEHIND, COPIED, RESTORED
from app.services.sync_status import backlog
from app.services.users import actor_for, first_user
from app.sync.cycle import sync_once
from app.sync.link import STATION, waiting_at_most
from app.sync.report import SyncReport
from app.sync.settings import SyncSettings, check_url, load_settings, set_central_server


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sync", parents=[db_option(), password_option()],
                       help="push local changes to the central server and pull what is new")
    p.add_argument("--url", help="set the central server address, postgresql://ROLE@HOST:PORT/"
                                 "DB (the password is asked for, or read from --password-file "
                                 "or $FIELDDESK_PASSWORD); kept, once a cycle went through, in "
                                 "a user-only file next to the database")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="give up when the server does not answer for this long "
                        f"(default {STATION.answer:g})")
    p.set_defaults(run=run)
    sync_errors_cmd.add_parser(p)


def run(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        path = config_of(args).db_path
        if args.url:
            settings: SyncSettings | None = SyncSettings(
                check_url(args.url, password_for(args.url, args)))
        else:
            settings = load_settings(path)
        if settings is None:
            raise CliError("no central server set for this database: fielddesk sync --url URL")
        timeouts = waiting_at_most(args.timeout) if args.timeout else STATION
        report = sync_once(db, settings, timeouts=timeouts)
        if args.url:  # only an address that worked replaces the one kept
            set_central_server(db, actor_for(db, first_user(db)), path, settings)
        waiting = backlog(db)
    finally:
        db.dispose()
    _desk_lines(report)
    up, down = report.pushed, report.pulled
    print(f"up: {_count(up.entries, 'change')} in {_count(up.batches, 'batch')}"
          + (f" ({up.repeated} already on the server)" if up.repeated else ""))
    print(f"down: {_count(down.rows, 'row')} in {_count(down.pages, 'page')}")
    print(f"conflicts: {len(up.conflicts)}")
    for name, row_id, c in up.conflicts:
        print(f"  {name} {row_id} {c.field}: here {c.local_value!r}, server {c.server_value!r}")
    if waiting.refused:
        print(f"refused: {_count(waiting.refused, 'change')}, see fielddesk sync errors")
    if waiting.oldest is not None:
        late = " (more than a day)" if waiting.stale() else ""
        print(f"the oldest unsent change was made {waiting.oldest:%Y-%m-%d %H:%M} UTC{late}")
    return 0


FORKED = {RESTORED: "was restored from a backup", COPIED: "is a copy of another desk's "
          "(or was moved)", BEHIND: "is older than the server's copy of it (restored from a "
          "copy)"}


def _desk_lines(report: SyncReport) -> None:
    """What the sync did besides pushing and pulling: a copied or restored database became a
    new desk; rows loaded in bulk went up."""
    desk = report.desk
    if desk is not None and desk.forked_from:
        print(f"this database {FORKED[desk.reason]}: it is now desk {desk.desk_id} (it was "
              f"{desk.forked_from}); {_count(desk.arrived, 'change')} of it had reached the "
              "server already and were not sent again")
    if report.uploaded is not None:
        print(f"uploaded: {_count(report.uploaded.rows, 'row')} loaded in bulk")
    if report.resent is not None:
        print(f"server restored from a backup: {_count(report.resent, 'record')} it lost "
              "sent again")
    if report.moved:
        print(f"moved away: {_count(report.moved, 'record')} given to another station by the "
              "head office, no longer kept here")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "es" if noun.endswith("ch") else "s")
