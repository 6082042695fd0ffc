"""Customers, sites and equipment: the list's read model, the detail, deletes and refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import AuditEntry, Customer, Equipment, OutboxEntry, Site
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.customer_queries import get_customer, query_customers
from app.services.customers import (
    CustomerInput,
    EquipmentInput,
    SiteInput,
    add_equipment,
    add_site,
    create_customer,
    delete_customer,
    delete_equipment,
    delete_site,
    find_customers,
    update_site,
)
from app.services.jobs import ExistingSite, JobInput, create_job
from app.services.warranty import WarrantyStatus
from tests.core.conftest import MakeJob

PEOPLE = [("王芳", "13800000001", "南京市玄武区珠江路8号"),
          ("李娜", "13800000002", "南京市秦淮区建康路3号"),
          ("张伟", "13912345678", "南京市鼓楼区中山北路100号"),
          ("刘洋", "13800000004", "南京市建邺区江东中路9号"),
          ("陈静", "13800000005", "南京市鼓楼区湖南路1号")]
BY_PINYIN = ["陈静", "李娜", "刘洋", "王芳", "张伟"]  # chen, li, liu, wang, zhang


def new_customer(db: Database, actor: Actor, name: str, phone: str, address: str,
                 district: str = "") -> tuple[str, str]:
    """(customer id, site id)."""
    summary, _ = create_customer(db, actor, CustomerInput(name, phone),
                                 SiteInput(address, district=district))
    return summary.id, summary.site_id


def unit(brand: str = "格力", warranty_end: dt.date | None = dt.date(2030, 5, 1)) -> EquipmentInput:
    return EquipmentInput(brand, "KFR-35GW", "IN001", "OUT001", "R32", 3.5,
                          dt.date(2024, 5, 1), dt.date(2024, 5, 3), warranty_end)


@pytest.fixture
def people(db: Database, dispatcher: Actor) -> dict[str, tuple[str, str]]:
    return {name: new_customer(db, dispatcher, name, phone, address)
            for name, phone, address in PEOPLE}


def counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count(AuditEntry.id))) or 0,
                s.scalar(select(func.count(OutboxEntry.seq))) or 0)


def names(db: Database, text: str = "", **kw: int) -> list[str]:
    return [r.name for r in query_customers(db, text, **kw).rows]


# -- the list --------------------------------------------------------------------------------


def test_pages_are_ordered_by_name_and_count_every_match(
        db: Database, people: dict[str, tuple[str, str]]) -> None:
    everyone = BY_PINYIN
    first = query_customers(db, limit=2)
    assert (first.total, first.offset) == (5, 0)
    assert [r.name for r in first.rows] == everyone[:2]
    rest = query_customers(db, offset=2, limit=10)
    assert [r.name for r in rest.rows] == everyone[2:]
    assert query_customers(db, offset=2, with_total=False).total == -1


def test_a_row_shows_the_first_site_and_the_counts(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    customer_id, site_id = people["张伟"]
    add_site(db, dispatcher, customer_id, SiteInput("南京市江宁区天元路66号", district="江宁区"))
    add_equipment(db, dispatcher, site_id, unit())
    add_equipment(db, dispatcher, site_id, unit("美的"))
    create_job(db, dispatcher, ExistingSite(site_id), JobInput("install"))
    row = query_customers(db, "张伟").rows[0]
    assert (row.id, row.phone, row.address) == (customer_id, "13912345678", PEOPLE[2][2])
    assert (row.site_count, row.equipment_count, row.job_count) == (2, 2, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("王芳", ["王芳"]),
    ("1391234", ["张伟"]),
    ("鼓楼区", ["张伟", "陈静"]),
    ("鼓楼 湖南路", ["陈静"]),  # every word must match
    ("南京 王", ["王芳"]),  # one word in the address, one in the name
    ("  ", sorted(p[0] for p in PEOPLE)),
    ("上海", []),
])
def test_search_matches_name_phone_and_address(
        db: Database, people: dict[str, tuple[str, str]], text: str, expected: list[str]) -> None:
    page = query_customers(db, text)
    assert sorted(r.name for r in page.rows) == sorted(expected)
    assert page.total == len(expected)


def test_search_pages_count_every_match(db: Database, people: dict[str, tuple[str, str]]) -> None:
    page = query_customers(db, "南京", offset=1, limit=2)
    assert page.total == 5
    assert [r.name for r in page.rows] == BY_PINYIN[1:3]
    beyond = query_customers(db, "南京", offset=10)
    assert (beyond.total, beyond.rows) == (5, [])


def test_search_finds_any_site_of_a_customer(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    site_id, _ = add_site(db, dispatcher, people["李娜"][0], SiteInput("苏州市工业园区星湖街1号"))
    assert names(db, "苏州") == ["李娜"]
    update_site(db, dispatcher, site_id, SiteInput("无锡市梁溪区中山路2号"))
    assert names(db, "苏州") == [] and names(db, "无锡 李娜") == ["李娜"]
    delete_site(db, dispatcher, site_id)
    assert names(db, "无锡") == []


def test_wildcards_are_searched_literally(db: Database, dispatcher: Actor) -> None:
    new_customer(db, dispatcher, "百分百100%满意公司", "13800000011", "南京市玄武区1号")
    new_customer(db, dispatcher, "一千号1000公司", "13800000012", "南京市玄武区2号")
    new_customer(db, dispatcher, "A_B 商行", "13800000013", "南京市玄武区3号")
    new_customer(db, dispatcher, "AXB 商行", "13800000014", "南京市玄武区4号")
    assert names(db, "100%") == ["百分百100%满意公司"]
    assert names(db, "A_B") == ["A_B 商行"]
    assert names(db, "%") == ["百分百100%满意公司"]
    assert [c.name for c in find_customers(db, "100%")] == ["百分百100%满意公司"]
    assert [c.name for c in find_customers(db, "A_B")] == ["A_B 商行"]


def test_deleted_customers_are_not_listed(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    delete_customer(db, dispatcher, people["王芳"][0])
    assert "王芳" not in names(db)
    assert query_customers(db).total == 4
    assert names(db, "珠江路") == []


# -- the detail ------------------------------------------------------------------------------


def test_get_customer_returns_sites_and_equipment(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    customer_id, site_id = people["张伟"]
    second, _ = add_site(db, dispatcher, customer_id, SiteInput(
        "南京市江宁区天元路66号", "江苏省", "南京市", "江宁区", 31.9, 118.8, "manual", "manual",
        "门卫处登记"))
    in_warranty, _ = add_equipment(db, dispatcher, site_id, unit())
    expired, _ = add_equipment(db, dispatcher, site_id, unit("海尔", dt.date(2025, 1, 1)))
    unknown, _ = add_equipment(db, dispatcher, second, unit("美的", None))
    create_job(db, dispatcher, ExistingSite(site_id), JobInput("repair", symptom="不制冷",
                                                               equipment_id=expired))

    detail = get_customer(db, customer_id, today=dt.date(2025, 6, 1))

    assert (detail.name, detail.phone, detail.version, detail.job_count) == (
        "张伟", "13912345678", 1, 1)
    assert [s.id for s in detail.sites] == [site_id, second]
    home, other = detail.sites
    assert (home.address, home.job_count) == (PEOPLE[2][2], 1)
    assert (other.district, other.lat, other.lon, other.access_notes) == (
        "江宁区", 31.9, 118.8, "门卫处登记")
    assert [(e.id, e.warranty, e.job_count) for e in home.equipment] == [
        (in_warranty, WarrantyStatus.UNDER_WARRANTY, 0), (expired, WarrantyStatus.EXPIRED, 1)]
    first = home.equipment[0]
    assert (first.brand, first.model, first.indoor_serial, first.outdoor_serial,
            first.refrigerant, first.capacity_kw, first.purchase_date,
            first.commissioning_date, first.warranty_end) == (
        "格力", "KFR-35GW", "IN001", "OUT001", "R32", 3.5, dt.date(2024, 5, 1),
        dt.date(2024, 5, 3), dt.date(2030, 5, 1))
    assert [(e.id, e.warranty) for e in other.equipment] == [(unknown, WarrantyStatus.UNKNOWN)]
    # the warranty's last day still counts
    last_day = get_customer(db, customer_id, today=dt.date(2025, 1, 1))
    assert last_day.sites[0].equipment[1].warranty is WarrantyStatus.UNDER_WARRANTY


def test_get_customer_of_an_unknown_or_deleted_customer(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    with pytest.raises(NotFoundError):
        get_customer(db, "no-such-id")
    delete_customer(db, dispatcher, people["李娜"][0])
    with pytest.raises(NotFoundError, match="customer does not exist"):
        get_customer(db, people["李娜"][0])


# -- deletes ---------------------------------------------------------------------------------


def test_deleting_a_customer_tombstones_its_sites_and_equipment(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    customer_id, site_id = people["刘洋"]
    second, _ = add_site(db, dispatcher, customer_id, SiteInput("南京市浦口区1号"))
    unit_a, _ = add_equipment(db, dispatcher, site_id, unit())
    unit_b, _ = add_equipment(db, dispatcher, second, unit())
    audits, outbox = counts(db)

    changes = delete_customer(db, dispatcher, customer_id)

    assert changes & Changes.CUSTOMERS
    deleted = [(Customer, customer_id), (Site, site_id), (Site, second),
               (Equipment, unit_a), (Equipment, unit_b)]
    with db.session() as s:
        for model, row_id in deleted:
            row = s.get(model, row_id)
            assert row is not None and row.deleted and row.version == 2
            audit = s.scalars(select(AuditEntry).where(
                AuditEntry.entity_id == row_id, AuditEntry.action == "delete")).one()
            assert audit.username == "disp"
            assert (audit.before["deleted"], audit.after["deleted"]) == (False, True)
            queued = s.scalars(select(OutboxEntry).where(
                OutboxEntry.row_id == row_id, OutboxEntry.op == "delete")).one()
            assert queued.fields["deleted"] is True
    assert counts(db) == (audits + 5, outbox + 5)


def test_a_customer_with_jobs_is_kept(db: Database, dispatcher: Actor,
                                      make_job: MakeJob) -> None:
    job = make_job()
    for _ in range(2):
        create_job(db, dispatcher, ExistingSite(job.site_id), JobInput("maintenance"))
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        delete_customer(db, dispatcher, job.customer_id)
    assert str(refused.value) == (
        "This customer has 3 jobs; a customer with jobs is kept for their history.")
    assert counts(db) == before
    assert get_customer(db, job.customer_id).sites[0].id == job.site_id


def test_deleting_a_site_takes_its_equipment(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    customer_id, site_id = people["陈静"]
    second, _ = add_site(db, dispatcher, customer_id, SiteInput("南京市六合区1号"))
    unit_id, _ = add_equipment(db, dispatcher, second, unit())
    delete_site(db, dispatcher, second)
    detail = get_customer(db, customer_id)
    assert [s.id for s in detail.sites] == [site_id]
    with db.session() as s:
        gone = s.get(Equipment, unit_id)
        assert gone is not None and gone.deleted
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_id.in_([second, unit_id]))).all()
    assert sorted(actions) == ["create", "create", "delete", "delete"]


def test_the_last_site_is_not_deleted_alone(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    with pytest.raises(ValidationError, match="the customer's only site"):
        delete_site(db, dispatcher, people["王芳"][1])
    assert len(get_customer(db, people["王芳"][0]).sites) == 1


def test_a_site_with_jobs_is_kept(db: Database, dispatcher: Actor, make_job: MakeJob) -> None:
    job = make_job()
    add_site(db, dispatcher, job.customer_id, SiteInput("南京市六合区1号"))
    with pytest.raises(ValidationError) as refused:
        delete_site(db, dispatcher, job.site_id)
    assert str(refused.value) == "This site has 1 job; a site with jobs is kept for their history."


def test_deleting_equipment(db: Database, dispatcher: Actor,
                            people: dict[str, tuple[str, str]]) -> None:
    customer_id, site_id = people["王芳"]
    keep, _ = add_equipment(db, dispatcher, site_id, unit())
    drop, _ = add_equipment(db, dispatcher, site_id, unit("美的"))
    assert delete_equipment(db, dispatcher, drop) == Changes.CUSTOMERS
    assert [e.id for e in get_customer(db, customer_id).sites[0].equipment] == [keep]
    with pytest.raises(NotFoundError):
        delete_equipment(db, dispatcher, drop)


def test_equipment_named_on_a_job_is_kept(
        db: Database, dispatcher: Actor, people: dict[str, tuple[str, str]]) -> None:
    site_id = people["王芳"][1]
    unit_id, _ = add_equipment(db, dispatcher, site_id, unit())
    for _ in range(2):
        create_job(db, dispatcher, ExistingSite(site_id),
                   JobInput("repair", symptom="漏水", equipment_id=unit_id))
    with pytest.raises(ValidationError) as refused:
        delete_equipment(db, dispatcher, unit_id)
    assert str(refused.value) == (
        "This equipment is named on 2 jobs; equipment with jobs is kept for their history.")
