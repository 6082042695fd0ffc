"""Choosing the online geocoder: a supervisor's setting, checked before kept, nothing kept when
refused, every change audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.geo.datum import Datum
from app.geo.online import ProviderSettings, online_geocoder
from app.models import AuditEntry
from app.services.actor import Actor
from app.services.geocoder_settings import PROVIDER_KEY, geocoder_settings, set_geocoder_settings


def test_an_own_nominatim_server_is_kept_with_its_scheme_split_off(db: Database,
                                                                   supervisor: Actor) -> None:
    assert geocoder_settings(db) == ProviderSettings()  # the defaults until one is kept
    kept = set_geocoder_settings(db, supervisor, ProviderSettings(
        name=" Nominatim ", domain="http://geo.station.lan:8080/nominatim/",
        min_delay_seconds=0.0, timeout=3.0))
    assert (kept.name, kept.scheme, kept.domain) == ("nominatim", "http",
                                                      "geo.station.lan:8080/nominatim")
    assert geocoder_settings(db) == kept
    assert online_geocoder(geocoder_settings(db)).service.domain == "geo.station.lan:8080/nominatim"


def test_a_service_answering_in_gcj02_is_kept_with_its_datum(db: Database,
                                                             supervisor: Actor) -> None:
    set_geocoder_settings(db, supervisor, ProviderSettings(name="photon", datum=Datum.GCJ02))
    assert geocoder_settings(db).datum == Datum.GCJ02 and geocoder_settings(db).name == "photon"


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
        db: Database, supervisor: Actor, settings: ProviderSettings, says: str) -> None:
    before = set_geocoder_settings(db, supervisor, ProviderSettings(name="arcgis"))
    with pytest.raises(ValidationError, match=says):
        set_geocoder_settings(db, supervisor, settings)
    assert geocoder_settings(db) == before


def audit_of(db: Database, key: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "local_settings",
                                                       AuditEntry.entity_id == key)
                              .order_by(AuditEntry.at)))


def test_a_dispatcher_calling_the_service_is_refused(db: Database, dispatcher: Actor) -> None:
    """The menu item is disabled for dispatchers; the service refuses them anyway."""
    with pytest.raises(PermissionDenied):
        set_geocoder_settings(db, dispatcher, ProviderSettings(name="photon"))
    assert geocoder_settings(db) == ProviderSettings()
    assert audit_of(db, PROVIDER_KEY) == []


def test_each_change_is_audited_with_who_and_what(db: Database, supervisor: Actor) -> None:
    first = set_geocoder_settings(db, supervisor, ProviderSettings(name="photon"))
    set_geocoder_settings(db, supervisor, ProviderSettings(name="photon"))  # no change
    second = set_geocoder_settings(db, supervisor, ProviderSettings(name="arcgis"))
    entries = audit_of(db, PROVIDER_KEY)
    assert [(e.username, e.action) for e in entries] == [("super", "update")] * 2
    assert entries[0].before == {PROVIDER_KEY: None}
    assert entries[0].after == {PROVIDER_KEY: first.to_json()}
    assert entries[1].before == entries[0].after
    assert entries[1].after == {PROVIDER_KEY: second.to_json()}
