"""Issue 14 point 3: complaints from a phone call (the caller found by phone or name), four
stages none of which can be skipped, handling due by the end of the business day, overdue
ones for the supervisors, closing only on the customer's confirmation, and an installation's
re-inspection job made in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Callback, Complaint, Job, OutboxEntry
from app.models.enums import CallbackKind, ComplaintCategory, ComplaintStage, JobType
from app.services.actor import Actor
from app.services.callbacks import CallInput, record_call
from app.services.callers import find_callers
from app.services.complaint_queries import (
    complaint_detail,
    complaint_queue,
    overdue_complaint_count,
    sign_in_notice,
)
from app.services.complaints import ComplaintInput, advance_complaint, record_complaint
from app.services.customers import EquipmentInput
from app.services.jobs import JobDetail
from app.services.settings_sections import WorkingHours
from app.services.station_settings import set_section
from tests.core.conftest import MakeJob, local

CALLED = local(2026, 11, 23, 15)  # Monday afternoon
PHONE = "13912345678"


@pytest.fixture
def installed(db: Database, supervisor: Actor, make_job: MakeJob) -> JobDetail:
    """An installation of a new unit, for a station open 08:00-18:00 every day."""
    set_section(db, supervisor, WorkingHours(((8 * 60, 18 * 60),) * 7))
    unit = EquipmentInput("格力", "KFR-35GW", indoor_serial="IN-1")
    return make_job("install", phone=PHONE, new_equipment=unit,
                    now=CALLED - dt.timedelta(days=5))


def complaint_of(job: JobDetail, **kw: object) -> ComplaintInput:
    values: dict[str, object] = {"category": "installation", "description": "内机漏水",
                                 "job_id": job.id, "received_at": CALLED}
    return ComplaintInput(job.customer_id, **{**values, **kw})  # type: ignore[arg-type]


def test_the_caller_is_found_by_phone_or_name_with_units_and_jobs(
        db: Database, installed: JobDetail) -> None:
    by_phone = find_callers(db, "139 1234 5678")
    assert [c.customer_id for c in by_phone] == [installed.customer_id]
    assert [j.number for j in by_phone[0].jobs] == [installed.number]
    assert by_phone[0].units[0].id == installed.equipment_id
    assert [c.name for c in find_callers(db, "张伟")] == ["张伟"]
    assert find_callers(db, "nobody") == [] and find_callers(db, "  ") == []


def test_a_complaint_is_recorded_linked_due_by_the_end_of_the_business_day(
        db: Database, dispatcher: Actor, installed: JobDetail) -> None:
    complaint_id, _ = record_complaint(db, dispatcher, complaint_of(installed, severity="serious"),
                                       now=CALLED)
    with db.session() as s:
        row = s.get(Complaint, complaint_id)
        sent = s.scalar(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.row_id == complaint_id))
        audited = s.scalar(select(AuditEntry.action).where(AuditEntry.entity_id == complaint_id))
    assert row is not None and row.equipment_id == installed.equipment_id  # the job's unit
    assert (row.stage, row.recorded_by, row.severity) == ("recorded", "disp", "serious")
    assert row.handling_due == local(2026, 11, 23, 18)
    assert sent == 1 and audited == "create"
    late_call, _ = record_complaint(db, dispatcher, complaint_of(
        installed, received_at=local(2026, 11, 23, 19)), now=local(2026, 11, 23, 19))
    with db.session() as s:
        late = s.get(Complaint, late_call)
    assert late is not None and late.handling_due == local(2026, 11, 24, 18)


@pytest.mark.parametrize(("kw", "words"), [
    ({"category": "rude"}, "Unknown complaint category 'rude'"),
    ({"description": "  "}, "Please enter the customer's words"),
    ({"severity": "huge"}, "Unknown severity"),
    ({"received_at": CALLED + dt.timedelta(hours=2)}, "cannot come in the future"),
])
def test_bad_complaints_are_refused_with_a_sentence(db: Database, dispatcher: Actor,
                                                    installed: JobDetail, kw: dict[str, object],
                                                    words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        record_complaint(db, dispatcher, complaint_of(installed, **kw), now=CALLED)


def test_a_job_of_another_customer_cannot_be_linked(db: Database, dispatcher: Actor,
                                                    installed: JobDetail,
                                                    make_job: MakeJob) -> None:
    other = make_job("repair", name="李娜", phone="13800000001")
    with pytest.raises(ValidationError, match="not this customer's"):
        record_complaint(db, dispatcher, complaint_of(installed, job_id=other.id), now=CALLED)


def test_the_stages_follow_in_order_with_who_when_and_what(
        db: Database, dispatcher: Actor, supervisor: Actor, installed: JobDetail) -> None:
    complaint_id, _ = record_complaint(db, dispatcher, complaint_of(installed), now=CALLED)
    handled = CALLED + dt.timedelta(hours=1)
    assert advance_complaint(db, dispatcher, complaint_id, "已致歉，约明早上门", now=handled)[0] \
        is ComplaintStage.HANDLED
    with pytest.raises(PermissionDenied):
        advance_complaint(db, dispatcher, complaint_id, "复核", now=handled)
    with pytest.raises(ValidationError, match="Please enter the text of the stage"):
        advance_complaint(db, supervisor, complaint_id, " ", now=handled)
    advance_complaint(db, supervisor, complaint_id, "主管复核：排水管坡度不足", now=handled)
    advance_complaint(db, supervisor, complaint_id, "已反馈生产和设计部门", now=handled)
    detail = complaint_detail(db, complaint_id, handled)
    stages = {st.stage: st for st in detail.stages}
    assert (stages[ComplaintStage.HANDLED].by, stages[ComplaintStage.HANDLED].at) == (
        "disp", handled)
    assert stages[ComplaintStage.HANDLED].due == local(2026, 11, 23, 18)
    assert stages[ComplaintStage.REVIEWED].due == local(2026, 11, 24, 18)  # the next day
    assert stages[ComplaintStage.REPORTED_BACK].text == "已反馈生产和设计部门"
    assert stages[ComplaintStage.CLOSED].at is None  # the customer has not confirmed yet
    with pytest.raises(ValidationError, match="no further stage"):
        advance_complaint(db, supervisor, complaint_id, "again", now=handled)
    assert len(detail.confirmation_callback_ids) == 1


def test_overdue_complaints_reach_the_supervisors(db: Database, dispatcher: Actor,
                                                  supervisor: Actor,
                                                  installed: JobDetail) -> None:
    complaint_id, _ = record_complaint(db, dispatcher, complaint_of(installed), now=CALLED)
    evening = local(2026, 11, 23, 18, 30)
    assert [r.id for r in complaint_queue(db, evening, overdue_only=True)] == [complaint_id]
    assert complaint_queue(db, CALLED, overdue_only=True) == []
    assert overdue_complaint_count(db, evening) == 1
    notice = sign_in_notice(db, supervisor, evening)
    assert notice is not None
    assert str(notice).startswith("Complaints past the due of their stage: 1.")
    assert sign_in_notice(db, dispatcher, evening) is None
    advance_complaint(db, dispatcher, complaint_id, "已处理", now=evening)  # late, but done
    assert overdue_complaint_count(db, evening) == 0
    row = complaint_queue(db, evening)[0]
    assert (row.stage, row.next_due, row.overdue) == (ComplaintStage.HANDLED,
                                                      local(2026, 11, 24, 18), False)


def test_closing_takes_the_customers_confirmation_on_a_callback(
        db: Database, dispatcher: Actor, supervisor: Actor, installed: JobDetail) -> None:
    complaint_id, _ = record_complaint(db, dispatcher, complaint_of(installed), now=CALLED)
    for words in ("处理", "复核", "反馈"):
        advance_complaint(db, supervisor, complaint_id, words, now=CALLED)
    first = complaint_detail(db, complaint_id, CALLED).confirmation_callback_ids[0]
    record_call(db, dispatcher, first, CallInput(True, confirmed=False, remarks="还在滴水"),
                now=CALLED + dt.timedelta(hours=1))
    detail = complaint_detail(db, complaint_id, CALLED)
    assert detail.row.stage is ComplaintStage.REPORTED_BACK
    second = detail.confirmation_callback_ids[1]
    record_call(db, dispatcher, second, CallInput(True, confirmed=True, remarks="已不漏水"),
                now=CALLED + dt.timedelta(days=1))
    closed = complaint_detail(db, complaint_id, CALLED)
    assert closed.row.stage is ComplaintStage.CLOSED
    assert closed.stages[-1].by == "disp"
    with db.session() as s:
        kinds = set(s.scalars(select(Callback.kind).where(Callback.complaint_id == complaint_id)))
    assert kinds == {CallbackKind.COMPLAINT.value}


def test_an_installation_complaint_creates_its_reinspection_in_one_transaction(
        db: Database, dispatcher: Actor, installed: JobDetail, make_job: MakeJob) -> None:
    complaint_id, _ = record_complaint(db, dispatcher, complaint_of(installed, reinspect=True),
                                       now=CALLED)
    with db.session() as s:
        row = s.get(Complaint, complaint_id)
        assert row is not None and row.reinspection_job_id is not None
        job = s.get(Job, row.reinspection_job_id)
    assert job is not None and (job.job_type, job.priority) == (JobType.INSPECTION, "high")
    assert (job.site_id, job.equipment_id) == (installed.site_id, installed.equipment_id)
    repair = make_job("repair", name="王磊", phone="13800000002")
    with pytest.raises(ValidationError, match="Only a complaint about an installation"):
        record_complaint(db, dispatcher, ComplaintInput(
            repair.customer_id, ComplaintCategory.TIMELINESS.value, "来晚了", job_id=repair.id,
            reinspect=True), now=CALLED)
    with db.session() as s:  # nothing of the refused complaint was kept
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1
