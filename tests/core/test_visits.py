"""Issue 14 point 1: a visit's arrival and finish are recorded (as they happen, or keyed in
from the paper sheet); the job follows them; it completes only with a finished visit or a
supervisor's override; each write is audited and goes to the outbox."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import TransitionError, ValidationError
from app.models import Appointment, AuditEntry, Callback, OutboxEntry
from app.models.enums import AppointmentStatus, CallbackStatus, JobStatus
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.jobs import change_status, get_job
from app.services.visits import record_arrival, record_finish, record_sheet_times
from tests.core.conftest import MakeJob, MakeTech, local

RECEIVED = local(2026, 11, 23, 8)  # Monday 08:00
VISIT = local(2026, 11, 23, 10)
LATER = local(2026, 11, 24, 9)


@pytest.fixture
def booked(db: Database, dispatcher: Actor, make_job: MakeJob, make_tech: MakeTech) -> str:
    """An inspection (no checklist gate) booked for Monday 10:00; the appointment's id."""
    job = make_job("inspection", now=RECEIVED)
    appt, _ = assign(db, dispatcher, job.id, make_tech(), VISIT)
    return appt.id


def job_of(db: Database, appointment_id: str) -> str:
    with db.session() as s:
        appt = s.get(Appointment, appointment_id)
        assert appt is not None
        return appt.job_id


def test_the_first_arrival_puts_the_job_in_progress_audited_and_synced(
        db: Database, dispatcher: Actor, booked: str) -> None:
    arrived = VISIT + dt.timedelta(minutes=7)
    times, _ = record_arrival(db, dispatcher, booked, at=arrived, now=LATER)
    assert (times.arrived_at, times.status, times.job_status) == (
        arrived, AppointmentStatus.ON_SITE, JobStatus.IN_PROGRESS)
    job_id = job_of(db, booked)
    with db.session() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id.in_(
            [job_id, booked])).order_by(AuditEntry.at)).all()
        sent = s.scalars(select(OutboxEntry.fields).where(OutboxEntry.row_id == booked)).all()
    assert actions[-3:] == ["visit", "status:dispatched", "status:in_progress"]
    assert any(f.get("actual_start") == arrived.astimezone(dt.UTC).isoformat() for f in sent)
    with pytest.raises(ValidationError, match="arrival of this visit was recorded already"):
        record_arrival(db, dispatcher, booked, at=arrived, now=LATER)


def test_the_finish_needs_an_arrival_before_it_and_neither_lies_in_the_future(
        db: Database, dispatcher: Actor, booked: str) -> None:
    with pytest.raises(ValidationError, match="arrival before the finish"):
        record_finish(db, dispatcher, booked, at=VISIT, now=LATER)
    with pytest.raises(ValidationError, match="cannot be in the future"):
        record_arrival(db, dispatcher, booked, at=LATER + dt.timedelta(hours=1), now=LATER)
    with pytest.raises(ValidationError, match="before job .* was received"):
        record_arrival(db, dispatcher, booked, at=RECEIVED - dt.timedelta(hours=1), now=LATER)
    record_arrival(db, dispatcher, booked, at=VISIT, now=LATER)
    with pytest.raises(ValidationError, match="after the arrival"):
        record_finish(db, dispatcher, booked, at=VISIT - dt.timedelta(minutes=1), now=LATER)
    times, _ = record_finish(db, dispatcher, booked, at=VISIT + dt.timedelta(hours=1), now=LATER)
    assert times.status is AppointmentStatus.DONE


def test_times_keyed_in_from_the_paper_sheet(db: Database, dispatcher: Actor,
                                             booked: str) -> None:
    times, _ = record_sheet_times(db, dispatcher, booked, dt.date(2026, 11, 23), "10:05",
                                  "11 40", now=LATER)
    assert (times.arrived_at, times.finished_at) == (local(2026, 11, 23, 10, 5),
                                                     local(2026, 11, 23, 11, 40))
    assert times.job_status is JobStatus.IN_PROGRESS
    # A correction replaces both (audited with the old values).
    record_sheet_times(db, dispatcher, booked, dt.date(2026, 11, 23), "10：15", "11.50",
                       now=LATER)
    with db.session() as s:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == booked)
                         .order_by(AuditEntry.at.desc())).first()
    assert last is not None and last.before["actual_start"].startswith("2026-11-23T02:05")


