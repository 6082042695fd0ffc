"""Where a site is on the map: geocoding, the low-precision queue and manual correction.

`geocode_site` is the one call after a site is created or its address edited (the customer
editor, the new-job dialog): cache, then the online geocoder if it answers, else the bundled
gazetteer; a network that is down never makes it fail, and what the dispatcher should know
(answered offline, nothing found) is one sentence (`GeocodeOutcome.note`).

Geocoding runs outside any transaction (it may wait for the network); the write that follows
re-reads the site and is skipped if the site moved on meanwhile (address edited, pin placed).
Every change is an audited, synced update of the site ("geocode" or, by hand, "locate"). A pin
placed by hand is never replaced by a geocoder, and a geocoder never replaces a location with
a coarser one, unless the caller forces it. (An edited address drops the old location in
`customers.update_site`, so the next answer is kept whatever its precision.)
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import case, select

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.geo.cache import GeocodeCacheStore
from app.geo.chain import GeocodingChain, near_hint
from app.geo.gazetteer import default_gazetteer
from app.geo.online import online_geocoder
from app.geo.types import LOW_PRECISION, GeoResult, rank
from app.models import AuditEntry, Customer, Site
from app.models.enums import GeoPrecision, GeoSource
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.geocoder_settings import geocoder_settings
from app.services.rows import fetch, update
from app.services.station import home_station_in
from app.texts import Text

MANUAL_REASON = "location corrected by hand on the map"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SiteLocation:
    site_id: str
    address: str
    lat: float | None
    lon: float | None
    source: str
    precision: str


@dataclass(frozen=True)
class GeocodeOutcome:
    location: SiteLocation  # the site as it is now
    result: GeoResult | None  # what the chain answered (None: ask for a pin)
    updated: bool
    offline: bool = False  # the online geocoder was asked but could not be reached
    note: Text | None = None  # what the dispatcher should know: answered offline, not found


@dataclass(frozen=True)
class LowPrecisionSite:
    site_id: str
    customer_id: str
    customer_name: str
    address: str
    precision: str
    source: str


@dataclass(frozen=True)
class RegeocodeSummary:
    total: int
    done: int = 0
    improved: int = 0
    unchanged: int = 0
    not_found: int = 0
    cancelled: bool = False
    offline: Text | None = None  # the online geocoder could not be reached: the sites from
    # then on were answered by the cache and the gazetteer only


def build_chain(db: Database) -> GeocodingChain:
    """The chain this database is set up for: its cache, its provider (Nominatim unless
    configured otherwise), the bundled gazetteer, ambiguous names settled near the station."""
    gazetteer = default_gazetteer()
    with db.session() as s:
        station = home_station_in(s)
    near = near_hint(gazetteer, station.address) if station else ""
    return GeocodingChain(GeocodeCacheStore(db), online_geocoder(geocoder_settings(db)), gazetteer,
                          near=near)


def geocode_text(site: Site) -> str:
    """The site's address with its province, city and district in front when it lacks them."""
    parts = [p for p in (site.province, site.city, site.district) if p and p not in site.address]
    return "".join(parts) + site.address


def _location(site: Site) -> SiteLocation:
    return SiteLocation(site.id, site.address, site.lat, site.lon, site.geocode_source,
                        site.geocode_precision)


def _improves(site: Site, result: GeoResult, force: bool) -> bool:
    if force:
        return True
    if site.geocode_precision == GeoPrecision.MANUAL:
        return False
    return site.lat is None or rank(result.precision) > rank(site.geocode_precision)


def _store(db: Database, actor: Actor, site_id: str, text: str, result: GeoResult,
           force: bool) -> tuple[SiteLocation, bool]:
    """Write `result` if the site still has the address it was found for and it is better."""
    with db.session() as s:
        site = fetch(s, Site, site_id, Text("site"))
        if geocode_text(site) != text or not _improves(site, result, force):
            return _location(site), False
        values = {"lat": result.lat, "lon": result.lon, "geocode_source": result.origin.value,
                  "geocode_precision": result.precision.value}
        reason = f"{result.origin.value} geocoder, {result.precision.value} precision"
        changed = update(s, actor, site, values, "geocode", reason)
        return _location(site), bool(changed)


# How coarse a gazetteer answer is, as a noun the UI translates.
COARSE = {GeoPrecision.DISTRICT: Text("district"), GeoPrecision.CITY: Text("city"),
          GeoPrecision.PROVINCE: Text("province")}


def _note(result: GeoResult | None, offline: bool) -> Text | None:
    if result is None and offline:
        return Text("No location was found offline for this address and the online geocoder "
                    "cannot be reached; place the pin on the map by hand.")
    if result is None:
        return Text("No location was found for this address; place the pin on the map by hand.")
    if offline and result.origin is GeoSource.GAZETTEER:
        return Text("The online geocoder cannot be reached: the site is placed at the centre "
                    "of {area} ({precision} precision) until it is re-geocoded online.",
                    {"area": result.label,
                     "precision": COARSE.get(result.precision, result.precision)})
    return None


