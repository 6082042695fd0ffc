"""The local columns of rows written from the server (never synced): the sort keys of
customers' and technicians' names and the search texts of customers and jobs.

They are made here as the services make them (`app.services.search_index`,
`app.services.sort_keys`), in Python, so a pulled row is written once, with them: updating
them after the write wrote each row and its list index twice, and SQLite's lower() left
non-ASCII capitals as they were where the services lower them. A customer's search text holds
its live sites' addresses and a job's its customer's name and its site's address: rows of other
tables the page did not bring are refreshed after it (`refresh_dependents`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update

from app.db.json_values import each_of
from app.models import Customer, Job, Site
from app.services.search_index import job_search_text, search_text
from app.services.sort_keys import sort_key

COMPUTED = {"customers": ("sort_key", "search_text"), "technicians": ("sort_key",),
            "jobs": ("search_text",)}
CUSTOMERS: Table = Customer.__table__  # type: ignore[assignment]
SITES: Table = Site.__table__  # type: ignore[assignment]
JOBS: Table = Job.__table__  # type: ignore[assignment]


def local_values(conn: Connection, name: str, rows: list[dict[str, Any]]
                 ) -> list[tuple[str, ...]]:
    """The `COMPUTED` columns of these rows of table `name`, a tuple a row, read against this
    database as it is now (write a page's sites before its customers, its customers before
    its jobs)."""
    if name == "technicians":
        return [(sort_key(r["name"]),) for r in rows]
    if name == "customers":
        return [(sort_key(r["name"]), text)
                for r, text in zip(rows, _customer_texts(conn, rows), strict=True)]
    if name == "jobs":
        return [(text,) for text in _job_texts(conn, rows)]
    return [()] * len(rows)


def refresh_dependents(conn: Connection, page: dict[str, list[dict[str, Any]]]) -> None:
    """Refresh the search texts that rows of a page feed but that the page did not bring: the
    customers of its sites and jobs, and the jobs of its customers and sites."""
    customers = {r["id"] for r in page.get("customers", ())}
    sites_of = {r["customer_id"] for r in page.get("sites", ())}
    others = (sites_of | {r["customer_id"] for r in page.get("jobs", ())}) - customers
    if others:
        rows = _read(conn, CUSTOMERS, CUSTOMERS.c.id, others, "name", "phone", "alt_phone",
                     "search_text")
        _write(conn, CUSTOMERS, rows, _customer_texts(conn, rows))
    if customers or sites_of:
        written = {r["id"] for r in page.get("jobs", ())}
        rows = [r for r in _read(conn, JOBS, JOBS.c.customer_id, customers | sites_of,
                                 "number", "customer_id", "site_id", "search_text")
                if r["id"] not in written]
        _write(conn, JOBS, rows, _job_texts(conn, rows))


def _customer_texts(conn: Connection, customers: list[dict[str, Any]]) -> list[str]:
    addresses: dict[str, list[str]] = defaultdict(list)
    for customer_id, address in conn.execute(
            select(SITES.c.customer_id, SITES.c.address)
            .where(SITES.c.customer_id.in_(_ids(r["id"] for r in customers)),
                   SITES.c.deleted.is_(False))
            .order_by(SITES.c.customer_id, SITES.c.id)):
        addresses[customer_id].append(address)
    return [search_text(r["name"], r["phone"], r["alt_phone"], *addresses[r["id"]])
            for r in customers]


def _job_texts(conn: Connection, jobs: list[dict[str, Any]]) -> list[str]:
    people = {r["id"]: r for r in _read(conn, CUSTOMERS, CUSTOMERS.c.id,
                                        {j["customer_id"] for j in jobs},
                                        "name", "phone", "alt_phone")}
    addresses = {r["id"]: r["address"] for r in _read(conn, SITES, SITES.c.id,
                                                      {j["site_id"] for j in jobs}, "address")}
    none = {"name": "", "phone": "", "alt_phone": ""}
    texts = []
    for j in jobs:
        c = people.get(j["customer_id"], none)
        texts.append(job_search_text(j["number"], c["name"], c["phone"], c["alt_phone"],
                                     addresses.get(j["site_id"], "")))
    return texts


def _ids(ids: Iterable[str]) -> Any:
    return each_of(json.dumps(sorted(set(ids))))


def _read(conn: Connection, t: Table, key: Any, keys: Collection[str], *columns: str
          ) -> list[dict[str, Any]]:
    """These columns (and the id) of the rows of `t` whose `key` is one of `keys`."""
    query = select(t.c.id, *(t.c[c] for c in columns)).where(
        key.in_(_ids(keys)))
    return [dict(r._mapping) for r in conn.execute(query)]


def _write(conn: Connection, t: Table, rows: list[dict[str, Any]], texts: list[str]) -> None:
    """The new search texts of these rows (read by `_read`), where they changed."""
    stale = [{"row": r["id"], "text": text} for r, text in zip(rows, texts, strict=True)
             if r["search_text"] != text]
    if stale:
        conn.execute(update(t).where(t.c.id == bindparam("row"))
                     .values(search_text=bindparam("text")), stale)
