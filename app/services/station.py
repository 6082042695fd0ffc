"""The home station of this database file: set once, read by every write."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import AuditEntry, LocalSetting, Station
from app.services import validation as v
from app.services.actor import Actor
from app.texts import Text

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


def _info(st: Station) -> StationInfo:
    return StationInfo(st.id, st.code, st.name, st.timezone, st.address, st.phone)


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
    name = v.text(name, Text("station's name"), Station.name)
    if not name:
        raise ValidationError("The station needs a name.")
    address = v.text(address, Text("station's address"), Station.address)
    phone = v.phone(phone, Text("station's phone number"), Station.phone) if phone.strip() else ""
    timezone = v.text(timezone, Text("time zone"), Station.timezone)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("Unknown time zone: {timezone}.", timezone=timezone) from None
    if s.get(LocalSetting, HOME_KEY) is not None:
        raise ValidationError("This database already belongs to a station.")
    st = Station(id=station_id(code), code=code, name=name, timezone=timezone,
                 address=address, phone=phone)
    s.add(st)
    s.flush()
    s.add(LocalSetting(key=HOME_KEY, value=st.id))
    return _info(st)


def home_station_in(s: Session) -> StationInfo | None:
    setting = s.get(LocalSetting, HOME_KEY)
    if setting is None:
        return None
    st = s.scalar(select(Station).where(Station.id == setting.value))
    return _info(st) if st else None


def home_station_row_in(s: Session) -> Station | None:
    """The home station's row, to read or change its settings (None: no station yet)."""
    info = home_station_in(s)
    return s.get(Station, info.id) if info is not None else None


def change_station_in(s: Session, actor: Actor, action: str, row: Station,
                      columns: Mapping[str, str], values: Mapping[str, object]) -> bool:
    """Set a station setting made of several columns (`columns`: a name for the audit entry
    -> the column; `values` by those names), with one audit entry of the names that changed
    (entity "stations"). The station row is the centre's reference data: it is not pushed by
    sync. Returns whether anything changed."""
    before = {name: getattr(row, column) for name, column in columns.items()}
    changed = {name for name, value in values.items() if before[name] != value}
    if not changed:
        return False
    for name in changed:
        setattr(row, columns[name], values[name])
    s.add(AuditEntry(
        station_id=actor.station_id, user_id=actor.user_id, username=actor.username,
        entity=Station.__tablename__, entity_id=row.id, action=action,
        before={k: before[k] for k in sorted(changed)},
        after={k: values[k] for k in sorted(changed)}))
    return True


def has_home_station(db: Database) -> bool:
    with db.session() as s:
        return home_station_in(s) is not None


def home_station(db: Database) -> StationInfo:
    with db.session() as s:
        info = home_station_in(s)
    if info is None:
        raise NotFoundError("This database has no station yet: create one or run `fielddesk demo`.")
    return info