@pytest.mark.parametrize(("arrival", "finish", "words"), [
    ("25:00", "", "arrival time '25:00' is not a time like 14:05"),
    ("ten", "", "not a time like 14:05"),
    ("10:00", "09:30", "finish must be after the arrival"),
    ("10:00", "9:61", "finish time '9:61'"),
])
def test_bad_sheet_times_are_refused_with_a_sentence(db: Database, dispatcher: Actor,
                                                     booked: str, arrival: str, finish: str,
                                                     words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        record_sheet_times(db, dispatcher, booked, dt.date(2026, 11, 23), arrival, finish,
                           now=LATER)
    assert get_job(db, job_of(db, booked)).status is JobStatus.SCHEDULED


def test_a_job_completes_only_with_a_finished_visit_or_a_supervisors_override(
        db: Database, dispatcher: Actor, supervisor: Actor, make_job: MakeJob,
        booked: str) -> None:
    job_id = job_of(db, booked)
    record_arrival(db, dispatcher, booked, at=VISIT, now=LATER)
    with pytest.raises(TransitionError, match="no visit has its arrival and finish recorded"):
        change_status(db, dispatcher, job_id, JobStatus.COMPLETED)
    record_finish(db, dispatcher, booked, at=VISIT + dt.timedelta(hours=1), now=LATER)
    change_status(db, dispatcher, job_id, JobStatus.COMPLETED)
    assert get_job(db, job_id).completed_at == VISIT + dt.timedelta(hours=1)
    unvisited = make_job("inspection", phone="13812345670", now=RECEIVED)
    change_status(db, dispatcher, unvisited.id, JobStatus.SCHEDULED)
    change_status(db, dispatcher, unvisited.id, JobStatus.DISPATCHED)
    change_status(db, dispatcher, unvisited.id, JobStatus.IN_PROGRESS)
    with pytest.raises(TransitionError, match="Only a supervisor"):
        change_status(db, dispatcher, unvisited.id, JobStatus.COMPLETED, "sheet lost",
                      override=True)
    change_status(db, supervisor, unvisited.id, JobStatus.COMPLETED, "纸质单遗失 sheet lost",
                  override=True)
    assert get_job(db, unvisited.id).status is JobStatus.COMPLETED


def test_completion_creates_the_callback_and_reopening_withdraws_it(
        db: Database, dispatcher: Actor, booked: str) -> None:
    job_id = job_of(db, booked)
    record_sheet_times(db, dispatcher, booked, dt.date(2026, 11, 23), "10:00", "11:00",
                       now=LATER)
    change_status(db, dispatcher, job_id, JobStatus.COMPLETED)
    with db.session() as s:
        task = s.scalars(select(Callback).where(Callback.job_id == job_id)).one()
        assert (task.status, task.attempts, task.technician_id) == (
            CallbackStatus.OPEN, 0, s.get(Appointment, booked).technician_id)  # type: ignore[union-attr]
    assert task.due_at == local(2026, 11, 27)  # within 3 days: the end of Thursday
    change_status(db, dispatcher, job_id, JobStatus.IN_PROGRESS, "customer says still noisy")
    assert get_job(db, job_id).completed_at is None
    change_status(db, dispatcher, job_id, JobStatus.COMPLETED)
    with db.session() as s:
        statuses = sorted(s.scalars(select(Callback.status).where(Callback.job_id == job_id)))
    assert statuses == ["cancelled", "open"]


def test_a_cancelled_jobs_visit_cannot_be_recorded(db: Database, dispatcher: Actor,
                                                   booked: str) -> None:
    change_status(db, dispatcher, job_of(db, booked), JobStatus.CANCELLED, "客户取消")
    with pytest.raises(ValidationError, match="cancelled"):
        record_arrival(db, dispatcher, booked, at=VISIT, now=LATER)
