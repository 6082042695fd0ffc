"""The geocoding chain: local cache -> online geocoder -> offline gazetteer -> (a manual pin).

1. The cache answers first, and then nothing else is asked.
2. Unless offline, the online geocoder is asked; its answer is cached. When it cannot be
   reached (GeocoderUnavailable: offline, timeout, service error) or does not know the address,
   the chain goes on: a failing service never stops the dispatcher.
3. The bundled gazetteer answers the centre of the smallest division it is sure of, with the
   division's level as precision (district, city, province).
4. Nothing: None; the caller asks the dispatcher to drop a pin.

Only online answers are cached. A gazetteer answer is cheap to recompute and would otherwise
stand in front of a precise online answer for ever; sites that carry a gazetteer answer are
district-level or worse, so the low-precision queue finds them and re-geocodes them online.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from app.geo.gazetteer import Division, Gazetteer, GazetteerHit, Level
from app.geo.types import Geocoder, GeocoderUnavailable, GeoResult
from app.models.enums import GeoPrecision, GeoSource

__all__ = ["Attempt", "Cache", "Geocoder", "GeocoderUnavailable", "GeocodingChain", "GeoResult",
           "gazetteer_result", "near_hint"]

log = logging.getLogger(__name__)


class Cache(Protocol):
    def get(self, address: str) -> GeoResult | None: ...

    def put(self, address: str, result: GeoResult) -> None: ...


@dataclass(frozen=True)
class Attempt:
    """A chain's answer, and why the online geocoder did not give it ("" when it was not
    needed, not configured, or skipped on purpose with offline=True)."""

    result: GeoResult | None
    unavailable: str = ""


class GeocodingChain:
    def __init__(self, cache: Cache | None, online: Geocoder | None,
                 gazetteer: Gazetteer | None, near: str = "") -> None:
        self.cache = cache
        self.online = online
        self.gazetteer = gazetteer
        self.near = near  # adcode prefix that settles ambiguous names, e.g. the station's city

    def geocode(self, address: str, offline: bool = False) -> GeoResult | None:
        return self.attempt(address, offline).result

    def attempt(self, address: str, offline: bool = False) -> Attempt:
        if not address.strip():
            return Attempt(None)
        unavailable = ""
        if offline or self.online is None:
            found = self.cache.get(address) if self.cache is not None else None
        else:
            try:
                found = self.precise(address)
            except GeocoderUnavailable as exc:
                log.info("online geocoder unavailable, answering offline: %s", exc)
                found, unavailable = None, str(exc)
        return Attempt(found or self.offline_answer(address), unavailable)

    def precise(self, address: str) -> GeoResult | None:
        """Cache, then the online geocoder (its answer cached); raises GeocoderUnavailable."""
        if self.cache is not None and (hit := self.cache.get(address)) is not None:
            return hit
        if self.online is None:
            raise GeocoderUnavailable("no online geocoder is configured")
        found = self.online.geocode(address)
        if found is not None and self.cache is not None:
            self.cache.put(address, found)
        return found

    def offline_answer(self, address: str) -> GeoResult | None:
        if self.gazetteer is None:
            return None
        hit = self.gazetteer.lookup(address, self.near)
        return gazetteer_result(self.gazetteer, hit) if hit else None


def gazetteer_result(gazetteer: Gazetteer, hit: GazetteerHit) -> GeoResult:
    division = gazetteer.divisions[hit.adcode]
    return GeoResult(hit.lat, hit.lon, GeoSource.GAZETTEER, _precision(division),
                     GeoSource.GAZETTEER, label=" ".join(hit.names))


def _precision(division: Division) -> GeoPrecision:
    if division.level == Level.DISTRICT:
        return GeoPrecision.DISTRICT
    if division.level == Level.CITY or division.municipality:
        return GeoPrecision.CITY
    return GeoPrecision.PROVINCE


def near_hint(gazetteer: Gazetteer, address: str) -> str:
    """The adcode prefix of the city (or province) an address lies in: "3201" for an address
    in Nanjing. Given the station's address, ambiguous names resolve towards the station."""
    hit = gazetteer.lookup(address) if address.strip() else None
    if hit is None:
        return ""
    division = gazetteer.divisions[hit.adcode]
    if division.level == Level.PROVINCE:
        return hit.adcode[:2]
    if division.city_code:
        return division.city_code[:4]
    return hit.adcode[:4] if division.level == Level.CITY else hit.adcode[:2]
