"""Issue 22 point 5: response hours by priority, a station setting a supervisor keeps; a job's
SLA due follows its priority when received and when the priority changes before a visit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.models.enums import JobStatus
from app.scheduling.sla import ResponseHours, SlaState, sla_state
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.jobs import JobInput, change_status, get_job, update_job
from app.services.response_hours import response_hours, set_response_hours
from tests.core.conftest import MakeJob, MakeTech, local

RECEIVED = local(2026, 11, 23, 9)  # a Monday morning


def test_a_new_station_promises_4_12_24_48_hours(db: Database, admin: Actor) -> None:
    assert response_hours(db) == ResponseHours(urgent=4, high=12, normal=24, low=48)


@pytest.mark.parametrize(("priority", "hours"), [
    ("urgent", 4), ("high", 12), ("normal", 24), ("low", 48)])
def test_a_job_is_due_by_its_priority(make_job: MakeJob, priority: str, hours: int) -> None:
    job = make_job("repair", priority=priority, now=RECEIVED)
    assert job.sla_due == RECEIVED + dt.timedelta(hours=hours)


def test_an_urgent_job_is_due_soon_from_the_start(make_job: MakeJob) -> None:
    job = make_job("repair", priority="urgent", now=RECEIVED)
    assert sla_state(job.status, job.sla_due, None, RECEIVED) == (SlaState.DUE_SOON, 240)


def test_a_supervisor_changes_the_hours_audited_and_new_jobs_follow(
        db: Database, supervisor: Actor, make_job: MakeJob) -> None:
    before = make_job("repair", priority="urgent", now=RECEIVED)
    kept = set_response_hours(db, supervisor, ResponseHours(urgent=2, high=8, normal=24, low=72))
    assert kept == response_hours(db) == ResponseHours(2, 8, 24, 72)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "response_hours")).one()
    assert (entry.entity, entry.username) == ("station_settings", "super")
    assert entry.before == {"sla.response_hours.urgent": 4, "sla.response_hours.high": 12,
                            "sla.response_hours.low": 48}
    assert entry.after == {"sla.response_hours.urgent": 2, "sla.response_hours.high": 8,
                           "sla.response_hours.low": 72}
    after = make_job("repair", priority="urgent", phone="13900000001", now=RECEIVED)
    assert after.sla_due == RECEIVED + dt.timedelta(hours=2)
    assert get_job(db, before.id).sla_due == RECEIVED + dt.timedelta(hours=4)  # as promised


def test_a_dispatcher_may_not_change_them(db: Database, dispatcher: Actor) -> None:
    with pytest.raises(PermissionDenied):
        set_response_hours(db, dispatcher, ResponseHours(urgent=2))
    assert response_hours(db) == ResponseHours()


@pytest.mark.parametrize(("hours", "words"), [
    (ResponseHours(urgent=0), "urgent jobs must be a whole number of hours from 1 to 720"),
    (ResponseHours(low=-5), "low jobs"),
    (ResponseHours(normal=721), "from 1 to 720"),
    (ResponseHours(high=True), "high jobs"),
    (ResponseHours(high=2.5), "high jobs"),  # type: ignore[arg-type]
    (ResponseHours(urgent=24, high=12), "must not grow with urgency"),
    (ResponseHours(normal=60), "normal at most low"),
])
def test_bad_hours_are_refused_with_a_sentence(db: Database, supervisor: Actor,
                                               hours: ResponseHours, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        set_response_hours(db, supervisor, hours)
    assert response_hours(db) == ResponseHours()


def test_a_new_priority_moves_the_due_from_the_receipt_time_until_a_visit_began(
        db: Database, dispatcher: Actor, make_job: MakeJob, make_tech: MakeTech) -> None:
    job = make_job("repair", now=RECEIVED)
    assert job.sla_due == RECEIVED + dt.timedelta(hours=24)
    update_job(db, dispatcher, job.id, JobInput("repair", priority="urgent", symptom="不制冷"))
    assert get_job(db, job.id).sla_due == RECEIVED + dt.timedelta(hours=4)
    # Booked but not yet visited: the due still follows the priority.
    assign(db, dispatcher, job.id, make_tech(), local(2026, 11, 24, 9))
    update_job(db, dispatcher, job.id, JobInput("repair", priority="low", symptom="不制冷"))
    assert get_job(db, job.id).sla_due == RECEIVED + dt.timedelta(hours=48)
    # Once the technician is there, the promise was kept or broken: it stays.
    change_status(db, dispatcher, job.id, JobStatus.DISPATCHED)
    change_status(db, dispatcher, job.id, JobStatus.IN_PROGRESS)
    update_job(db, dispatcher, job.id, JobInput("repair", priority="urgent", symptom="不制冷"))
    after = get_job(db, job.id)
    assert after.priority == "urgent" and after.sla_due == RECEIVED + dt.timedelta(hours=48)


def test_an_explicit_due_wins_over_the_priority(
        db: Database, dispatcher: Actor, make_job: MakeJob) -> None:
    agreed = local(2026, 11, 25, 12)
    job = make_job("repair", priority="urgent", sla_due=agreed, now=RECEIVED)
    assert job.sla_due == agreed
    update_job(db, dispatcher, job.id,
               JobInput("repair", priority="low", symptom="不制冷", sla_due=agreed))
    assert get_job(db, job.id).sla_due == agreed
