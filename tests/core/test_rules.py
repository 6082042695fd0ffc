"""Assigning appointments: every broken rule is named; overrides are a supervisor's, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import ValidationError
from app.models import AuditEntry
from app.models.enums import JobStatus
from app.scheduling.rules import Rule, RuleViolationError
from app.services.actor import Actor
from app.services.appointments import appointments_of, assign, check_assignment, move, unassign
from app.services.jobs import change_status, get_job
from app.services.technicians import AbsenceInput
from tests.core.conftest import MakeJob, MakeTech, local

MONDAY = (2026, 11, 23)


def rules_broken(db: Database, actor: Actor, job_id: str, tech: str, start: dt.datetime,
                 minutes: int = 90) -> set[Rule]:
    end = start + dt.timedelta(minutes=minutes)
    return {v.rule for v in check_assignment(db, actor, job_id, tech, start, end)}


def test_a_valid_assignment_schedules_the_job(db: Database, make_job: MakeJob,
                                              make_tech: MakeTech, dispatcher: Actor) -> None:
    job, tech = make_job("install"), make_tech()
    appt, _ = assign(db, dispatcher, job.id, tech, local(*MONDAY, 9))
    assert appt.end - appt.start == dt.timedelta(minutes=90)
    assert get_job(db, job.id).status is JobStatus.SCHEDULED


@pytest.mark.parametrize(
    ("tech_kwargs", "start", "rule"),
    [
        ({"skills": ("repair",)}, local(*MONDAY, 9), Rule.MISSING_SKILL),
        ({"cert_expiry": dt.date(2026, 11, 1)}, local(*MONDAY, 9), Rule.CERTIFICATION_EXPIRED),
        ({"cert_expiry": None}, local(*MONDAY, 9), Rule.CERTIFICATION_MISSING),
        ({}, local(*MONDAY, 7), Rule.OUTSIDE_SHIFT),
        ({}, local(2026, 11, 29, 10), Rule.OUTSIDE_SHIFT),  # Sunday: no shift
        ({"absences": (AbsenceInput(local(*MONDAY, 0), local(2026, 11, 24), "年假"),)},
         local(*MONDAY, 9), Rule.ABSENCE),
    ],
)
def test_each_rule_is_named(db: Database, make_job: MakeJob, make_tech: MakeTech,
                            dispatcher: Actor, tech_kwargs: dict[str, object],
                            start: dt.datetime, rule: Rule) -> None:
    job, tech = make_job("install"), make_tech(**tech_kwargs)
    assert rules_broken(db, dispatcher, job.id, tech, start) == {rule}
    with pytest.raises(RuleViolationError) as err:
        assign(db, dispatcher, job.id, tech, start)
    assert {v.rule for v in err.value.violations} == {rule}
    assert appointments_of(db, job.id) == []


def test_overlap_and_daily_maximum(db: Database, make_job: MakeJob, make_tech: MakeTech,
                                   dispatcher: Actor) -> None:
    tech = make_tech(max_jobs=2)
    first, second, third = (make_job("repair", phone=f"1390000000{i}") for i in range(3))
    assign(db, dispatcher, first.id, tech, local(*MONDAY, 9))
    assert rules_broken(db, dispatcher, second.id, tech, local(*MONDAY, 10)) == {Rule.OVERLAP}
    assign(db, dispatcher, second.id, tech, local(*MONDAY, 13))
    assert rules_broken(db, dispatcher, third.id, tech, local(*MONDAY, 15)) == {
        Rule.DAILY_MAXIMUM}
    assert rules_broken(db, dispatcher, third.id, tech, local(*MONDAY, 9, 30)) == {
        Rule.OVERLAP, Rule.DAILY_MAXIMUM}


def test_every_broken_rule_is_returned_at_once(db: Database, make_job: MakeJob,
                                               make_tech: MakeTech, dispatcher: Actor) -> None:
    job = make_job("install", required_skills=["install", "refrigerant", "height"])
    tech = make_tech(skills=("repair",), cert_expiry=dt.date(2020, 1, 1))
    broken = rules_broken(db, dispatcher, job.id, tech, local(*MONDAY, 18))
    assert broken == {Rule.MISSING_SKILL, Rule.CERTIFICATION_EXPIRED,
                      Rule.CERTIFICATION_MISSING, Rule.OUTSIDE_SHIFT}


def test_override_needs_a_supervisor_and_is_audited(db: Database, make_job: MakeJob,
                                                    make_tech: MakeTech, dispatcher: Actor,
                                                    supervisor: Actor) -> None:
    job, tech = make_job("install"), make_tech()
    evening = local(*MONDAY, 18)
    with pytest.raises(ValidationError, match="Only a supervisor"):
        assign(db, dispatcher, job.id, tech, evening, override_reason="customer only at night")
    appt, _ = assign(db, supervisor, job.id, tech, evening,
                     override_reason="customer only at night")
    assert appt.override_reason == "override (outside_shift): customer only at night"
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == appt.id)).one()
    assert entry.username == "super" and "outside_shift" in entry.reason


def test_move_checks_rules_without_counting_itself(db: Database, make_job: MakeJob,
                                                   make_tech: MakeTech,
                                                   dispatcher: Actor) -> None:
    job, tech, other = make_job("install"), make_tech(), make_tech("T002", "刘师傅")
    appt, _ = assign(db, dispatcher, job.id, tech, local(*MONDAY, 9))
    moved, _ = move(db, dispatcher, appt.id, tech, local(*MONDAY, 9, 30), local(*MONDAY, 11))
    assert moved.start == local(*MONDAY, 9, 30)
    moved, _ = move(db, dispatcher, appt.id, other, local(*MONDAY, 14), local(*MONDAY, 16))
    assert moved.technician_id == other
    with pytest.raises(RuleViolationError, match="outside"):
        move(db, dispatcher, appt.id, other, local(*MONDAY, 17), local(*MONDAY, 19))


def test_unassigning_the_last_visit_returns_the_job_to_new(db: Database, make_job: MakeJob,
                                                           make_tech: MakeTech,
                                                           dispatcher: Actor) -> None:
    job, tech = make_job("repair"), make_tech()
    appt, _ = assign(db, dispatcher, job.id, tech, local(*MONDAY, 9))
    change_status(db, dispatcher, job.id, JobStatus.DISPATCHED)
    unassign(db, dispatcher, appt.id)
    assert get_job(db, job.id).status is JobStatus.NEW
    assert appointments_of(db, job.id) == []


def test_a_closed_job_cannot_be_scheduled(db: Database, make_job: MakeJob, make_tech: MakeTech,
                                          dispatcher: Actor) -> None:
    job, tech = make_job("repair"), make_tech()
    change_status(db, dispatcher, job.id, JobStatus.CANCELLED, "customer fixed it")
    with pytest.raises(ValidationError, match="cannot be scheduled"):
        assign(db, dispatcher, job.id, tech, local(*MONDAY, 9))


def test_a_visit_outside_the_customers_requested_window_is_named(
        db: Database, make_job: MakeJob, make_tech: MakeTech, dispatcher: Actor,
        supervisor: Actor) -> None:
    job = make_job("repair", requested_start=local(*MONDAY, 9),
                   requested_end=local(*MONDAY, 12))
    tech = make_tech()
    assert rules_broken(db, dispatcher, job.id, tech, local(*MONDAY, 9)) == set()
    assert rules_broken(db, dispatcher, job.id, tech, local(*MONDAY, 12)) == set()  # arrives
    assert rules_broken(db, dispatcher, job.id, tech, local(*MONDAY, 8, 30)) == {
        Rule.REQUESTED_WINDOW}
    with pytest.raises(RuleViolationError) as err:
        assign(db, dispatcher, job.id, tech, local(*MONDAY, 14))
    [broken] = err.value.violations
    assert str(broken) == ("The customer asked for a visit starting between 2026-11-23 09:00 "
                           "and 2026-11-23 12:00.")
    appt, _ = assign(db, supervisor, job.id, tech, local(*MONDAY, 14),
                     override_reason="客户电话同意下午")
    assert appt.override_reason.startswith("override (requested_window)")
    with pytest.raises(RuleViolationError, match="asked for a visit"):
        move(db, dispatcher, appt.id, tech, local(2026, 11, 24, 10), local(2026, 11, 24, 11))
