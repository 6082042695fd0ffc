"""Customers, their sites and the equipment installed there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Customer, Equipment, Job, Site
from app.models.enums import GeoPrecision, Refrigerant
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.rows import fetch, insert, tombstone, update
from app.services.search_index import reindex_customer
from app.texts import Text

# The fields' names in the sentences of the checks below, made once: an import checks every
# row, and making ten names a row took as long as the checks themselves.
_NAME = Text("customer's name")
_ALT_PHONE = Text("second phone number")
_EMAIL = Text("email address")
_NOTES = Text("customer notes")
_PRECISION = Text("geocode precision")
_ADDRESS = Text("site address")
_PROVINCE = Text("province")
_CITY = Text("city")
_DISTRICT = Text("district")
_SOURCE = Text("geocode source")
_ACCESS = Text("access notes")


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str
    alt_phone: str = ""
    email: str = ""
    notes: str = ""

    def checked(self) -> dict[str, str]:
        return {
            "name": v.required(self.name, _NAME, Customer.name),
            "phone": v.phone(self.phone),
            "alt_phone": (v.phone(self.alt_phone, _ALT_PHONE)
                          if self.alt_phone.strip() else ""),
            "email": v.text(self.email, _EMAIL, Customer.email),
            "notes": v.text(self.notes, _NOTES, Customer.notes),
        }


@dataclass(frozen=True)
class SiteInput:
    address: str
    province: str = ""
    city: str = ""
    district: str = ""
    lat: float | None = None
    lon: float | None = None
    geocode_source: str = ""
    geocode_precision: str = GeoPrecision.NONE.value
    access_notes: str = ""

    def checked(self) -> dict[str, object]:
        if (self.lat is None) != (self.lon is None):
            raise ValidationError("A site location needs both latitude and longitude.")
        if self.lat is not None and self.lon is not None and not (
            -90 <= self.lat <= 90 and -180 <= self.lon <= 180
        ):
            raise ValidationError("The site's latitude or longitude is out of range.")
        v.one_of(GeoPrecision, self.geocode_precision, _PRECISION)
        return {
            "address": v.required(self.address, _ADDRESS, Site.address),
            "province": v.text(self.province, _PROVINCE, Site.province),
            "city": v.text(self.city, _CITY, Site.city),
            "district": v.text(self.district, _DISTRICT, Site.district),
            "lat": self.lat, "lon": self.lon,
            "geocode_source": v.text(self.geocode_source, _SOURCE, Site.geocode_source),
            "geocode_precision": self.geocode_precision,
            "access_notes": v.text(self.access_notes, _ACCESS, Site.access_notes),
        }


@dataclass(frozen=True)
class EquipmentInput:
    brand: str
    model: str
    indoor_serial: str = ""
    outdoor_serial: str = ""
    refrigerant: str = Refrigerant.R32.value
    capacity_kw: float | None = None
    purchase_date: dt.date | None = None
    commissioning_date: dt.date | None = None
    warranty_end: dt.date | None = None

    def checked(self) -> dict[str, object]:
        v.one_of(Refrigerant, self.refrigerant, Text("refrigerant"))
        if self.capacity_kw is not None and not 0 < self.capacity_kw <= 200:
            raise ValidationError("The capacity must be between 0 and 200 kW.")
        if self.purchase_date and self.warranty_end and self.warranty_end < self.purchase_date:
            raise ValidationError("The warranty cannot end before the purchase date.")
        return {
            "brand": v.required(self.brand, Text("brand"), Equipment.brand),
            "model": v.required(self.model, Text("model"), Equipment.model),
            "indoor_serial": v.text(self.indoor_serial, Text("indoor serial number"),
                                    Equipment.indoor_serial),
            "outdoor_serial": v.text(self.outdoor_serial, Text("outdoor serial number"),
                                     Equipment.outdoor_serial),
            "refrigerant": self.refrigerant, "capacity_kw": self.capacity_kw,
            "purchase_date": v.day(self.purchase_date, Text("purchase date")),
            "commissioning_date": v.day(self.commissioning_date, Text("commissioning date")),
            "warranty_end": v.day(self.warranty_end, Text("warranty end")),
        }


@dataclass(frozen=True)
class CustomerSummary:
    id: str
    name: str
    phone: str
    site_id: str
    address: str


def add_customer_in(s: Session, actor: Actor, customer: CustomerInput, site: SiteInput) -> Site:
    c = insert(s, actor, Customer(**customer.checked()))
    row = insert(s, actor, Site(customer_id=c.id, **site.checked()))
    reindex_customer(s, c.id)
    return row


def create_customer(
    db: Database, actor: Actor, customer: CustomerInput, site: SiteInput
) -> tuple[CustomerSummary, Changes]:
    with db.session() as s:
        site_row = add_customer_in(s, actor, customer, site)
        c = s.get(Customer, site_row.customer_id)
        assert c is not None
        summary = CustomerSummary(c.id, c.name, c.phone, site_row.id, site_row.address)
    return summary, Changes.CUSTOMERS


def update_customer(
    db: Database, actor: Actor, customer_id: str, customer: CustomerInput
) -> Changes:
    with db.session() as s:
        row = fetch(s, Customer, customer_id, Text("customer"))
        if update(s, actor, row, customer.checked()):
            reindex_customer(s, customer_id)
    return Changes.CUSTOMERS | Changes.JOBS


ADDRESS_FIELDS = ("address", "province", "city", "district")
LOCATION_FIELDS = ("lat", "lon", "geocode_source", "geocode_precision")
UNLOCATED = {"lat": None, "lon": None, "geocode_source": "",
             "geocode_precision": GeoPrecision.NONE.value}


def _moved(row: Site, values: dict[str, object]) -> bool:
    """The address changed while the location given is still the one found for the old
    address: that location no longer belongs to the site."""
    return (any(values[f] != getattr(row, f) for f in ADDRESS_FIELDS)
            and all(values[f] == getattr(row, f) for f in LOCATION_FIELDS))


def update_site(db: Database, actor: Actor, site_id: str, site: SiteInput) -> Changes:
    """Save a site's fields; an edited address drops the location found for the old one (the
    caller then locates the site again: `site_locations.geocode_site`)."""
    with db.session() as s:
        row = fetch(s, Site, site_id, Text("site"))
        values = site.checked()
        if _moved(row, values):
            values |= UNLOCATED
        if update(s, actor, row, values):
            reindex_customer(s, row.customer_id)
    return Changes.CUSTOMERS | Changes.JOBS | Changes.MAP


def add_site(
    db: Database, actor: Actor, customer_id: str, site: SiteInput
) -> tuple[str, Changes]:
    with db.session() as s:
        fetch(s, Customer, customer_id, Text("customer"))
        site_id = insert(s, actor, Site(customer_id=customer_id, **site.checked())).id
        reindex_customer(s, customer_id)
    return site_id, Changes.CUSTOMERS | Changes.MAP


def add_equipment(
    db: Database, actor: Actor, site_id: str, equipment: EquipmentInput
) -> tuple[str, Changes]:
    with db.session() as s:
        fetch(s, Site, site_id, Text("site"))
        unit_id = insert(s, actor, Equipment(site_id=site_id, **equipment.checked())).id
    return unit_id, Changes.CUSTOMERS


def update_equipment(
    db: Database, actor: Actor, equipment_id: str, equipment: EquipmentInput
) -> Changes:
    with db.session() as s:
        update(s, actor, fetch(s, Equipment, equipment_id, Text("equipment")), equipment.checked())
    return Changes.CUSTOMERS


def find_customers(db: Database, text: str, limit: int = 50) -> list[CustomerSummary]:
    """Customer sites whose customer name, phone or site address contains `text` (cut to
    the search limit)."""
    text = v.search(text).text
    q = (
        select(Customer.id, Customer.name, Customer.phone, Site.id, Site.address)
        .join(Site, Site.customer_id == Customer.id)
        .where(Customer.deleted.is_(False), Site.deleted.is_(False))
        .where(or_(Customer.name.contains(text, autoescape=True),
                   Customer.phone.contains(text, autoescape=True),
                   Site.address.contains(text, autoescape=True)))
        .order_by(Customer.name)
        .limit(limit)
    )
    with db.session() as s:
        return [CustomerSummary(*row) for row in s.execute(q).all()]


def _jobs_naming(s: Session, where: ColumnElement[bool]) -> Text | None:
    """How many live jobs match ("1 job", "3 jobs"), or None for none. Jobs keep their
    customer, site and equipment for their history: the caller refuses to delete them."""
    n = int(s.scalar(select(func.count(Job.id)).where(Job.deleted.is_(False), where)) or 0)
    if not n:
        return None
    return Text("1 job") if n == 1 else Text("{count} jobs", {"count": n})


def _tombstone_site(s: Session, actor: Actor, site: Site) -> None:
    """The site and the equipment installed there (the caller checked that no job needs them)."""
    for unit in s.scalars(select(Equipment).where(
            Equipment.site_id == site.id, Equipment.deleted.is_(False))):
        tombstone(s, actor, unit)
    tombstone(s, actor, site)


def delete_customer(db: Database, actor: Actor, customer_id: str) -> Changes:
    """Tombstone a customer with its sites and equipment, unless jobs keep it for history."""
    with db.session() as s:
        row = fetch(s, Customer, customer_id, Text("customer"))
        if jobs := _jobs_naming(s, Job.customer_id == customer_id):
            raise ValidationError("This customer has {jobs}; a customer with jobs is kept for "
                                  "their history.", jobs=jobs)
        for site in s.scalars(select(Site).where(
                Site.customer_id == customer_id, Site.deleted.is_(False))):
            _tombstone_site(s, actor, site)
        tombstone(s, actor, row)
    return Changes.CUSTOMERS | Changes.MAP


def delete_site(db: Database, actor: Actor, site_id: str) -> Changes:
    """Tombstone a site with its equipment; never the customer's last site nor one with jobs."""
    with db.session() as s:
        site = fetch(s, Site, site_id, Text("site"))
        if jobs := _jobs_naming(s, Job.site_id == site_id):
            raise ValidationError("This site has {jobs}; a site with jobs is kept for their "
                                  "history.", jobs=jobs)
        others = s.scalar(select(func.count(Site.id)).where(
            Site.customer_id == site.customer_id, Site.deleted.is_(False), Site.id != site_id))
        if not others:
            raise ValidationError("This is the customer's only site; "
                                  "a customer keeps at least one site.")
        _tombstone_site(s, actor, site)
        reindex_customer(s, site.customer_id)
    return Changes.CUSTOMERS | Changes.MAP


def delete_equipment(db: Database, actor: Actor, equipment_id: str) -> Changes:
    """Tombstone a piece of equipment that no job names."""
    with db.session() as s:
        unit = fetch(s, Equipment, equipment_id, Text("equipment"))
        if jobs := _jobs_naming(s, Job.equipment_id == equipment_id):
            raise ValidationError("This equipment is named on {jobs}; equipment with jobs is "
                                  "kept for their history.", jobs=jobs)
        tombstone(s, actor, unit)
    return Changes.CUSTOMERS
