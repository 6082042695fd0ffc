"""The station's settings: read a section, and let a supervisor change it (audited, synced).

Each section (`settings_sections`) is one `station_settings` row of the home station, created
at its first change; until then its defaults apply, and for the profile, the logo, the SLA
(response hours, callback days and attempts) and the working hours the values on the
station's own row (where they were kept before sections existed). A change writes the row
with its audit entry (one field per setting, the logo by its fingerprint) and its outbox entry
in one transaction, so every desk of the station and the central server get it at their next
sync; the same section changed on two desks from the same start is a sync conflict like any
other field. This is the API the Settings dialog calls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import reduce
from operator import or_
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.models import Station, StationSetting
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import ResponseHours
from app.scheduling.travel import TravelModel
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.recording import AuditView, record, snapshot
from app.services.setting_rows import row_id, stored
from app.services.settings_sections import (
    SECTIONS,
    Language,
    Logo,
    Profile,
    Section,
    Sla,
    Travel,
    WorkingHours,
)
from app.services.station import home_station_in, station_row_in

S = TypeVar("S", bound=Section)

# Where a section was kept before it had its own row: the station's row.
_FROM_STATION: dict[type[Section], Callable[[Station], Section]] = {
    Profile: lambda st: Profile(st.name, st.address, st.phone, st.timezone),
    Logo: lambda st: Logo(st.logo),
    Sla: lambda st: Sla(ResponseHours(st.response_hours_urgent, st.response_hours_high,
                                      st.response_hours_normal, st.response_hours_low),
                        st.callback_days, st.callback_attempts),
    WorkingHours: lambda st: WorkingHours.from_value({"days": st.business_hours,
                                                      "holidays": st.holidays}),
}


def section_in(s: Session, kind: type[S]) -> S:
    """The home station's section `kind` (its defaults without a station)."""
    station = station_row_in(s)
    if station is None:
        return kind()
    value = stored(s, station.id, kind.SECTION)
    if value is not None:
        return kind.from_value(value)
    legacy = _FROM_STATION.get(kind)
    found = legacy(station) if legacy is not None else kind()
    assert isinstance(found, kind)
    return found


def get_section(db: Database, kind: type[S]) -> S:
    with db.session() as s:
        return section_in(s, kind)


def all_sections(db: Database) -> dict[str, Section]:
    """Every section by name, as stored or by default (what the Settings dialog opens with)."""
    with db.session() as s:
        return {name: section_in(s, kind) for name, kind in SECTIONS.items()}


def travel_model_in(s: Session) -> TravelModel:
    return section_in(s, Travel).model()


def calendar_in(s: Session) -> BusinessCalendar:
    """The home station's business calendar, in its time zone (round the clock without a
    station)."""
    return section_in(s, WorkingHours).calendar(section_in(s, Profile).timezone)


def business_calendar(db: Database) -> BusinessCalendar:
    with db.session() as s:
        return calendar_in(s)


def _flatten(prefix: str, value: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, item in value.items():
        if isinstance(item, dict):
            flat.update(_flatten(f"{prefix}{key}.", item))
        else:
            flat[f"{prefix}{key}"] = item
    return flat


def _flat(section: Section) -> AuditView:
    """The audit trail's view of a section row's change: each setting that changed, as its
    own field ("sla.response_hours.urgent")."""
    def flat(fields: dict[str, Any]) -> dict[str, Any]:
        value = fields.get("value")
        if not isinstance(value, dict):
            return {}
        return _flatten(f"{section.SECTION}.", section.audit_view(value))

    def view(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any],
                                                                      dict[str, Any]]:
        was, now = flat(before), flat(after)
        return ({k: v for k, v in was.items() if now.get(k) != v},
                {k: v for k, v in now.items() if k not in was or was[k] != v})
    return view


def store_in(s: Session, actor: Actor, value: S, action: str | None = None) -> S:
    """Keep a checked section in the caller's transaction (audited as `action`, by default
    "create" or "update", with its outbox entry)."""
    value = value.checked()
    if s.get(Station, actor.station_id) is None or home_station_in(s) is None:
        raise NotFoundError("This database has no station yet.")
    new = value.to_value()
    row = s.get(StationSetting, row_id(actor.station_id, value.SECTION))
    if row is None:
        row = StationSetting(id=row_id(actor.station_id, value.SECTION),
                             station_id=actor.station_id, section=value.SECTION, value=new)
        s.add(row)
        record(s, actor, row, action or "create", None, shown=_flat(value))
    elif row.value != new or row.deleted:
        before = snapshot(row)
        row.value, row.deleted = new, False
        record(s, actor, row, action or "update", before, shown=_flat(value))
    return value


@guarded(*SUPERVISORS)
def set_sections(db: Database, actor: Actor,
                 values: Sequence[Section]) -> tuple[list[Section], Changes]:
    """Check and keep several sections together (the Settings dialog's Save): all of them, or
    none when one is refused (supervisors and admins)."""
    with db.session() as s:
        kept = [store_in(s, actor, value) for value in values]
    return kept, reduce(or_, (k.AFFECTS for k in kept), Changes.SETTINGS)


@guarded(*SUPERVISORS)
def set_section(db: Database, actor: Actor, value: S) -> tuple[S, Changes]:
    """Check and keep one section of the station's settings (supervisors and admins)."""
    [kept], changes = set_sections(db, actor, [value])
    return cast(S, kept), changes


def station_language(db: Database) -> str | None:
    """The language a supervisor chose for the station's desks (None: never chosen, each PC
    follows its system's language)."""
    with db.session() as s:
        station = station_row_in(s)
        value = None if station is None else stored(s, station.id, Language.SECTION)
    return None if value is None else Language.from_value(value).language

