"""Writing the checked rows of an import, kind by kind, in the import's transaction: new
customers in bulk (with their audit and outbox entries), merges, technicians and jobs through
the services' own in-transaction calls, each row under a savepoint so that a row the service
refuses (a code taken, a rule) is reported and the others go on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import Customer, Equipment, Site, Technician
from app.services.actor import Actor
from app.services.bulk_rows import BulkRows
from app.services.import_specs import CustomerRecord, JobRecord
from app.services.jobs import ExistingSite, NewCustomer, create_job_in
from app.services.rows import insert, update
from app.services.search_index import reindex_customer, search_text
from app.services.sort_keys import sort_key
from app.services.technicians import TechnicianForm, get_technician_in, save_technician_in
from app.texts import Text

Tick = Callable[[int], None]  # rows done: progress and the cancel check


def digits(phone: str) -> str:
    """A phone number as the duplicate check compares it: its digits, without +86."""
    found = re.sub(r"\D", "", phone)
    return found[2:] if found.startswith("86") and len(found) == 13 else found


@dataclass
class Tally:
    created: int = 0
    merged: int = 0
    skipped: int = 0
    bad: list[tuple[int, Text]] = field(default_factory=list)


@dataclass
class _New:
    row: dict[str, Any]
    sites: dict[str, dict[str, Any]]  # address -> site row


def _phones(s: Session) -> dict[str, str]:
    return {digits(p): i for i, p in s.execute(
        select(Customer.id, Customer.phone).where(Customer.deleted.is_(False)))}


def customers(s: Session, actor: Actor, records: Iterable[tuple[int, CustomerRecord]],
              merge: bool, reason: str, tick: Tick) -> Tally:
    tally, known, new = Tally(), _phones(s), dict[str, _New]()
    bulk = BulkRows(s, actor, "import", reason)
    for n, (_line, rec) in enumerate(records, 1):
        tick(n)
        key = digits(rec.customer["phone"])
        if key in known or key in new:
            if not merge:
                tally.skipped += 1
                continue
            tally.merged += 1
            if key in new:
                _more_of_new(bulk, new[key], rec)
            else:
                _merge(s, actor, known[key], rec, reason)
            continue
        row = bulk.add("customers", dict(rec.customer))
        new[key] = _New(row, {})
        _more_of_new(bulk, new[key], rec)
        tally.created += 1
    for made in new.values():
        c = made.row
        c["search_text"] = search_text(c["name"], c["phone"], c["alt_phone"], *made.sites)
        c["sort_key"] = sort_key(c["name"])
    bulk.write()
    return tally


def _more_of_new(bulk: BulkRows, made: _New, rec: CustomerRecord) -> None:
    site = made.sites.get(rec.site["address"])
    if site is None:
        site = bulk.add("sites", {**rec.site, "customer_id": made.row["id"]})
        made.sites[rec.site["address"]] = site
    if rec.equipment is not None:
        bulk.add("equipment", {**rec.equipment, "site_id": site["id"]})


def _merge(s: Session, actor: Actor, customer_id: str, rec: CustomerRecord, reason: str) -> None:
    """The file's non-empty fields over the customer's, its site added unless the customer
    has that address, its unit added unless that site has that indoor serial."""
    customer = s.get(Customer, customer_id)
    assert customer is not None
    update(s, actor, customer, {k: v for k, v in rec.customer.items() if v}, "import", reason)
    site = s.scalar(select(Site).where(Site.customer_id == customer_id, Site.deleted.is_(False),
                                       Site.address == rec.site["address"]))
    if site is None:
        site = insert(s, actor, Site(customer_id=customer_id, **rec.site), reason)
    unit = rec.equipment
    if unit is not None and not (unit["indoor_serial"] and s.scalar(select(Equipment.id).where(
            Equipment.site_id == site.id, Equipment.deleted.is_(False),
            Equipment.indoor_serial == unit["indoor_serial"]))):
        insert(s, actor, Equipment(site_id=site.id, **unit), reason)
    reindex_customer(s, customer_id)


def _each(s: Session, records: Iterable[tuple[int, Any]], tally: Tally, tick: Tick,
          write: Callable[[Any], str]) -> None:
    """Each record under its own savepoint: a refused one is a bad row, the others go on.
    `write` answers "created", "merged" or "skipped"."""
    for n, (line, rec) in enumerate(records, 1):
        tick(n)
        try:
            with s.begin_nested():
                outcome = write(rec)
        except DomainError as exc:
            tally.bad.append((line, exc.text))
            continue
        setattr(tally, outcome, getattr(tally, outcome) + 1)


def technicians(s: Session, actor: Actor, records: Iterable[tuple[int, TechnicianForm]],
                merge: bool, mapped: frozenset[str], tick: Tick) -> Tally:
    tally = Tally()

    def write(form: TechnicianForm) -> str:
        code = form.technician.code.strip().upper()
        known = s.scalar(select(Technician.id).where(Technician.code == code,
                                                     Technician.deleted.is_(False)))
        if known is None:
            save_technician_in(s, actor, None, form)
            return "created"
        if not merge:
            return "skipped"
        current = get_technician_in(s, known)
        save_technician_in(s, actor, known, TechnicianForm(
            form.technician,
            form.certifications if "certificates" in mapped else current.certifications,
            form.shifts if "shifts" in mapped else current.shifts, current.absences))
        return "merged"

    _each(s, records, tally, tick, write)
    return tally


def jobs(s: Session, actor: Actor, records: Iterable[tuple[int, JobRecord]], tick: Tick
         ) -> Tally:
    """Each job for its customer: one found by phone (at the same address, or a site added),
    else a new customer."""
    tally = Tally()
    known = _phones(s)

    def write(rec: JobRecord) -> str:
        key = digits(rec.customer.phone)
        customer_id = known.get(key)
        who: NewCustomer | ExistingSite = NewCustomer(rec.customer, rec.site)
        if customer_id is not None:
            site = s.scalar(select(Site.id).where(
                Site.customer_id == customer_id, Site.deleted.is_(False),
                Site.address == rec.site.checked()["address"]))
            if site is None:
                site = insert(s, actor, Site(customer_id=customer_id, **rec.site.checked())).id
                reindex_customer(s, customer_id)
            who = ExistingSite(site)
        job = create_job_in(s, actor, who, rec.job, rec.received_at)
        known.setdefault(key, job.customer_id)
        return "created"

    _each(s, records, tally, tick, write)
    return tally
