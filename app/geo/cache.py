"""The local geocode cache: a table of this database (`geocode_cache`), never synced."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from sqlalchemy import delete, select

from app.db import Database
from app.geo.types import GeoResult
from app.models import GeocodeCache
from app.models.base import utcnow
from app.models.enums import GeoPrecision, GeoSource

_SPACE = re.compile(r"\s+")
_KEY_LIMIT = 255


def address_key(address: str) -> str:
    """The cache key of an address: NFKC (full-width letters and digits to ASCII), no
    whitespace, lower case; a very long address keeps its start and a hash of the rest."""
    key = _SPACE.sub("", unicodedata.normalize("NFKC", address)).lower()
    if len(key) > _KEY_LIMIT:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        key = key[: _KEY_LIMIT - len(digest) - 1] + "#" + digest
    return key


class GeocodeCacheStore:
    """Cached answers by address; each call is its own short transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, address: str) -> GeoResult | None:
        query = select(GeocodeCache.lat, GeocodeCache.lon, GeocodeCache.source,
                       GeocodeCache.precision, GeocodeCache.provider).where(
            GeocodeCache.address_key == address_key(address))
        with self.db.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        lat, lon, source, precision, provider = row
        return GeoResult(lat, lon, GeoSource.CACHE, GeoPrecision(precision), GeoSource(source),
                         provider=provider)

    def put(self, address: str, result: GeoResult) -> None:
        row = GeocodeCache(address_key=address_key(address), lat=result.lat, lon=result.lon,
                           source=result.origin.value, precision=result.precision.value,
                           provider=result.provider, cached_at=utcnow())
        with self.db.session() as s:
            s.merge(row)

    def forget(self, address: str) -> None:
        with self.db.session() as s:
            s.execute(delete(GeocodeCache).where(
                GeocodeCache.address_key == address_key(address)))
