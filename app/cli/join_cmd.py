"""`fielddesk join --url URL`: make an empty database a desk of a station on the central server
(a new or replacement PC), keeping the address for the next syncs."""

from __future__ import annotations

import argparse

from app.cli.common import config_of, db_option
from app.cli.credentials import password_for, password_option
from app.db import open_database
from app.sync.join import join_station
from app.sync.settings import SyncSettings, check_url, save_settings


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "join", parents=[db_option(), password_option()],
        help="make an empty database a desk of a station on the central server",
        description="Takes the station's row, users, customers, jobs... from the central "
                    "server into an empty (or new) database; sign in afterwards with the "
                    "station's own users. Run it again to finish a join that was cut off.")
    p.add_argument("--url", required=True,
                   help="the station's address that `fielddesk server add-station` printed "
                        "(the password is asked for, or read from --password-file or "
                        "$FIELDDESK_PASSWORD)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = config_of(args).db_path
    # refused before a file is created
    settings = SyncSettings(check_url(args.url, password_for(args.url, args)))
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        report = join_station(db, settings)
    finally:
        db.dispose()
    save_settings(path, settings.url)
    station = report.station
    print(f"joined {station.code} {station.name}: {report.pulled.rows} records received")
    return 0
