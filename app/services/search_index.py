"""The local search columns of jobs and customers (lower-cased text, never synced), and the
customer's sort key (`app.services.sort_keys`).

`jobs.search_text` holds the number, customer name, phones and site address; a customer's
holds its name, phones and every live site's address. The services call `reindex_customer`
whenever one of those changes, in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from app.models import Customer, Job, Site
from app.services.sort_keys import sort_key


def search_text(*parts: str) -> str:
    return " ".join(p for p in parts if p).lower()


def job_search_text(number: str, name: str, phone: str, alt_phone: str, address: str) -> str:
    return search_text(number, name, phone, alt_phone, address)


def reindex_customer(s: Session, customer_id: str) -> None:
    """Refresh the search text of a customer and of its jobs after a name, phone or address
    changed (or a site was added or removed)."""
    s.flush()
    customer = s.get(Customer, customer_id)
    if customer is None:
        return
    addresses = s.scalars(select(Site.address).where(
        Site.customer_id == customer_id, Site.deleted.is_(False)).order_by(Site.id)).all()
    s.execute(sql_update(Customer).where(Customer.id == customer_id).values(
        search_text=search_text(customer.name, customer.phone, customer.alt_phone, *addresses),
        sort_key=sort_key(customer.name)))
    rows = s.execute(
        select(Job.id, Job.number, Site.address).join(Site, Job.site_id == Site.id)
        .where(Job.customer_id == customer_id)
    ).all()
    for r in rows:
        text = job_search_text(r.number, customer.name, customer.phone, customer.alt_phone,
                               r.address)
        s.execute(sql_update(Job).where(Job.id == r.id).values(search_text=text))
