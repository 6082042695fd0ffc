"""Sites on the map: located after a save, placed by hand, the map tiles file, re-geocoding
the coarse ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from app.db import Database
from app.geo.chain import GeocodingChain
from app.map.mbtiles import TileSetInfo
from app.services.changes import Changes
from app.services.map_settings import set_tiles_path
from app.services.site_locations import (
    GeocodeOutcome,
    RegeocodeSummary,
    SiteLocation,
    geocode_site,
    regeocode,
    set_site_location,
)
from app.ui.context import AppContext
from app.ui.operation import Operation, Running

ChainFactory = Callable[[Database], GeocodingChain]


def place_site(ctx: AppContext, owner: QObject, site_id: str, lat: float,
               lon: float) -> Operation[tuple[SiteLocation, Changes]]:
    """The site's location set by hand (manual, audited; never replaced by a geocoder)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: set_site_location(db, actor, site_id, lat, lon))


def choose_tiles(ctx: AppContext, owner: QObject,
                 path: Path | None) -> Operation[TileSetInfo | None]:
    """Keep `path` as this database's MBTiles file (None: the built-in basemap); a
    supervisor's setting, audited."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: set_tiles_path(db, actor, path))


def regeocode_sites(ctx: AppContext, owner: QObject, site_ids: list[str],
                    make_chain: ChainFactory, counting: str) -> Operation[RegeocodeSummary]:
    """Ask the online geocoder again for each site, on the network lane (one short
    transaction per site, so a cancel keeps what was done); `counting` is the progress text
    with {done} and {total}."""
    db, actor = ctx.db, ctx.actor

    def work(run: Running) -> RegeocodeSummary:
        def report(done: int, total: int) -> None:
            run.report(done, total, counting.format(done=done, total=total))
        return regeocode(db, actor, site_ids, make_chain(db), report, run.cancelled)

    return ctx.network_op(owner, work).announces(
        lambda summary: Changes.MAP | Changes.CUSTOMERS if summary.improved else Changes.NONE)


def locate_site(ctx: AppContext, owner: QObject,
                site_id: str) -> Operation[tuple[GeocodeOutcome, Changes]]:
    """The best location for a site whose address was just saved (the cache, the online
    service if it answers, else the gazetteer), on the network lane: it may wait for the
    service's timeout, and writes in a short transaction of its own."""
    db, actor, make_chain = ctx.db, ctx.actor, ctx.geocoding

    def work(_run: Running) -> tuple[GeocodeOutcome, Changes]:
        return geocode_site(db, actor, site_id, make_chain(db) if make_chain else None)
    return ctx.network_op(owner, work)
