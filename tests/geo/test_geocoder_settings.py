"""Choosing the online geocoder: checked before kept, nothing kept when refused."""

from __future__ import annotations

import pytest

from app.db import Database
from app.errors import ValidationError
from app.geo.datum import Datum
from app.geo.online import ProviderSettings, load_provider, online_geocoder
from app.services.geocoder_settings import set_geocoder_settings


def test_an_own_nominatim_server_is_kept_with_its_scheme_split_off(db: Database) -> None:
    kept = set_geocoder_settings(db, ProviderSettings(
        name=" Nominatim ", domain="http://geo.station.lan:8080/nominatim/",
        min_delay_seconds=0.0, timeout=3.0))
    assert (kept.name, kept.scheme, kept.domain) == ("nominatim", "http",
                                                      "geo.station.lan:8080/nominatim")
    assert load_provider(db) == kept
    assert online_geocoder(load_provider(db)).service.domain == "geo.station.lan:8080/nominatim"


def test_a_service_answering_in_gcj02_is_kept_with_its_datum(db: Database) -> None:
    set_geocoder_settings(db, ProviderSettings(name="photon", datum=Datum.GCJ02))
    assert load_provider(db).datum == Datum.GCJ02 and load_provider(db).name == "photon"


@pytest.mark.parametrize(("settings", "says"), [
    (ProviderSettings(name="mapquest-ish"), "not a geocoding service geopy knows"),
    (ProviderSettings(name="baidu", datum=Datum.BD09), "needs an API key"),
    (ProviderSettings(name="googlev3"), "needs an API key"),
    (ProviderSettings(name=""), "Choose a geocoding service"),
    (ProviderSettings(domain="geo station lan"), "not a server address"),
    (ProviderSettings(min_delay_seconds=0.2), "one request a second"),
    (ProviderSettings(timeout=0.1), "timeout must be between 1 and 60 seconds"),
    (ProviderSettings(domain="geo.lan", min_delay_seconds=-1), "pause between requests"),
])
def test_refused_settings_say_why_and_change_nothing(
        db: Database, settings: ProviderSettings, says: str) -> None:
    before = set_geocoder_settings(db, ProviderSettings(name="arcgis"))
    with pytest.raises(ValidationError, match=says):
        set_geocoder_settings(db, settings)
    assert load_provider(db) == before