def geocode_site(db: Database, actor: Actor, site_id: str, chain: GeocodingChain | None = None,
                 offline: bool = False, force: bool = False) -> tuple[GeocodeOutcome, Changes]:
    """Run the chain (this database's, unless given) on the site's address and keep the answer
    if it is better than what the site has (any answer with `force`); None from the chain
    leaves the site for a pin. Never raises for a network or service failure."""
    with db.session() as s:
        site = fetch(s, Site, site_id, Text("site"))
        text, before = geocode_text(site), _location(site)
    attempt = (chain or build_chain(db)).attempt(text, offline)
    unreached = bool(attempt.unavailable)
    note = _note(attempt.result, unreached)
    if attempt.result is None:
        return GeocodeOutcome(before, None, False, unreached, note), Changes.NONE
    location, updated = _store(db, actor, site_id, text, attempt.result, force)
    changes = Changes.CUSTOMERS | Changes.MAP if updated else Changes.NONE
    return GeocodeOutcome(location, attempt.result, updated, unreached, note), changes


def set_site_location(db: Database, actor: Actor, site_id: str, lat: float, lon: float,
                      reason: str = MANUAL_REASON) -> tuple[SiteLocation, Changes]:
    """A pin placed (or dragged) by hand: source manual, precision manual, audited."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ValidationError("The latitude and longitude must be numbers.")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValidationError("The latitude must lie between -90 and 90 and the longitude "
                              "between -180 and 180.")
    with db.session() as s:
        site = fetch(s, Site, site_id, Text("site"))
        values = {"lat": lat, "lon": lon, "geocode_source": GeoSource.MANUAL.value,
                  "geocode_precision": GeoPrecision.MANUAL.value}
        reason = v.text(reason, Text("reason"), AuditEntry.reason) or MANUAL_REASON
        update(s, actor, site, values, "locate", reason)
        return _location(site), Changes.CUSTOMERS | Changes.MAP


def low_precision_sites(db: Database, limit: int | None = None) -> list[LowPrecisionSite]:
    """Live sites located to a district or worse, or not at all: worst first."""
    worst_first = case({p.value: rank(p) for p in LOW_PRECISION}, value=Site.geocode_precision)
    query = (
        select(Site.id, Customer.id, Customer.name, Site.address, Site.geocode_precision,
               Site.geocode_source)
        .join(Customer, Customer.id == Site.customer_id)
        .where(Site.deleted.is_(False), Customer.deleted.is_(False),
               Site.geocode_precision.in_([p.value for p in LOW_PRECISION]))
        .order_by(worst_first, Customer.name, Site.address, Site.id)
        .limit(limit)
    )
    with db.session() as s:
        return [LowPrecisionSite(*row) for row in s.execute(query).all()]


OFFLINE_REGEOCODE = Text("The online geocoder cannot be reached: sites were located from the "
                         "cache and the offline gazetteer only, where that is better than "
                         "before. Re-geocode them again when online.")


def _regeocode_one(db: Database, actor: Actor, site_id: str, chain: GeocodingChain,
                   offline: bool) -> tuple[str, bool]:
    """(improved, unchanged or not_found, whether the online geocoder was unreachable); not
    found also when the site was deleted meanwhile."""
    try:
        with db.session() as s:
            text = geocode_text(fetch(s, Site, site_id, Text("site")))
    except NotFoundError:
        return "not_found", False
    attempt = chain.attempt(text, offline)
    unreached = bool(attempt.unavailable)
    if unreached:
        log.info("re-geocoding offline from now on: %s", attempt.unavailable)
    if attempt.result is None:
        return "not_found", unreached
    try:
        _, updated = _store(db, actor, site_id, text, attempt.result, force=False)
    except NotFoundError:
        return "not_found", unreached
    return ("improved" if updated else "unchanged"), unreached


def regeocode(db: Database, actor: Actor, site_ids: Iterable[str], chain: GeocodingChain,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> RegeocodeSummary:
    """Locate each site again, as `geocode_site` does (one transaction each, so a cancel keeps
    what was done), keeping only better answers. Once the online geocoder cannot be reached
    it is not asked again: the remaining sites get the cache and the gazetteer. Stops when
    cancelled. `progress(done, total)` is called before the first site and after each."""
    ids = list(site_ids)
    counts = {"improved": 0, "unchanged": 0, "not_found": 0}
    done, stop, offline = 0, False, False
    report = progress or (lambda _done, _total: None)
    report(0, len(ids))
    for site_id in ids:
        if cancelled is not None and cancelled():
            stop = True
            break
        outcome, unreached = _regeocode_one(db, actor, site_id, chain, offline)
        offline = offline or unreached
        counts[outcome] += 1
        done += 1
        report(done, len(ids))
    return RegeocodeSummary(len(ids), done, cancelled=stop,
                            offline=OFFLINE_REGEOCODE if offline else None, **counts)
