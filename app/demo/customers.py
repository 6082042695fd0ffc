"""Customers, their sites in Nanjing and the air conditioners already installed there."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from app.demo import equipment, people, texts
from app.demo.clock import Clock
from app.demo.places import CITY, PROVINCE, random_address
from app.demo.rand import IdMaker, among, between
from app.models.enums import GeoPrecision
from app.services.search_index import search_text

Row = dict[str, Any]


@dataclass(frozen=True)
class SiteRef:
    """What a job needs to know of its customer and site."""

    customer_id: str
    name: str
    phone: str
    alt_phone: str
    site_id: str
    address: str
    district: str
    equipment_ids: tuple[str, ...]


@dataclass
class Clientele:
    sites: list[SiteRef] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {
        "customers": [], "sites": [], "equipment": []})


def _customer(rng: random.Random, company: bool) -> Row:
    phone = people.mobile(rng)
    return {
        "name": people.company_name(rng) if company else people.person_name(rng),
        "phone": phone,
        "alt_phone": people.mobile(rng) if rng.random() < 0.15 else "",
        "email": people.email(rng, phone) if rng.random() < 0.06 else "",
        "notes": among(rng, texts.CUSTOMER_NOTES) if rng.random() < 0.04 else "",
    }


def _site(rng: random.Random, customer_id: str, company: bool) -> Row:
    address = random_address(rng, residential=not company)
    return {
        "customer_id": customer_id, "address": address.text, "province": PROVINCE, "city": CITY,
        "district": address.district.name, "lat": address.lat, "lon": address.lon,
        "geocode_source": "demo", "geocode_precision": GeoPrecision.STREET.value,
        "access_notes": among(rng, texts.ACCESS_NOTES) if rng.random() < 0.1 else "",
    }


def _installed_units(rng: random.Random, new_id: IdMaker, today: dt.date, site_id: str,
                     company: bool) -> list[Row]:
    count = among(rng, (1, 1, 1, 1, 2, 2, 3)) + (2 if company else 0)
    units = []
    for _ in range(count):
        purchased = today - dt.timedelta(days=equipment.age_in_days(rng))
        commissioned = min(today, purchased + dt.timedelta(days=between(rng, 0, 10)))
        capacity = 12.0 if company and rng.random() < 0.4 else None
        units.append({"id": new_id(), "site_id": site_id,
                      **equipment.unit(rng, purchased, commissioned, capacity)})
    return units


def build_clientele(rng: random.Random, new_id: IdMaker, clock: Clock, count: int) -> Clientele:
    out = Clientele()
    today = clock.today
    for _ in range(count):
        company = rng.random() < 0.04
        customer = {"id": new_id(), **_customer(rng, company)}
        site = {"id": new_id(), **_site(rng, customer["id"], company)}
        units = _installed_units(rng, new_id, today, site["id"], company)
        customer["search_text"] = search_text(customer["name"], customer["phone"],
                                              customer["alt_phone"], site["address"])
        out.rows["customers"].append(customer)
        out.rows["sites"].append(site)
        out.rows["equipment"] += units
        out.sites.append(SiteRef(
            customer["id"], customer["name"], customer["phone"], customer["alt_phone"],
            site["id"], site["address"], site["district"], tuple(u["id"] for u in units)))
    return out
