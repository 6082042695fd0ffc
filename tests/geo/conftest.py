"""Geo fixtures: the core station database plus test doubles of the *online service* only
(the cache is the real SQLite table, the gazetteer the bundled file)."""

from __future__ import annotations

import pytest

from app.db import Database
from app.geo.cache import GeocodeCacheStore
from app.geo.gazetteer import Gazetteer, default_gazetteer
from app.geo.types import GeocoderUnavailable, GeoResult
from app.models.enums import GeoPrecision, GeoSource
from tests.core.conftest import *  # noqa: F403  (db, admin, dispatcher, make_job...)

# 南京市鼓楼区中山北路 (WGS84), what a street-level online answer looks like.
ZHONGSHAN_NORTH = (32.0736, 118.7683)


class RecordingGeocoder:
    """An online service that answers every address with one point and remembers the calls."""

    name = "recording"

    def __init__(self, answer: tuple[float, float] | None = ZHONGSHAN_NORTH,
                 precision: GeoPrecision = GeoPrecision.STREET) -> None:
        self.answer = answer
        self.precision = precision
        self.calls: list[str] = []

    def geocode(self, address: str) -> GeoResult | None:
        self.calls.append(address)
        if self.answer is None:
            return None
        return GeoResult(*self.answer, GeoSource.ONLINE, self.precision, GeoSource.ONLINE,
                         provider=self.name)


class UnreachableGeocoder:
    """An online service that is down (what NominatimGeocoder raises when offline)."""

    name = "unreachable"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def geocode(self, address: str) -> GeoResult | None:
        self.calls.append(address)
        raise GeocoderUnavailable("unreachable cannot be reached (timed out)")


@pytest.fixture
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture
def cache(db: Database) -> GeocodeCacheStore:
    return GeocodeCacheStore(db)
