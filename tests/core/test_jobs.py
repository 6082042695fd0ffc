"""Creating and editing jobs: validation, numbering, audit and outbox in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.errors import NotFoundError, ValidationError
from app.models import AuditEntry, Customer, Job, OutboxEntry
from app.services.actor import Actor
from app.services.customers import CustomerInput, SiteInput
from app.services.history import job_history
from app.services.jobs import ExistingSite, JobInput, NewCustomer, create_job, get_job, update_job
from app.services.rows import insert
from app.services.users import create_first_admin
from tests.core.conftest import PASSWORD, MakeJob, local


def counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count(Job.id))) or 0,
                s.scalar(select(func.count(AuditEntry.id))) or 0,
                s.scalar(select(func.count(OutboxEntry.seq))) or 0)


def test_a_new_job_is_numbered_audited_and_queued_for_sync(db: Database, make_job: MakeJob,
                                                          dispatcher: Actor) -> None:
    job = make_job("repair", symptom="外机不启动")
    assert job.number.startswith(f"NJ01-{dt.datetime.now(dt.UTC).year}-")
    assert job.status == "new"
    assert job.sla_due - job.created_at == dt.timedelta(hours=24)
    with db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == job.id)).one()
        outbox = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == job.id)).one()
    assert (audit.username, audit.action) == ("disp", "create")
    assert outbox.op == "insert" and outbox.fields["number"] == job.number
    assert "search_text" not in outbox.fields  # local index, never synced


def test_numbers_follow_each_other_within_a_station(make_job: MakeJob) -> None:
    first, second = make_job(), make_job(phone="13900000000")
    assert int(second.number[-6:]) == int(first.number[-6:]) + 1


def test_two_stations_working_offline_never_collide(tmp_path: Path) -> None:
    numbers = set()
    for code in ("NJ01", "SZ02"):
        db = open_database(tmp_path / f"{code}.sqlite")
        actor = create_first_admin(db, "admin", "管理员", PASSWORD,
                                   station={"code": code, "name": code})
        for i in range(3):
            who = NewCustomer(CustomerInput("王芳", f"1380000000{i}"), SiteInput("南京市玄武区"))
            numbers.add(create_job(db, actor, who, JobInput("install"))[0].number)
    assert len(numbers) == 6
    assert {n[:4] for n in numbers} == {"NJ01", "SZ02"}


@pytest.mark.parametrize(
    ("customer", "job", "message"),
    [
        (CustomerInput("", "13912345678"), JobInput("install"), "customer's name"),
        (CustomerInput("李娜", "12ab"), JobInput("install"), "not a phone number"),
        (CustomerInput("李娜", "13912345678"), JobInput("fly"), "Unknown job type"),
        (CustomerInput("李娜", "13912345678"), JobInput("repair"), "symptom"),
        (CustomerInput("李娜", "13912345678"),
         JobInput("install", requested_start=local(2026, 5, 2, 10),
                  requested_end=local(2026, 5, 2, 9)),
         "must end after it starts"),
        (CustomerInput("李娜", "13912345678"), JobInput("install", estimated_minutes=5),
         "between 15 and 1440"),
        (CustomerInput("李娜", "13912345678"), JobInput("install", required_skills=["magic"]),
         "Unknown skill"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_and_nothing_is_written(
    db: Database, dispatcher: Actor, customer: CustomerInput, job: JobInput, message: str
) -> None:
    before = counts(db)
    with pytest.raises(ValidationError, match=message):
        create_job(db, dispatcher, NewCustomer(customer, SiteInput("南京市秦淮区")), job)
    assert counts(db) == before


def test_change_and_audit_and_outbox_roll_back_together(db: Database, dispatcher: Actor) -> None:
    before = counts(db)
    with pytest.raises(RuntimeError), db.session() as s:
        insert(s, dispatcher, Customer(name="赵磊", phone="13800001111"))
        raise RuntimeError("power cut before commit")
    with db.session() as s:
        assert s.scalar(select(func.count(Customer.id))) == 0
    assert counts(db) == before


def test_an_edit_records_only_what_changed(db: Database, make_job: MakeJob,
                                           dispatcher: Actor) -> None:
    job = make_job("install")
    update_job(db, dispatcher, job.id, JobInput("install", priority="urgent", symptom=""))
    with db.session() as s:
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == job.id)
                          .order_by(OutboxEntry.seq.desc())).first()
    assert entry is not None and entry.op == "update"
    assert entry.fields["priority"] == "urgent"
    assert "number" not in entry.fields and entry.fields["version"] == 2
    assert get_job(db, job.id).priority == "urgent"
    assert [h.action for h in job_history(db, job.id)] == ["create", "update"]


def test_an_edit_that_changes_nothing_records_nothing(db: Database, make_job: MakeJob,
                                                      dispatcher: Actor) -> None:
    job = make_job("install")
    before = counts(db)
    update_job(db, dispatcher, job.id, JobInput("install", symptom="不制冷"))
    assert counts(db) == before


def test_a_job_for_an_existing_site_reuses_the_customer(db: Database, make_job: MakeJob,
                                                        dispatcher: Actor) -> None:
    first = make_job("install")
    second, _ = create_job(db, dispatcher, ExistingSite(first.site_id),
                           JobInput("maintenance"))
    assert second.customer_id == first.customer_id
    with pytest.raises(NotFoundError, match="does not exist"):
        create_job(db, dispatcher, ExistingSite("no-such-site"), JobInput("maintenance"))
