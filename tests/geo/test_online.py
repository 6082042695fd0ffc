"""NominatimGeocoder over real HTTP against local stand-ins of the service (no internet)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from app.geo.datum import Datum, gcj02_to_wgs84
from app.geo.online import (
    NominatimGeocoder,
    ProviderSettings,
    nominatim_precision,
    user_agent,
)
from app.geo.types import GeocoderUnavailable
from app.models.enums import GeoPrecision, GeoSource

HOUSE = {"lat": "32.0736", "lon": "118.7683", "class": "building", "type": "yes",
         "place_rank": 30, "importance": 0.2, "display_name": "中山北路100号, 鼓楼区, 南京市"}


@dataclass
class FakeNominatim:
    """What the stand-in answers, and the requests it received."""

    domain: str = ""
    status: int = 200
    body: Any = field(default_factory=lambda: [HOUSE])
    requests: list[tuple[str, dict[str, list[str]], str]] = field(default_factory=list)


@pytest.fixture
def nominatim() -> Iterator[FakeNominatim]:
    fake = FakeNominatim()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            url = urlsplit(self.path)
            fake.requests.append((url.path, parse_qs(url.query), self.headers["User-Agent"]))
            payload = json.dumps(fake.body).encode()
            self.send_response(fake.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.domain = f"127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                              daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()
    thread.join()


def geocoder(domain: str, **settings: Any) -> NominatimGeocoder:
    return NominatimGeocoder(ProviderSettings(domain=domain, scheme="http", min_delay_seconds=0,
                                              **settings))


def test_an_answer_is_wgs84_with_precision_from_its_class(nominatim: FakeNominatim) -> None:
    found = geocoder(nominatim.domain).geocode("南京市鼓楼区中山北路100号")
    assert found is not None
    assert (found.lat, found.lon) == (32.0736, 118.7683)
    assert found.source == found.origin == GeoSource.ONLINE
    assert found.precision == GeoPrecision.ROOFTOP and found.provider == "nominatim"
    path, query, agent = nominatim.requests[0]
    assert path == "/search" and query["q"] == ["南京市鼓楼区中山北路100号"]
    assert query["countrycodes"] == ["cn"]
    assert agent == user_agent() and agent.startswith("FieldDesk/")


def test_a_provider_answering_in_gcj02_is_converted(nominatim: FakeNominatim) -> None:
    found = geocoder(nominatim.domain, datum=Datum.GCJ02).geocode("南京市鼓楼区中山北路100号")
    assert found is not None
    assert (found.lat, found.lon) == gcj02_to_wgs84(32.0736, 118.7683)


def test_an_unknown_address_is_none(nominatim: FakeNominatim) -> None:
    nominatim.body = []
    assert geocoder(nominatim.domain).geocode("火星路1号") is None


def test_a_refused_connection_is_unavailable() -> None:
    with pytest.raises(GeocoderUnavailable, match="nominatim cannot be reached"):
        geocoder("127.0.0.1:9").geocode("南京市鼓楼区")


def test_a_timeout_is_unavailable() -> None:
    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        domain = f"127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(GeocoderUnavailable, match="TimedOut"):
            geocoder(domain, timeout=0.2).geocode("南京市鼓楼区")


@pytest.mark.parametrize("status", [500, 503, 429, 403])
def test_a_failing_service_is_unavailable(nominatim: FakeNominatim, status: int) -> None:
    nominatim.status, nominatim.body = status, {"error": "busy"}
    with pytest.raises(GeocoderUnavailable):
        geocoder(nominatim.domain).geocode("南京市鼓楼区")


@pytest.mark.parametrize(("raw", "precision"), [
    ({"class": "building", "type": "yes", "place_rank": 30}, GeoPrecision.ROOFTOP),
    ({"class": "place", "type": "house", "place_rank": 30}, GeoPrecision.ROOFTOP),
    ({"class": "amenity", "type": "school", "place_rank": 30}, GeoPrecision.ROOFTOP),
    ({"class": "highway", "type": "primary", "place_rank": 26}, GeoPrecision.STREET),
    ({"class": "boundary", "type": "administrative", "place_rank": 12}, GeoPrecision.DISTRICT),
    ({"class": "place", "type": "suburb", "place_rank": 20}, GeoPrecision.DISTRICT),
    ({"class": "boundary", "type": "administrative", "place_rank": 8}, GeoPrecision.PROVINCE),
    ({}, GeoPrecision.DISTRICT),
])
def test_nominatim_precision(raw: dict[str, Any], precision: GeoPrecision) -> None:
    assert nominatim_precision(raw) == precision


def test_the_defaults_follow_nominatims_usage_policy() -> None:
    settings = NominatimGeocoder().settings
    assert settings.name == "nominatim" and settings.datum == Datum.WGS84
    assert settings.min_delay_seconds >= 1.0 and settings.timeout == 5.0
    assert "(service station dispatch)" in user_agent()

