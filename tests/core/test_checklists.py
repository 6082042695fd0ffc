"""Checklist runs in the store: answers and results, versions, photos, the completion gate and
commissioning. Uses the sample template published by a supervisor (real SQLite, no mocks)."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from app.checklists.evaluate import Result
from app.db import Database
from app.errors import PermissionDenied, TransitionError, ValidationError
from app.models import AuditEntry, ChecklistRun, OutboxEntry
from app.models.enums import JobStatus as S
from app.services.actor import Actor
from app.services.checklist_templates import list_templates, publish_template
from app.services.checklists import (
    attach_photo,
    job_checklist,
    photo_data,
    remove_photo,
    save_answers,
)
from app.services.customers import EquipmentInput, add_equipment
from app.services.jobs import JobDetail, JobInput, change_status, get_job, update_job
from app.services.signatures import sign_job
from tests.checklists.support import GOOD, sample_data
from tests.core.conftest import MakeJob, Visit


@pytest.fixture
def published(db: Database, supervisor: Actor) -> str:
    info, _ = publish_template(db, supervisor, sample_data())
    return info.id


@pytest.fixture
def install(make_job: MakeJob, published: str) -> JobDetail:
    return make_job("install")


def add_photos(db: Database, actor: Actor, job_id: str, count: int = 2) -> None:
    for n in range(count):
        attach_photo(db, actor, job_id, "photos_outdoor", f"outdoor-{n}.jpg", f"jpeg {n}".encode())


def test_saving_answers_stores_them_with_their_result(
    db: Database, dispatcher: Actor, install: JobDetail, published: str
) -> None:
    checklist, _ = save_answers(db, dispatcher, install.id, {**GOOD, "vacuum": "900"})
    assert checklist.template_id == published
    assert checklist.outcome.result is Result.FAIL
    with db.session() as s:
        run = s.scalars(select(ChecklistRun)).one()
        assert (run.result, run.answers["vacuum"]) == ("fail", 900.0)
        assert s.scalar(select(func.count()).select_from(OutboxEntry)
                        .where(OutboxEntry.table_name == "checklist_runs")) == 1


def test_a_bad_answer_is_refused_with_the_item_named_and_nothing_stored(
    db: Database, dispatcher: Actor, install: JobDetail
) -> None:
    with pytest.raises(ValidationError, match=r"^Vacuum: 'lots' is not a number\.$"):
        save_answers(db, dispatcher, install.id, {**GOOD, "vacuum": "lots"})
    with pytest.raises(ValidationError, match="choose one of 6.35, 9.52"):
        save_answers(db, dispatcher, install.id, {**GOOD, "liquid_od": "8"})
    with pytest.raises(ValidationError, match="has no item flux_capacitor"):
        save_answers(db, dispatcher, install.id, {"flux_capacitor": 1})
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChecklistRun)) == 0


def test_photos_are_kept_by_sha256_once_and_count_for_their_item(
    db: Database, dispatcher: Actor, install: JobDetail
) -> None:
    save_answers(db, dispatcher, install.id, GOOD)
    assert job_checklist(db, install.id).outcome.missing == ("photos_outdoor",)  # type: ignore[union-attr]
    add_photos(db, dispatcher, install.id)
    checklist, _ = attach_photo(db, dispatcher, install.id, "photos_outdoor", "again.jpg",
                                b"jpeg 0")
    photo_ids = checklist.answers["photos_outdoor"]
    assert len(photo_ids) == 2 and checklist.outcome.result is Result.PASS
    name, data = photo_data(db, photo_ids[0])
    assert (name, data) == ("outdoor-0.jpg", b"jpeg 0")
    checklist, _ = save_answers(db, dispatcher, install.id, {**GOOD, "vacuum": 450})
    assert checklist.answers["photos_outdoor"] == photo_ids  # typing answers keeps photos
    checklist, _ = remove_photo(db, dispatcher, install.id, "photos_outdoor", photo_ids[1])
    assert checklist.outcome.result is Result.INCOMPLETE
    with pytest.raises(ValidationError, match="no photo item vacuum"):
        attach_photo(db, dispatcher, install.id, "vacuum", "x.jpg", b"x")
    with db.session() as s:
        digest = hashlib.sha256(b"jpeg 0").hexdigest()
        assert s.scalar(select(func.count()).where(AuditEntry.entity == "attachments")) == 2
        assert digest in {e.after.get("sha256") for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "attachments"))}


def test_a_new_version_leaves_answered_runs_on_theirs(
    db: Database, dispatcher: Actor, supervisor: Actor, install: JobDetail, published: str,
    make_job: MakeJob,
) -> None:
    save_answers(db, dispatcher, install.id, {**GOOD, "vacuum": 600})
    stricter = sample_data()
    stricter["sections"][3]["items"][0]["max"] = 300
    info, _ = publish_template(db, supervisor, stricter)
    assert info.version == 2 and info.id != published
    old = job_checklist(db, install.id)
    assert old is not None and old.template_id == published
    assert old.outcome.finding("vacuum").limit == 500  # type: ignore[union-attr]
    fresh = job_checklist(db, make_job("install", phone="13812345678").id)
    assert fresh is not None and fresh.template_id == info.id
    assert fresh.template.item("vacuum").max == 300
    assert {t.code: t.version for t in list_templates(db)}["sample-install"] == 2


def test_only_supervisors_publish_and_bad_templates_are_refused(
    db: Database, dispatcher: Actor, supervisor: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        publish_template(db, dispatcher, sample_data())
    broken = sample_data()
    broken["sections"][0]["items"][0]["choices"] = []
    with pytest.raises(ValidationError, match="template sample-install: .*needs choices"):
        publish_template(db, supervisor, broken)


def sign(db: Database, job: JobDetail, actor: Actor) -> None:
    sign_job(db, actor, job.id, "customer", "张伟", b"\x89PNG\r\n\x1a\nstrokes")


def test_an_installation_completes_only_with_a_passed_checklist_and_a_signature(
    db: Database, dispatcher: Actor, install: JobDetail, visit: Visit
) -> None:
    visit(install.id)  # the technician came and went: the checklist and signature still gate
    with pytest.raises(TransitionError, match="checklist is incomplete .*; the customer has not"):
        change_status(db, dispatcher, install.id, S.COMPLETED)
    add_photos(db, dispatcher, install.id)
    save_answers(db, dispatcher, install.id, {**GOOD, "vacuum": 900})
    with pytest.raises(TransitionError, match=r"checklist failed \(Vacuum\)"):
        change_status(db, dispatcher, install.id, S.COMPLETED)
    save_answers(db, dispatcher, install.id, GOOD)
    with pytest.raises(TransitionError, match=r"completed: the customer has not signed\.$"):
        change_status(db, dispatcher, install.id, S.COMPLETED)
    sign(db, install, dispatcher)
    change_status(db, dispatcher, install.id, S.COMPLETED)
    assert get_job(db, install.id).status is S.COMPLETED


def test_a_supervisor_may_complete_over_a_failed_checklist_with_a_reason(
    db: Database, dispatcher: Actor, supervisor: Actor, install: JobDetail, visit: Visit
) -> None:
    visit(install.id)
    sign(db, install, dispatcher)
    save_answers(db, dispatcher, install.id, {**GOOD, "vacuum": 900})
    with pytest.raises(TransitionError, match="Only a supervisor"):
        change_status(db, dispatcher, install.id, S.COMPLETED, "gauge broken", override=True)
    change_status(db, supervisor, install.id, S.COMPLETED, "gauge broken, re-test booked",
                  override=True)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "status:completed")).one()
    assert entry.reason == "gauge broken, re-test booked"


def test_repair_jobs_gate_on_their_required_items_only(
    db: Database, dispatcher: Actor, supervisor: Actor, make_job: MakeJob, visit: Visit
) -> None:
    repair = {**sample_data(code="sample-repair", job_type="repair")}
    publish_template(db, supervisor, repair)
    job = make_job("repair")
    visit(job.id)
    with pytest.raises(TransitionError, match="required items unanswered"):
        change_status(db, dispatcher, job.id, S.COMPLETED)
    add_photos(db, dispatcher, job.id)
    save_answers(db, dispatcher, job.id, {**GOOD, "vacuum": 900})  # failed, but complete
    change_status(db, dispatcher, job.id, S.COMPLETED)  # no signature needed for a repair
    assert get_job(db, job.id).status is S.COMPLETED


def test_a_passed_installation_commissions_the_equipment_once(
    db: Database, dispatcher: Actor, install: JobDetail
) -> None:
    eq_id, _ = add_equipment(db, dispatcher, install.site_id,
                             EquipmentInput("格力", "KFR-35GW", "IN001", "OUT001", "R410A"))
    update_job(db, dispatcher, install.id, JobInput("install", symptom="新机安装",
                                                    equipment_id=eq_id))
    answers = {k: v for k, v in GOOD.items() if k != "refrigerant"} | {"charge_added": 45}
    add_photos(db, dispatcher, install.id)
    checklist, _ = save_answers(db, dispatcher, install.id, answers)
    assert checklist.facts["refrigerant"] == "R410A"
    assert checklist.outcome.result is Result.PASS
    from app.services.customer_queries import get_customer  # noqa: PLC0415

    equipment = get_customer(db, install.customer_id).sites[0].equipment[0]
    assert equipment.commissioning_date is not None
    assert equipment.warranty_end == equipment.commissioning_date.replace(
        year=equipment.commissioning_date.year + 6)
    with db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "commission")) == 1
    save_answers(db, dispatcher, install.id, answers | {"vacuum": 100})
    with db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "commission")) == 1
