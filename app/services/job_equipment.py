"""The unit a job is about: choosing one of the customer's units, or registering a new one with
the job, and the units a picker offers.

A unit (`Equipment`) is installed at one site; a job names a unit installed at the job's own
site. A new unit named on a job is inserted in the job's transaction (audited, synced like any
unit), so the job and its unit are saved together or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Customer, Equipment, Site
from app.services.actor import Actor
from app.services.customers import EquipmentInput
from app.services.rows import fetch, insert
from app.services.station import home_station_in
from app.services.warranty import WarrantyStatus, warranty_status
from app.texts import Text


@dataclass(frozen=True)
class UnitChoice:
    """A unit as a picker and the job editor show it."""

    id: str
    site_id: str
    address: str  # of the site it is installed at
    brand: str
    model: str
    indoor_serial: str
    outdoor_serial: str
    refrigerant: str
    purchase_date: dt.date | None
    warranty_end: dt.date | None
    warranty: WarrantyStatus  # on the station's today


def station_today(s: Session) -> dt.date:
    """Today in the station's time zone (the computer's zone before a station exists)."""
    info = home_station_in(s)
    now = dt.datetime.now(dt.UTC)
    return (now.astimezone(info.tz) if info else now.astimezone()).date()


def _choice(unit: Equipment, address: str, today: dt.date) -> UnitChoice:
    return UnitChoice(unit.id, unit.site_id, address, unit.brand, unit.model,
                      unit.indoor_serial, unit.outdoor_serial, unit.refrigerant,
                      unit.purchase_date, unit.warranty_end,
                      warranty_status(unit.warranty_end, today))


def unit_choice_in(s: Session, equipment_id: str | None) -> UnitChoice | None:
    """The unit a job names (None: no unit, or one deleted since)."""
    unit = s.get(Equipment, equipment_id) if equipment_id else None
    if unit is None or unit.deleted:
        return None
    site = s.get(Site, unit.site_id)
    return _choice(unit, site.address if site else "", station_today(s))


def customer_units(db: Database, customer_id: str, site_id: str | None = None,
                   today: dt.date | None = None) -> list[UnitChoice]:
    """The customer's live units (only those at `site_id` when given), oldest first: what a
    job of that customer (at that site) may name. `today` decides the warranty states
    (default: the station's today)."""
    query = (select(Equipment, Site.address).join(Site, Site.id == Equipment.site_id)
             .where(Site.customer_id == customer_id, Site.deleted.is_(False),
                    Equipment.deleted.is_(False))
             .order_by(Site.id, Equipment.id))
    if site_id is not None:
        query = query.where(Site.id == site_id)
    with db.session() as s:
        fetch(s, Customer, customer_id, Text("customer"))
        today = today or station_today(s)
        return [_choice(unit, address, today) for unit, address in s.execute(query)]


def _existing(s: Session, equipment_id: str, site: Site) -> str:
    unit = fetch(s, Equipment, equipment_id, Text("equipment"))
    if unit.site_id == site.id:
        return unit.id
    other = s.get(Site, unit.site_id)
    if other is None or other.customer_id != site.customer_id:
        raise ValidationError("That equipment belongs to another customer.")
    raise ValidationError("That equipment is installed at another site of the customer.")


def unit_for_job_in(s: Session, actor: Actor, site: Site, equipment_id: str | None,
                    new_unit: EquipmentInput | None) -> str | None:
    """The id of the unit a job at `site` names: an existing unit installed there, a new unit
    registered there now (in the caller's transaction), or None."""
    if equipment_id is not None and new_unit is not None:
        raise ValidationError("Name one of the customer's units or add a new one, not both.")
    if new_unit is not None:
        return insert(s, actor, Equipment(site_id=site.id, **new_unit.checked())).id
    return None if equipment_id is None else _existing(s, equipment_id, site)
