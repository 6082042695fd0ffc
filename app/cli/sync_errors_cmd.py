"""`fielddesk sync errors [--retry ID | --discard ID]`: the changes the central server refused
(the error queue), and the dispatcher's choice for one of them."""

from __future__ import annotations

import argparse

from app.cli.common import db_option, existing_db
from app.services.sync_status import backlog
from app.services.users import actor_for, first_user
from app.sync.refused import SHORT_ID, Refused, discard, find, refused_changes, retry


def add_parser(sync: argparse.ArgumentParser) -> None:
    sub = sync.add_subparsers(title="more", metavar="errors", dest="sync_part")
    p = sub.add_parser("errors", parents=[db_option()],
                       help="the changes the central server refused, and what to do with one")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--retry", metavar="ID",
                        help="send the change again at the next sync (its record as it is now)")
    choice.add_argument("--discard", metavar="ID",
                        help="give the change up: the record takes the server's copy at the "
                             "next sync")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        if args.retry or args.discard:
            entry_id = find(db, args.retry or args.discard)
            actor = actor_for(db, first_user(db))
            (retry if args.retry else discard)(db, actor, entry_id)
            print(f"{'sent again at the next sync' if args.retry else 'discarded'}: {entry_id}")
            return 0
        queue, waiting = refused_changes(db), backlog(db)
    finally:
        db.dispose()
    if not queue:
        print("nothing refused")
    for r in queue:
        print(_line(r))
    if waiting.oldest is not None:
        print(f"the oldest unsent change was made {waiting.oldest:%Y-%m-%d %H:%M} UTC")
    return 0


def _line(r: Refused) -> str:
    record = f"{r.table_name} {r.record or r.row_id}"
    return (f"{r.id[:SHORT_ID]}  {r.made_at:%Y-%m-%d %H:%M}  {r.op} {record}\n"
            f"          {r.reason}")
