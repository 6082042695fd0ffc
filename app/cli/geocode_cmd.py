"""`fielddesk geocode "ADDRESS" [--offline]`: latitude, longitude, source and precision."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import CliError, config_of, db_option
from app.db import open_database
from app.geo.chain import GeocodingChain
from app.geo.gazetteer import default_gazetteer
from app.geo.online import NominatimGeocoder
from app.services.site_locations import build_chain


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "geocode", parents=[db_option()],
        help="locate an address: cache, online geocoder, offline gazetteer (WGS84)",
        description="Prints 'LAT LON SOURCE PRECISION'. Uses the database's geocode cache and "
                    "geocoder settings when the database exists.")
    p.add_argument("address", metavar="ADDRESS", help="the address to locate, as written")
    p.add_argument("--offline", action="store_true",
                   help="do not ask the online geocoder (cache and offline gazetteer only)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 with one line `lat lon source precision`; 1 when nothing was found."""
    path = config_of(args).db_path
    db = open_database(path) if path.exists() else None
    try:
        chain = build_chain(db) if db is not None else GeocodingChain(
            None, NominatimGeocoder(), default_gazetteer())
        attempt = chain.attempt(args.address, offline=args.offline)
    finally:
        if db is not None:
            db.dispose()
    if attempt.unavailable:
        print(f"fielddesk: offline ({attempt.unavailable}); "
              "answering from the offline gazetteer", file=sys.stderr)
    found = attempt.result
    if found is None:
        raise CliError(f"no location found for {args.address!r}; place a pin by hand")
    print(f"{found.lat:.6f} {found.lon:.6f} {found.source.value} {found.precision.value}")
    return 0
