"""Online geocoders through geopy: Nominatim by default, any geopy service by configuration.

Every network or service failure (timeout, refused connection, HTTP 5xx, quota, bad answer)
becomes GeocoderUnavailable: the chain then answers offline. Requests are rate-limited
(Nominatim's usage policy asks for at most one a second and a real user agent) and never
retried here: a failure means "offline now", and the chain moves on at once. A provider
answering in GCJ-02 or BD-09 is converted to WGS84 on the way in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.error import URLError

# geopy ships no type information.
from geopy.exc import GeocoderQueryError, GeocoderServiceError  # type: ignore[import-untyped]
from geopy.extra.rate_limiter import RateLimiter  # type: ignore[import-untyped]
from geopy.geocoders import get_geocoder_for_service  # type: ignore[import-untyped]
from geopy.location import Location  # type: ignore[import-untyped]

from app import version
from app.geo.datum import Datum, to_wgs84
from app.geo.types import GeocoderUnavailable, GeoResult
from app.models.enums import GeoPrecision, GeoSource


def user_agent() -> str:
    return f"FieldDesk/{version()} (service station dispatch)"


@dataclass(frozen=True)
class ProviderSettings:
    """Which geopy service to ask and in which datum it answers."""

    name: str = "nominatim"  # a geopy service name: nominatim, baiduv3, ...
    datum: Datum = Datum.WGS84  # of its answers: wgs84, gcj02 (AMap, Tencent), bd09 (Baidu)
    domain: str = ""  # "" for the service's own; e.g. a self-hosted Nominatim
    scheme: str = "https"
    timeout: float = 5.0  # seconds
    min_delay_seconds: float = 1.0  # between two requests
    precision: GeoPrecision = GeoPrecision.STREET  # assumed for services that do not say
    # More arguments of the geopy service. Not for API keys when saved: the database is no
    # credential store (DESIGN section 3); a key is added at run time.
    options: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ProviderSettings:
        raw = json.loads(text)
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        known["datum"] = Datum(known.get("datum", Datum.WGS84))
        known["precision"] = GeoPrecision(known.get("precision", GeoPrecision.STREET))
        return cls(**known)


class GeopyGeocoder:
    """Any geopy service, rate-limited, its failures mapped to GeocoderUnavailable."""

    def __init__(self, settings: ProviderSettings | None = None) -> None:
        self.settings = settings or ProviderSettings()
        self.name = self.settings.name
        cls = get_geocoder_for_service(self.settings.name)
        kwargs: dict[str, Any] = {"user_agent": user_agent(), "timeout": self.settings.timeout,
                                  "scheme": self.settings.scheme, **self.settings.options}
        if self.settings.domain:
            kwargs["domain"] = self.settings.domain
        self.service = cls(**kwargs)
        self._geocode = RateLimiter(self.service.geocode,
                                    min_delay_seconds=self.settings.min_delay_seconds,
                                    max_retries=0, swallow_exceptions=False)

    def query(self, address: str) -> dict[str, Any]:
        """Extra arguments of the service's geocode call."""
        return {}

    def precision(self, location: Location) -> GeoPrecision:
        return self.settings.precision

    def geocode(self, address: str) -> GeoResult | None:
        try:
            location = self._geocode(address, exactly_one=True, **self.query(address))
        except GeocoderQueryError:
            return None  # the service did not understand this address: no answer, not offline
        except (GeocoderServiceError, URLError, OSError) as exc:
            raise GeocoderUnavailable(
                f"{self.name} cannot be reached ({type(exc).__name__}: {exc})") from exc
        if location is None:
            return None
        lat, lon = to_wgs84(location.latitude, location.longitude, self.settings.datum)
        return GeoResult(lat, lon, GeoSource.ONLINE, self.precision(location), GeoSource.ONLINE,
                         label=location.address or "", provider=self.name)


class NominatimGeocoder(GeopyGeocoder):
    """OpenStreetMap's Nominatim (or a self-hosted one via `domain`), searching China only."""

    def __init__(self, settings: ProviderSettings | None = None) -> None:
        super().__init__(settings or ProviderSettings())

    def query(self, address: str) -> dict[str, Any]:
        return {"country_codes": "cn", "language": "zh-CN"}

    def precision(self, location: Location) -> GeoPrecision:
        return nominatim_precision(location.raw)


def nominatim_precision(raw: dict[str, Any]) -> GeoPrecision:
    """From a Nominatim answer's class, type and place rank (30 a house or a point of
    interest, 26-27 a street, 8 and below a province or the country)."""
    kind, sort = str(raw.get("class", "")), str(raw.get("type", ""))
    place_rank = int(raw.get("place_rank") or 0)
    if kind == "building" or sort in ("house", "building") or place_rank >= 28:
        return GeoPrecision.ROOFTOP
    if kind == "highway" or place_rank >= 26:
        return GeoPrecision.STREET
    if 0 < place_rank <= 8:
        return GeoPrecision.PROVINCE
    return GeoPrecision.DISTRICT


def online_geocoder(settings: ProviderSettings) -> GeopyGeocoder:
    if settings.name == "nominatim":
        return NominatimGeocoder(settings)
    return GeopyGeocoder(settings)
