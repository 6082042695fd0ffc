"""The home station of this database file: set once, read by every write. Its name, address,
phone and time zone are the profile section of the station's settings once one is stored
(`station_settings`), else the values on its row."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import LocalSetting, Station
from app.services.setting_rows import stored
from app.services.settings_sections import Profile

HOME_KEY = "home_station_id"
STATION_NAMESPACE = uuid.UUID("0b6f1c2a-5d3e-4f7a-8c9b-1e2d3f4a5b6c")
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


@dataclass(frozen=True)
class StationInfo:
    id: str
    code: str
    name: str
    timezone: str
    address: str
    phone: str

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _info(st: Station, profile: dict[str, Any] | None) -> StationInfo:
    """The station as its row has it, or as its profile section says once one was saved (the
    section syncs; the row is the centre's record of the station)."""
    if profile is None:
        return StationInfo(st.id, st.code, st.name, st.timezone, st.address, st.phone)
    p = Profile.from_value(profile)
    return StationInfo(st.id, st.code, p.name, p.timezone, p.address, p.phone)


def station_id(code: str) -> str:
    """A station's id follows from its code, so the station's own database and the central
    server (`fielddesk server add-station CODE`) agree on it without talking to each other."""
    return str(uuid.uuid5(STATION_NAMESPACE, code.strip().upper()))


def create_home_station(
    s: Session, code: str, name: str, timezone: str = "Asia/Shanghai", address: str = "",
    phone: str = "",
) -> StationInfo:
    """Create the station this database belongs to (inside the caller's transaction)."""
    code = code.strip().upper()
    if not CODE_RE.fullmatch(code):
        raise ValidationError(
            "The station code must be 2 to 8 capital letters or digits, starting with a letter "
            "(for example NJ01)."
        )
    profile = Profile(name, address, phone, timezone).checked()
    if s.get(LocalSetting, HOME_KEY) is not None:
        raise ValidationError("This database already belongs to a station.")
    st = Station(id=station_id(code), code=code, name=profile.name, timezone=profile.timezone,
                 address=profile.address, phone=profile.phone)
    s.add(st)
    s.flush()
    s.add(LocalSetting(key=HOME_KEY, value=st.id))
    return _info(st, None)


def station_row_in(s: Session) -> Station | None:
    """The home station's row (its profile may be overridden by the profile section)."""
    setting = s.get(LocalSetting, HOME_KEY)
    if setting is None:
        return None
    return s.get(Station, setting.value)


def home_station_in(s: Session) -> StationInfo | None:
    st = station_row_in(s)
    return _info(st, stored(s, st.id, Profile.SECTION)) if st else None


def has_home_station(db: Database) -> bool:
    with db.session() as s:
        return home_station_in(s) is not None


def home_station(db: Database) -> StationInfo:
    with db.session() as s:
        info = home_station_in(s)
    if info is None:
        raise NotFoundError("This database has no station yet: create one or run `fielddesk demo`.")
    return info
