"""What every geocoder answers, and the one error a geocoder may raise: it cannot answer now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from app.models.enums import GeoPrecision, GeoSource

# How sure a location is, best first: a manual pin beats every geocoder.
PRECISION_RANK = {p: rank for rank, p in enumerate((
    GeoPrecision.NONE, GeoPrecision.PROVINCE, GeoPrecision.CITY, GeoPrecision.DISTRICT,
    GeoPrecision.STREET, GeoPrecision.ROOFTOP, GeoPrecision.MANUAL))}
# Sites located this coarsely (or not at all) are listed for re-geocoding when online.
LOW_PRECISION = frozenset({GeoPrecision.NONE, GeoPrecision.PROVINCE, GeoPrecision.CITY,
                           GeoPrecision.DISTRICT})


def rank(precision: str) -> int:
    """The rank of a stored precision string; unknown strings rank as none."""
    try:
        return PRECISION_RANK[GeoPrecision(precision)]
    except ValueError:
        return 0


@dataclass(frozen=True)
class GeoResult:
    """A location in WGS84 with where it came from and how precise it is."""

    lat: float
    lon: float
    source: GeoSource  # where this answer came from now (cache for a cached online answer)
    precision: GeoPrecision
    origin: GeoSource  # who found it first: online or gazetteer (== source unless cached)
    label: str = ""  # what was matched: the provider's display name, the divisions' names
    provider: str = ""  # the online provider's name, e.g. nominatim


class GeocoderUnavailable(Exception):  # noqa: N818 (the name says what the caller must know)
    """The online geocoder cannot answer now: offline, timed out, refused or failing."""


class Geocoder(Protocol):
    """An online geocoding service. `geocode` answers WGS84 or None when the address is
    unknown to it; it raises GeocoderUnavailable when it cannot be asked (never anything else
    for a network or service failure)."""

    name: str

    def geocode(self, address: str) -> GeoResult | None: ...
