"""Issue 14 point 4: completing a job creates its callback; the queue shows what is due and
overdue; a call is reached or not (retried up to the station's attempts), scores 1-5 on four
aspects; an unsatisfied answer opens a complaint linked to the call."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import ValidationError
from app.models import Callback, Complaint
from app.models.enums import CallbackKind, CallbackStatus, ComplaintCategory, JobStatus
from app.services.actor import Actor
from app.services.callback_queries import callback_counts, callback_queue
from app.services.callbacks import CallInput, record_call
from app.services.jobs import change_status
from app.services.settings_sections import Sla
from app.services.station_settings import set_section
from tests.core.conftest import MakeJob, Visit

SATISFIED = CallInput(True, timeliness=5, attitude=4, quality=5, price=4, remarks="满意")


@pytest.fixture
def task(db: Database, dispatcher: Actor, make_job: MakeJob, visit: Visit) -> str:
    """The callback of an inspection just completed."""
    job = make_job("inspection")
    visit(job.id)
    change_status(db, dispatcher, job.id, JobStatus.COMPLETED)
    with db.session() as s:
        return s.scalars(select(Callback.id).where(Callback.job_id == job.id)).one()


def due_of(db: Database, callback_id: str) -> dt.datetime:
    with db.session() as s:
        row = s.get(Callback, callback_id)
        assert row is not None
        return row.due_at


def test_the_queue_shows_due_and_overdue_calls(db: Database, task: str) -> None:
    due = due_of(db, task)
    before = due - dt.timedelta(hours=1)
    assert [r.id for r in callback_queue(db, before)] == [task]
    assert callback_queue(db, before, due_by=before) == []  # not due by then
    row = callback_queue(db, due + dt.timedelta(minutes=1))[0]
    assert (row.kind, row.overdue, row.customer_name, row.technician_name) == (
        CallbackKind.VISIT, True, "张伟", "现场 周")
    assert callback_counts(db, due + dt.timedelta(minutes=1), due + dt.timedelta(days=1)) \
        .overdue == 1


def test_an_unanswered_call_is_retried_up_to_the_attempts(db: Database, dispatcher: Actor,
                                                          supervisor: Actor, task: str) -> None:
    set_section(db, supervisor, Sla(callback_days=3, callback_attempts=2))
    first, _ = record_call(db, dispatcher, task, CallInput(False, remarks="无人接听"))
    assert (first.status, first.attempts) == (CallbackStatus.OPEN, 1)
    with pytest.raises(ValidationError, match="not reached gives no answers"):
        record_call(db, dispatcher, task, CallInput(False, timeliness=5))
    second, _ = record_call(db, dispatcher, task, CallInput(False))
    assert (second.status, second.attempts) == (CallbackStatus.UNREACHED, 2)
    with pytest.raises(ValidationError, match="nothing is left to call"):
        record_call(db, dispatcher, task, SATISFIED)
    assert callback_queue(db, due_of(db, task)) == []


def test_a_reached_customer_gives_four_scores(db: Database, dispatcher: Actor,
                                              task: str) -> None:
    with pytest.raises(ValidationError, match="all four scores"):
        record_call(db, dispatcher, task, CallInput(True, timeliness=5, attitude=5))
    with pytest.raises(ValidationError, match="from 1 to 5"):
        record_call(db, dispatcher, task, CallInput(True, 6, 5, 5, 5))
    outcome, _ = record_call(db, dispatcher, task, SATISFIED)
    assert (outcome.status, outcome.complaint_id) == (CallbackStatus.DONE, None)
    with db.session() as s:
        row = s.get(Callback, task)
        assert row is not None
        assert (row.satisfaction, row.score_price, row.called_by, row.attempts) == (4, 4, "disp", 1)
        assert row.first_called_at == row.called_at


def test_an_unsatisfied_answer_opens_a_complaint_linked_to_the_call(
        db: Database, dispatcher: Actor, task: str) -> None:
    outcome, _ = record_call(db, dispatcher, task, CallInput(
        True, timeliness=2, attitude=4, quality=5, price=3, remarks="等了三个小时"))
    assert outcome.complaint_id is not None
    with db.session() as s:
        complaint = s.get(Complaint, outcome.complaint_id)
        row = s.get(Callback, task)
        assert complaint is not None and row is not None
        assert (complaint.category, complaint.description, complaint.job_id) == (
            ComplaintCategory.TIMELINESS, "等了三个小时", row.job_id)
        assert row.complaint_id == complaint.id and complaint.technician_id == row.technician_id
