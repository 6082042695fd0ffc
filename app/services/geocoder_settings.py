"""Which online geocoder this database asks (never synced): a geopy service, the datum it answers
in, its server, timeout and pace. Checked before it is kept, so a kept setting always builds.

Services that need an API key are refused: the database is no credential store (DESIGN section 3)
and sync would copy it. Keyless choices: OpenStreetMap's Nominatim (the default; a station may
run its own and name its server), Photon, ArcGIS. The public Nominatim allows one request a
second at most, so its pace cannot be set faster.

Only a supervisor (or an admin) changes them, and each change is audited.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geopy.exc import ConfigurationError, GeocoderNotFound  # type: ignore[import-untyped]

from app.db import Database
from app.errors import ValidationError
from app.geo.online import ProviderSettings, online_geocoder
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.local_settings import change_setting, setting_in

PROVIDER_KEY = "geocoder_provider"
KEYLESS_SERVICES = ("nominatim", "photon", "arcgis")
PUBLIC_NOMINATIM_DELAY = 1.0  # seconds: https://operations.osmfoundation.org/policies/nominatim/
TIMEOUT_RANGE = (1.0, 60.0)
DELAY_RANGE = (0.0, 60.0)
_SERVER = re.compile(r"[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?")
_SCHEME = re.compile(r"^(https?)://", re.IGNORECASE)


def geocoder_settings(db: Database) -> ProviderSettings:
    """This database's provider settings (the defaults when none were saved)."""
    with db.session() as s:
        kept = setting_in(s, PROVIDER_KEY)
    return ProviderSettings.from_json(kept) if kept else ProviderSettings()


@guarded(*SUPERVISORS)
def set_geocoder_settings(db: Database, actor: Actor, settings: ProviderSettings
                          ) -> ProviderSettings:
    """Check and keep `settings` (a supervisor's, audited); answers what was kept (the server
    without its scheme, which moves to `scheme`). Raises PermissionDenied for other roles and
    ValidationError naming what is wrong; nothing is kept then."""
    settings = _normalised(settings)
    _check_ranges(settings)
    try:
        online_geocoder(settings)  # builds the geopy service: no request is sent
    except GeocoderNotFound:
        raise ValidationError(
            "“{name}” is not a geocoding service geopy knows; use one of {services}.",
            name=settings.name, services=", ".join(KEYLESS_SERVICES)) from None
    except (TypeError, ConfigurationError):
        raise ValidationError(
            "The service “{name}” needs an API key or account, which FieldDesk does "
            "not keep in the station database, or a server address; keyless services: "
            "{services}.", name=settings.name, services=", ".join(KEYLESS_SERVICES)) from None
    with db.session() as s:
        change_setting(s, actor, PROVIDER_KEY, settings.to_json())
    return settings


def _normalised(settings: ProviderSettings) -> ProviderSettings:
    name = settings.name.strip().lower()
    server = settings.domain.strip().rstrip("/")
    scheme = settings.scheme
    found = _SCHEME.match(server)
    if found:
        scheme, server = found.group(1).lower(), server[found.end():]
    if server and not _SERVER.fullmatch(server):
        raise ValidationError("“{server}” is not a server address; write it as "
                              "host, host:port or host/path (e.g. geo.station.lan:8080).",
                              server=settings.domain)
    if not name:
        raise ValidationError("Choose a geocoding service.")
    return replace(settings, name=name, domain=server, scheme=scheme)


def _check_ranges(settings: ProviderSettings) -> None:
    low, high = TIMEOUT_RANGE
    if not low <= settings.timeout <= high:
        raise ValidationError("The timeout must be between {low:g} and {high:g} seconds.",
                              low=low, high=high)
    low, high = DELAY_RANGE
    if settings.name == "nominatim" and not settings.domain:
        low = PUBLIC_NOMINATIM_DELAY
    if not low <= settings.min_delay_seconds <= high:
        if low == PUBLIC_NOMINATIM_DELAY:
            raise ValidationError("The public Nominatim service allows one request a second "
                                  "at most: the pause must be at least 1 second.")
        raise ValidationError("The pause between requests must be between {low:g} and "
                              "{high:g} seconds.", low=low, high=high)
