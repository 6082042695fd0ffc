"""The local columns of pulled rows (search texts, sort keys) are what the services make on the
desk that wrote the rows, whichever rows a pull brings: a new customer with its site and job, a
site's new address alone, a customer's new name alone (its jobs stay), a site deleted."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Customer, Job, Site, Technician
from app.services.customer_queries import matching_customer_ids
from app.services.customers import (
    CustomerInput,
    SiteInput,
    add_site,
    delete_site,
    update_customer,
    update_site,
)
from app.services.jobs import get_job
from app.services.technicians import TechnicianForm, TechnicianInput, save_technician
from app.sync.cycle import sync_once
from tests.sync.conftest import MakeStation, Station
from tests.sync.test_desks import second_desk
from tests.sync.test_protocol import new_job


def local_columns(station: Station) -> dict[str, list[tuple[str, ...]]]:
    with station.db.session() as s:
        return {
            "customers": [tuple(r) for r in s.execute(
                select(Customer.id, Customer.search_text, Customer.sort_key)
                .order_by(Customer.id))],
            "jobs": [tuple(r) for r in s.execute(
                select(Job.id, Job.search_text).order_by(Job.id))],
            "technicians": [tuple(r) for r in s.execute(
                select(Technician.id, Technician.sort_key).order_by(Technician.id))],
        }


def found(station: Station, text: str) -> list[str]:
    """The names the customer list finds for `text` (through the local search column)."""
    with station.db.session() as s:
        return [str(s.get(Customer, i).name) for i in matching_customer_ids(s, text)]


def test_pulled_rows_carry_the_local_columns_the_writing_desk_made(
        central: str, tmp_path: Path, make_station: MakeStation) -> None:
    nj = make_station("NJ01")
    job = new_job(nj, "Émile Zola 曾小贤", "13912345678")
    save_technician(nj.db, nj.actor, None, TechnicianForm(TechnicianInput("T01", "曾强"), (),
                                                          (), ()))
    sync_once(nj.db, nj.settings)
    desk2 = second_desk(tmp_path, nj)
    try:
        assert local_columns(desk2) == local_columns(nj)
        # the services lower-case every letter, so a pulled name is found as it is typed
        assert found(desk2, "émile") == ["Émile Zola 曾小贤"]
        customer_id = get_job(nj.db, job).customer_id
        site_id = get_job(nj.db, job).site_id

        def both_synced() -> None:
            sync_once(nj.db, nj.settings)
            sync_once(desk2.db, desk2.settings)
            assert local_columns(desk2) == local_columns(nj)

        update_site(nj.db, nj.actor, site_id, SiteInput("江苏省南京市玄武区北京东路1号"))
        both_synced()  # a site alone: its customer's and its job's texts follow
        assert found(desk2, "北京东路") == ["Émile Zola 曾小贤"]
        update_customer(nj.db, nj.actor, customer_id, CustomerInput("Zola Émile", "13912345678"))
        both_synced()  # a customer alone: its job's text follows
        other, _ = add_site(nj.db, nj.actor, customer_id, SiteInput("上海市黄浦区南京东路9号"))
        both_synced()
        delete_site(nj.db, nj.actor, other)
        both_synced()  # a deleted site's address leaves the customer's text
        with desk2.db.session() as s:
            text = s.scalar(select(Customer.search_text).where(Customer.id == customer_id))
            assert text is not None and "南京东路" not in text and "北京东路" in text
            assert s.scalar(select(Site.deleted).where(Site.id == other))
    finally:
        desk2.db.dispose()
