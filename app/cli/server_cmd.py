"""`fielddesk server init|add-station`: set up the central PostgreSQL database."""

from __future__ import annotations

import argparse

from alembic.util import CommandError

from app.cli.common import CliError
from app.sync.server import add_station, init_server


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help="the central PostgreSQL database")
    actions = server.add_subparsers(title="server commands", metavar="ACTION", required=True)
    p = actions.add_parser("init", help="create or upgrade the central schema")
    p.add_argument("--url", required=True, help="postgresql://ADMIN:PASSWORD@HOST:PORT/DB")
    p.set_defaults(run=run_init)
    p = actions.add_parser("add-station", help="create a station's database role")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", default="", help="the station's name")
    p.add_argument("--url", required=True, help="postgresql://ADMIN:PASSWORD@HOST:PORT/DB")
    p.set_defaults(run=run_add_station)


def run_init(args: argparse.Namespace) -> int:
    try:
        versions = init_server(args.url)
    except CommandError as exc:  # Alembic: e.g. a central revision this FieldDesk does not know
        raise CliError(f"the central schema cannot be brought to this FieldDesk's version "
                       f"({exc}); a newer FieldDesk may have set it up: update FieldDesk") from None
    print(f"central schema at version {versions}")
    return 0


def run_add_station(args: argparse.Namespace) -> int:
    creds = add_station(args.url, args.code, args.name)
    print(f"station {creds.station_code}: role {creds.role}, password {creds.password}")
    print("This password is shown once; give the station this address for its sync settings:")
    print(creds.url_for(args.url))
    return 0
