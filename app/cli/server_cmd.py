"""`fielddesk server init|add-station|restored`: set up the central PostgreSQL database."""

from __future__ import annotations

import argparse

from alembic.util import CommandError

from app.cli.common import CliError
from app.cli.credentials import password_option, with_password
from app.sync.server import add_station, init_server, start_epoch

ADMIN_URL = ("postgresql://ADMIN@HOST:PORT/DB (the password is asked for, or read from "
             "--password-file or $FIELDDESK_PASSWORD)")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help="the central PostgreSQL database")
    actions = server.add_subparsers(title="server commands", metavar="ACTION", required=True)
    p = actions.add_parser("init", parents=[password_option()],
                           help="create or upgrade the central schema")
    p.add_argument("--url", required=True, help=ADMIN_URL)
    p.set_defaults(run=run_init)
    p = actions.add_parser("add-station", parents=[password_option()],
                           help="create a station's database role")
    p.add_argument("code", metavar="CODE", help="the station's code (NJ01)")
    p.add_argument("--name", default="", help="the station's name")
    p.add_argument("--url", required=True, help=ADMIN_URL)
    p.set_defaults(run=run_add_station)
    p = actions.add_parser("restored", parents=[password_option()],
                           help="after restoring the database from a backup: start a new epoch, "
                                "so that every desk sends again what the server lost")
    p.add_argument("--url", required=True, help=ADMIN_URL)
    p.set_defaults(run=run_restored)


def run_init(args: argparse.Namespace) -> int:
    try:
        versions = init_server(with_password(args.url, args))
    except CommandError as exc:  # Alembic: e.g. a central revision this FieldDesk does not know
        raise CliError(f"the central schema cannot be brought to this FieldDesk's version "
                       f"({exc}); a newer FieldDesk may have set it up: update FieldDesk") from None
    print(f"central schema at version {versions}")
    return 0


def run_add_station(args: argparse.Namespace) -> int:
    url = with_password(args.url, args)
    creds = add_station(url, args.code, args.name)
    print(f"station {creds.station_code}: database role {creds.role}")
    print(f"address:  {creds.url_for(url, with_password=False)}")
    print(f"password: {creds.password}")
    print("The password is shown once. At the station: fielddesk sync --url ADDRESS (it asks "
          "for the password), or Tools > Central server… with the address and the password.")
    return 0


def run_restored(args: argparse.Namespace) -> int:
    epoch = start_epoch(with_password(args.url, args))
    print(f"server epoch {epoch} started: at their next sync, the stations' desks send again "
          "what the server lost")
    return 0
