"""Hostile or careless input, typed as an attacker or a tired dispatcher would: it is refused
with one short sentence naming the field, and nothing reaches the database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import DomainError, ValidationError
from app.models import AuditEntry, OutboxEntry
from app.models.enums import JobStatus, Role
from app.services import validation as v
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.charges import save_lines
from app.services.checklists import attach_photo, save_answers
from app.services.customer_queries import query_customers
from app.services.customers import (
    CustomerInput,
    EquipmentInput,
    SiteInput,
    create_customer,
    find_customers,
)
from app.services.job_lines import LineInput
from app.services.job_queries import JobFilter, query_jobs
from app.services.jobs import JobInput, change_status, find_job_id, get_job
from app.services.signatures import sign_job, verify_job
from app.services.site_locations import set_site_location
from app.services.station import create_home_station
from app.services.technicians import (
    AbsenceInput,
    CertificationInput,
    TechnicianForm,
    TechnicianInput,
    save_technician,
)
from app.services.users import actor_for, authenticate, create_user
from tests.core.conftest import PASSWORD, MakeJob, MakeTech

MEGABYTE = "客" * 2**20
HOSTILE = {"a megabyte": MEGABYTE, "a NUL": "张\x00伟", "a lone surrogate": "张\ud800伟",
           "a NUL alone": "\x00"}
UTC = dt.UTC
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

INPUTS: list[Any] = [
    CustomerInput("张伟", "13912345678", "13800000001", "zw@example.com", "老客户"),
    SiteInput("南京市鼓楼区中山北路100号", "江苏省", "南京市", "鼓楼区", access_notes="门卫"),
    EquipmentInput("格力", "KFR-35GW", "IN001", "OUT001"),
    JobInput("repair", symptom="不制冷", resolution="加氟"),
    TechnicianInput("T001", "陈师傅", "13912345678", "鼓楼一组", home_address="中山路1号"),
    CertificationInput("refrigeration", "苏安特2021001", dt.date(2030, 1, 1)),
    AbsenceInput(dt.datetime(2026, 3, 2, tzinfo=UTC), dt.datetime(2026, 3, 3, tzinfo=UTC), "年假"),
    LineInput("part", "压缩机", "1", "680"),
]


def text_fields(form: Any) -> list[str]:
    return [f.name for f in dataclasses.fields(form) if f.type == "str"]


@pytest.mark.parametrize("form", INPUTS, ids=lambda f: type(f).__name__)
@pytest.mark.parametrize("what", list(HOSTILE))
def test_every_text_field_of_every_input_refuses_hostile_text(form: Any, what: str) -> None:
    form.checked()  # the form itself is fine
    assert text_fields(form)
    for name in text_fields(form):
        with pytest.raises(ValidationError) as refused:
            dataclasses.replace(form, **{name: HOSTILE[what]}).checked()
        assert len(str(refused.value)) < 200, name  # one sentence, never the megabyte back


def test_lengths_are_those_the_schema_declares_and_the_sentence_names_the_field(
        db: Database, dispatcher: Actor, make_job: MakeJob) -> None:
    with pytest.raises(ValidationError, match=r"^The customer's name is too long: 1048576 "
                                              r"characters, at most 120\.$"):
        create_customer(db, dispatcher, CustomerInput(MEGABYTE, "13912345678"),
                        SiteInput("南京市"))
    job = make_job()
    before = counts(db)
    with pytest.raises(ValidationError, match=r"^The reason is too long: 300 characters, at "
                                              r"most 255\.$"):
        change_status(db, dispatcher, job.id, JobStatus.ON_HOLD, "等" * 300)
    assert get_job(db, job.id).status is JobStatus.NEW and counts(db) == before
    with pytest.raises(ValidationError, match=r"^The site address contains a character that"):
        create_customer(db, dispatcher, CustomerInput("张伟", "13912345678"),
                        SiteInput("南京市\x00"))
    change_status(db, dispatcher, job.id, JobStatus.ON_HOLD, "等" * 255)  # the limit itself


def counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count(AuditEntry.id))) or 0,
                s.scalar(select(func.count(OutboxEntry.seq))) or 0)


Call = Callable[[Database, Actor, str, str], object]
CALLS: dict[str, Call] = {
    "hold reason": lambda db, a, job, x: change_status(db, a, job, JobStatus.ON_HOLD, x),
    "cancel reason": lambda db, a, job, x: change_status(db, a, job, JobStatus.CANCELLED, x),
    "signer": lambda db, a, job, x: sign_job(db, a, job, "customer", x, PNG),
    "signer role": lambda db, a, job, x: sign_job(db, a, job, x, "张伟", PNG),
    "photo name": lambda db, a, job, x: attach_photo(db, a, job, "photos_before", x, PNG),
    "photo item": lambda db, a, job, x: attach_photo(db, a, job, x, "a.png", PNG),
    "text answer": lambda db, a, job, x: save_answers(db, a, job, {"customer_remarks": x}),
    "answer id": lambda db, a, job, x: save_answers(db, a, job, {x: "1"}),
    "number answer": lambda db, a, job, x: save_answers(db, a, job, {"max_current": x}),
    "line": lambda db, a, job, x: save_lines(db, a, job, [LineInput("part", x)]),
    "price": lambda db, a, job, x: save_lines(db, a, job, [LineInput("part", "阀", 1, x)]),
    "job id": lambda db, a, job, x: get_job(db, x),
    "job number": lambda db, a, job, x: find_job_id(db, x),
    "verified number": lambda db, a, job, x: verify_job(db, x),
    "site reason": lambda db, a, job, x: set_site_location(
        db, a, get_job(db, job).site_id, 32.0, 118.8, x),
    "display name": lambda db, a, job, x: create_user(db, a, "new.user", x, Role.DISPATCHER,
                                                      PASSWORD),
    "password": lambda db, a, job, x: create_user(db, a, "new.user", "新用户", Role.DISPATCHER,
                                                  x + PASSWORD),
    "sign-in name": lambda db, a, job, x: authenticate(db, x, PASSWORD),
    "sign-in password": lambda db, a, job, x: authenticate(db, "admin", x),
    "acting user": lambda db, a, job, x: actor_for(db, x),
    "technician": lambda db, a, job, x: save_technician(db, a, None, TechnicianForm(
        TechnicianInput("T009", "孙"), absences=(AbsenceInput(
            dt.datetime(2026, 3, 2, tzinfo=UTC), dt.datetime(2026, 3, 3, tzinfo=UTC), x),))),
    "station": lambda db, a, job, x: create_home_station_in(db, x),
}


def create_home_station_in(db: Database, name: str) -> None:
    with db.session() as s:
        create_home_station(s, "SZ01", name)


@pytest.mark.parametrize("what", list(HOSTILE))
def test_every_service_refuses_hostile_text_with_a_sentence_and_writes_nothing(
        db: Database, admin: Actor, make_job: MakeJob, what: str) -> None:
    """Not one call ends in an exception other than a domain error's sentence (no encoding
    error, no database error); none leaves a row, an audit entry or an outbox entry."""
    job = make_job("maintenance").id
    before = counts(db)
    for name, call in CALLS.items():
        with pytest.raises(DomainError) as refused:
            call(db, admin, job, HOSTILE[what])
        assert len(str(refused.value)) < 300, name
    assert counts(db)[1] == before[1]


def test_searching_with_hostile_text_is_cleaned_and_cut_with_a_notice(
        db: Database, dispatcher: Actor, make_job: MakeJob) -> None:
    make_job(name="张伟")
    for text in HOSTILE.values():  # answered, never an encoding error
        assert query_jobs(db, JobFilter(text=text)).search_cut is (text == MEGABYTE)
        assert query_customers(db, text).search_cut is (text == MEGABYTE)
        find_customers(db, text)
    cut = query_jobs(db, JobFilter(text="张伟 " + "x" * 500))
    assert cut.search_cut and cut.total == 0
    assert not query_jobs(db, JobFilter(text="张伟")).search_cut
    assert query_jobs(db, JobFilter(text="张\x00伟")).total == 1  # the NUL is dropped
    page = query_customers(db, "张伟" + " " * 98 + "y" * 50)
    assert page.search_cut and page.total == 1  # the words past the limit are not searched
    assert v.search("x" * 101) == v.Search("x" * v.SEARCH_LIMIT, True)


BAD_MOMENTS = {
    "year 1": dt.datetime(1, 1, 1, tzinfo=UTC),
    "year 9999": dt.datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    "naive": dt.datetime(2026, 3, 2, 9, 0),
}


@pytest.mark.parametrize("what", list(BAD_MOMENTS))
def test_dates_outside_a_sane_range_or_without_a_time_zone_are_refused(
        db: Database, admin: Actor, make_job: MakeJob, make_tech: MakeTech, what: str) -> None:
    bad = BAD_MOMENTS[what]
    fine = dt.datetime(2026, 3, 2, 9, tzinfo=UTC)
    sentence = (r"has no time zone" if what == "naive"
                else r"must fall between the years 1970 and 2100")
    forms: list[Any] = [
        JobInput("install", requested_start=bad, requested_end=fine),
        JobInput("install", requested_start=fine, requested_end=bad),
        JobInput("install", sla_due=bad),
        AbsenceInput(bad, fine), AbsenceInput(fine, bad),
    ]
    if what != "naive":  # dates, not times: no time zone to miss
        forms += [EquipmentInput("格力", "KFR", purchase_date=bad.date()),
                  EquipmentInput("格力", "KFR", warranty_end=bad.date()),
                  CertificationInput("refrigeration", "1", bad.date())]
    for form in forms:
        with pytest.raises(ValidationError, match=sentence):
            form.checked()
    job, tech = make_job().id, make_tech()
    with pytest.raises(ValidationError, match=sentence):
        assign(db, admin, job, tech, bad)


@pytest.mark.parametrize("number", ["000000", "88888888", "1391234", "12ab", "139123456789",
                                    "+86 000 0000 0000", "0000-00000000", "1-2-3", "+1 2"])
def test_implausible_phone_numbers_are_refused(number: str) -> None:
    with pytest.raises(ValidationError, match="is not a phone number"):
        CustomerInput("张伟", number).checked()


@pytest.mark.parametrize("number", ["13912345678", "139 1111 2222", "+86 139 1234 5678",
                                    "025-8888 6666", "(025) 83201234", "0755-1234567",
                                    "83201234", "400-820-8888", "+852 2123 4567"])
def test_plausible_phone_numbers_are_kept_as_typed(number: str) -> None:
    assert CustomerInput("张伟", number).checked()["phone"] == number
