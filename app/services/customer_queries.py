"""The customers list's read model (searched pages of plain rows) and one customer's detail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Customer, Equipment, Job, Site
from app.services import validation as v
from app.services.rows import fetch
from app.services.warranty import WarrantyStatus, warranty_status
from app.texts import Text


@dataclass(frozen=True)
class CustomerRow:
    id: str
    name: str
    phone: str
    address: str  # the customer's first site
    district: str
    site_count: int
    equipment_count: int
    job_count: int


@dataclass(frozen=True)
class CustomerPage:
    total: int
    offset: int
    rows: list[CustomerRow] = field(default_factory=list)
    search_cut: bool = False  # the search text was longer than SEARCH_LIMIT: its start was used


@dataclass(frozen=True)
class EquipmentDetail:
    id: str
    site_id: str
    brand: str
    model: str
    indoor_serial: str
    outdoor_serial: str
    refrigerant: str
    capacity_kw: float | None
    purchase_date: dt.date | None
    commissioning_date: dt.date | None
    warranty_end: dt.date | None
    warranty: WarrantyStatus
    version: int
    job_count: int


@dataclass(frozen=True)
class SiteDetail:
    id: str
    customer_id: str
    address: str
    province: str
    city: str
    district: str
    lat: float | None
    lon: float | None
    geocode_source: str
    geocode_precision: str
    access_notes: str
    version: int
    job_count: int
    equipment: tuple[EquipmentDetail, ...] = ()


@dataclass(frozen=True)
class CustomerDetail:
    id: str
    name: str
    phone: str
    alt_phone: str
    email: str
    notes: str
    version: int
    job_count: int
    sites: tuple[SiteDetail, ...] = ()


def _matching(text: str) -> list[ColumnElement[bool]]:
    """Live customers matching every word of `text` in a name, a phone or a site address
    (through the local search column, read from the list's covering index)."""
    where: list[ColumnElement[bool]] = [Customer.deleted.is_(False)]
    where += [Customer.search_text.contains(word, autoescape=True)
              for word in text.lower().split()]
    return where


def count_customers(s: Session, text: str = "") -> int:
    return int(s.scalar(select(func.count(Customer.id)).where(*_matching(text))) or 0)


def _search(s: Session, text: str, offset: int, limit: int) -> tuple[int, list[str]]:
    """Count and page of a search in one pass: the matches are found once (a materialised
    CTE), then counted and sorted; two queries would scan customers and sites twice."""
    hits = select(Customer.id, Customer.sort_key).where(*_matching(text)).cte(
        "hits").prefix_with("MATERIALIZED")
    total = select(func.count()).select_from(hits).scalar_subquery()
    rows = s.execute(
        select(hits.c.id, total).order_by(hits.c.sort_key, hits.c.id).offset(offset).limit(limit)
    ).all()
    if not rows:
        return (0 if offset == 0 else count_customers(s, text)), []
    return int(rows[0][1]), [r[0] for r in rows]


def _page_ids(s: Session, text: str, offset: int, limit: int) -> list[str]:
    q = select(Customer.id).where(*_matching(text)).order_by(Customer.sort_key, Customer.id)
    return list(s.scalars(q.offset(offset).limit(limit)))


def matching_customer_ids(s: Session, text: str = "") -> list[str]:
    """Every matching customer's id, in the list's order (an export of the list)."""
    return _page_ids(s, v.search(text).text, 0, -1)


def _counts_by(s: Session, key: Any, ids: list[str], *where: Any) -> dict[str, int]:
    rows = s.execute(select(key, func.count()).where(key.in_(ids), *where).group_by(key))
    return {k: int(n) for k, n in rows}


def _rows(s: Session, ids: list[str]) -> list[CustomerRow]:
    if not ids:
        return []
    first_site: dict[str, tuple[str, str]] = {}
    sites: dict[str, int] = {}
    for customer_id, address, district in s.execute(
        select(Site.customer_id, Site.address, Site.district)
        .where(Site.customer_id.in_(ids), Site.deleted.is_(False))
        .order_by(Site.customer_id, Site.id)  # ids are UUIDv7: the oldest site first
    ):
        first_site.setdefault(customer_id, (address, district))
        sites[customer_id] = sites.get(customer_id, 0) + 1
    equipment = _counts_by(
        s, Site.customer_id, ids, Equipment.site_id == Site.id, Site.deleted.is_(False),
        Equipment.deleted.is_(False))
    jobs = _counts_by(s, Job.customer_id, ids, Job.deleted.is_(False))
    by_id = {
        c.id: CustomerRow(
            c.id, c.name, c.phone, *first_site.get(c.id, ("", "")), sites.get(c.id, 0),
            equipment.get(c.id, 0), jobs.get(c.id, 0))
        for c in s.execute(
            select(Customer.id, Customer.name, Customer.phone).where(Customer.id.in_(ids)))
    }
    return [by_id[i] for i in ids]


def query_customers(
    db: Database, text: str = "", offset: int = 0, limit: int = 200, with_total: bool = True,
) -> CustomerPage:
    """One page of the customers list by name (Chinese names by pinyin: `sort_keys`);
    `total` counts every match (-1: not asked)."""
    search = v.search(text)
    text = search.text
    with db.session() as s:
        if with_total and text.split():
            total, ids = _search(s, text, offset, limit)
        else:
            total = count_customers(s, text) if with_total else -1
            ids = _page_ids(s, text, offset, limit)
        rows = _rows(s, ids)
    return CustomerPage(total, offset, rows, search.cut)


def _equipment(e: Equipment, today: dt.date, jobs: dict[str, int]) -> EquipmentDetail:
    return EquipmentDetail(
        e.id, e.site_id, e.brand, e.model, e.indoor_serial, e.outdoor_serial, e.refrigerant,
        e.capacity_kw, e.purchase_date, e.commissioning_date, e.warranty_end,
        warranty_status(e.warranty_end, today), e.version, jobs.get(e.id, 0))


def _site(site: Site, units: list[EquipmentDetail], jobs: dict[str, int]) -> SiteDetail:
    return SiteDetail(
        site.id, site.customer_id, site.address, site.province, site.city, site.district,
        site.lat, site.lon, site.geocode_source, site.geocode_precision, site.access_notes,
        site.version, jobs.get(site.id, 0), tuple(units))


def get_customer(db: Database, customer_id: str, today: dt.date | None = None) -> CustomerDetail:
    """The customer with its live sites (oldest first) and their equipment.

    `today` (station date) decides each unit's warranty status; default: the computer's date.
    """
    today = today or dt.date.today()
    with db.session() as s:
        c = fetch(s, Customer, customer_id, Text("customer"))
        sites = list(s.scalars(select(Site).where(
            Site.customer_id == customer_id, Site.deleted.is_(False)).order_by(Site.id)))
        site_ids = [site.id for site in sites]
        units = list(s.scalars(select(Equipment).where(
            Equipment.site_id.in_(site_ids), Equipment.deleted.is_(False)).order_by(Equipment.id)))
        live = Job.deleted.is_(False)
        site_jobs = _counts_by(s, Job.site_id, site_ids, live)
        unit_jobs = _counts_by(s, Job.equipment_id, [u.id for u in units], live)
        by_site: dict[str, list[EquipmentDetail]] = {i: [] for i in site_ids}
        for unit in units:
            by_site[unit.site_id].append(_equipment(unit, today, unit_jobs))
        return CustomerDetail(
            c.id, c.name, c.phone, c.alt_phone, c.email, c.notes, c.version,
            _counts_by(s, Job.customer_id, [c.id], live).get(c.id, 0),
            tuple(_site(site, by_site[site.id], site_jobs) for site in sites))
