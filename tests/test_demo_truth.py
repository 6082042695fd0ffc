"""Issue 14 point 8: the demo's history is one the services would have written. Finished jobs
pass the completion gate (visit, checklist, signature); a repair's symptom, diagnosis,
resolution and parts tell one story; every completed job has its callback; unsatisfied answers
opened complaints; the audit log follows each job."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import JSON, create_engine, select
from sqlalchemy.orm import Session

from app.db import open_database
from app.demo import build_demo
from app.demo.repairs import CASES
from app.demo.texts import HEIGHT_NOTE
from app.demo.writer import utc_text
from app.models import Appointment, AuditEntry, Callback, ChecklistRun, Complaint, Job, JobLine
from app.models.base import UTCDateTime
from app.models.enums import CallbackKind, CallbackStatus, JobStatus
from app.services.callback_tasks import callback_due
from app.services.completion import completion_blockers
from app.services.months import Month
from app.services.quality_figures import month_figures
from app.services.signatures import states_in

NOW = dt.datetime(2025, 7, 16, 3, 30, tzinfo=dt.UTC)
DONE = (JobStatus.COMPLETED.value, JobStatus.CLOSED.value)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("truth") / "demo.sqlite"
    build_demo(path, technicians=12, jobs=400, customers=500, seed=11, now=NOW)
    return path


@pytest.fixture
def s(demo: Path) -> Iterator[Session]:
    db = open_database(demo)
    try:
        with db.session() as session:
            yield session
    finally:
        db.dispose()


def done_jobs(s: Session) -> list[Job]:
    return list(s.scalars(select(Job).where(Job.status.in_(DONE))))


def test_every_finished_job_passes_the_services_completion_gate(s: Session) -> None:
    jobs = done_jobs(s)
    assert len(jobs) > 100
    for job in jobs:
        assert completion_blockers(s, job) == [], job.number
        ends = s.scalars(select(Appointment.actual_end).where(Appointment.job_id == job.id))
        assert job.completed_at == max(e for e in ends if e is not None)
        if job.job_type == "install":  # signed by both, over exactly what the sheet shows
            signatures = states_in(s, job)
            assert {x.role.value for x in signatures} == {"customer", "technician"}
            assert all(x.valid for x in signatures), job.number


def test_a_repairs_symptom_diagnosis_resolution_and_parts_agree(s: Session) -> None:
    cases = {case.symptom: case for case in CASES}
    repairs = [j for j in done_jobs(s) if j.job_type == "repair"]
    assert len({j.symptom for j in repairs}) > 5
    for job in repairs:
        case = cases[job.symptom.removesuffix(HEIGHT_NOTE)]
        run = s.scalars(select(ChecklistRun).where(ChecklistRun.job_id == job.id)).one()
        lines = list(s.scalars(select(JobLine).where(JobLine.job_id == job.id)
                               .order_by(JobLine.id)))
        assert job.resolution == case.resolution
        assert (run.answers["fault_found"], run.answers["symptom"]) == (case.fault, job.symptom)
        assert [ln.description for ln in lines if ln.kind == "part"] == [n for n, _ in case.parts]
        covered = run.answers["warranty_decision"] == "repair"
        assert all(ln.warranty_covered == covered for ln in lines)
        assert run.answers.get("circuit_opened") == case.circuit_opened


def test_an_installations_charges_follow_its_checklist(s: Session) -> None:
    for job in (j for j in done_jobs(s) if j.job_type == "install"):
        answers = s.scalars(select(ChecklistRun.answers).where(
            ChecklistRun.job_id == job.id)).one()
        pipe = {ln.description: ln.quantity for ln in s.scalars(
            select(JobLine).where(JobLine.job_id == job.id))}.get("加长铜管（米）", 0)
        assert float(pipe) == pytest.approx(max(0.0, answers["pipe_length"]
                                                 - answers["precharged_length"]))


def test_every_completed_job_has_its_callback_and_unhappy_answers_complained(
        s: Session) -> None:
    calls = defaultdict(list)
    for call in s.scalars(select(Callback).where(Callback.kind == CallbackKind.VISIT.value)):
        calls[call.job_id].append(call)
    for job in done_jobs(s):
        (call,) = calls[job.id]
        assert call.due_at == callback_due(job.completed_at, 3, "Asia/Shanghai")  # type: ignore[arg-type]
        if call.status == CallbackStatus.DONE.value:
            assert call.reached and call.satisfaction == min(
                call.score_timeliness, call.score_attitude, call.score_quality,  # type: ignore[type-var]
                call.score_price)
            assert (call.complaint_id is not None) == (call.satisfaction <= 2)  # type: ignore[operator]
        if call.status == CallbackStatus.UNREACHED.value:
            assert call.attempts == 3 and not call.reached
    closed = s.scalars(select(Complaint.id).where(Complaint.stage == "closed")).all()
    confirming = set(s.scalars(select(Callback.complaint_id).where(
        Callback.kind == CallbackKind.COMPLAINT.value, Callback.confirmed.is_(True))))
    assert closed and set(closed) <= confirming


def test_the_audit_log_follows_each_job(s: Session) -> None:
    actions = defaultdict(set)
    for entity_id, action in s.execute(select(AuditEntry.entity_id, AuditEntry.action)):
        actions[entity_id].add(action)
    for job in s.scalars(select(Job)):
        assert "create" in actions[job.id]
        if job.status in DONE:
            assert {"status:in_progress", "status:completed"} <= actions[job.id]
    users = set(s.scalars(select(AuditEntry.username)))
    assert users == {"dispatcher", "supervisor"}
    latest = s.scalar(select(AuditEntry.at).order_by(AuditEntry.at.desc()).limit(1))
    assert latest is not None and latest <= NOW


def test_the_demo_has_figures_to_show(demo: Path) -> None:
    db = open_database(demo)
    try:
        station = month_figures(db, Month(2025, 7), NOW).station
    finally:
        db.dispose()
    assert station.completed.numerator > 30
    for figure in (station.response_attainment, station.dissatisfaction_rate,
                   station.omission_rate, station.first_time_fix):
        assert figure.rate is not None and 0 <= figure.rate <= 1
    assert 0.5 < (station.response_attainment.rate or 0) < 1


@pytest.mark.parametrize("moment", [
    dt.datetime(2025, 7, 16, 3, 30, tzinfo=dt.UTC),
    dt.datetime(2025, 7, 16, 11, 30, 5, 123, tzinfo=ZoneInfo("Asia/Shanghai")),
    dt.datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)])
def test_the_bulk_writer_stores_datetimes_as_the_services_do(moment: dt.datetime) -> None:
    services = UTCDateTime()._cached_bind_processor(create_engine("sqlite://").dialect)
    assert services is not None and utc_text(moment) == services(moment)


def test_the_history_stores_json_as_the_json_column_does() -> None:
    after = {"status": "completed", "completed_at": "2025-07-16T03:30:00+00:00"}
    services = JSON().dialect_impl(create_engine("sqlite://").dialect).bind_processor(
        create_engine("sqlite://").dialect)
    assert services is not None and services(after) == json.dumps(after)
