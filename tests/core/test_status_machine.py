"""The job status machine: allowed moves, refusals, the installation completion gate."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import TransitionError, ValidationError
from app.models import AuditEntry
from app.models.enums import JobStatus as S
from app.services.actor import Actor
from app.services.jobs import change_status, get_job
from app.services.status import TRANSITIONS, allowed_next, check_transition, manual_actions
from tests.core.conftest import MakeJob, Visit


def walk(db: Database, actor: Actor, job_id: str, *path: S) -> None:
    for target in path:
        change_status(db, actor, job_id, target, reason="test")


def test_every_status_has_a_rule_and_terminal_states_go_nowhere() -> None:
    assert set(TRANSITIONS) == set(S)
    assert allowed_next(S.CLOSED) == [] and allowed_next(S.CANCELLED) == []
    assert S.COMPLETED not in allowed_next(S.NEW)
    assert manual_actions(S.NEW) == [S.ON_HOLD, S.CANCELLED]


@pytest.mark.parametrize(("current", "target"), [(S.NEW, S.COMPLETED), (S.CLOSED, S.NEW),
                                                  (S.CANCELLED, S.SCHEDULED), (S.NEW, S.CLOSED)])
def test_illegal_moves_are_refused(current: S, target: S) -> None:
    with pytest.raises(TransitionError, match="cannot be moved"):
        check_transition(current, target)


def test_a_job_walks_the_whole_machine_and_each_step_is_audited(
    db: Database, make_job: MakeJob, dispatcher: Actor, visit: Visit
) -> None:
    job = make_job("inspection")  # no checklist gate: the machine alone (gates: test_checklists)
    walk(db, dispatcher, job.id, S.SCHEDULED, S.DISPATCHED, S.IN_PROGRESS)
    visit(job.id)  # a job completes only with a finished visit (test_visits)
    walk(db, dispatcher, job.id, S.COMPLETED, S.CLOSED)
    assert get_job(db, job.id).status is S.CLOSED
    with db.session() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == job.id)
                            .order_by(AuditEntry.at)).all()
    assert actions == ["create", "status:scheduled", "status:dispatched", "status:in_progress",
                       "status:completed", "status:closed"]


def test_hold_and_cancel_need_a_reason(db: Database, make_job: MakeJob,
                                       dispatcher: Actor) -> None:
    job = make_job("repair")
    with pytest.raises(ValidationError, match="on hold"):
        change_status(db, dispatcher, job.id, S.ON_HOLD)
    change_status(db, dispatcher, job.id, S.ON_HOLD, reason="等配件 waiting for a PCB")
    assert get_job(db, job.id).hold_reason == "等配件 waiting for a PCB"
    with pytest.raises(ValidationError, match="cancelled"):
        change_status(db, dispatcher, job.id, S.CANCELLED)


def test_only_a_supervisor_with_a_reason_may_override_the_gate(
    db: Database, make_job: MakeJob, dispatcher: Actor, supervisor: Actor
) -> None:
    job = make_job("install")
    walk(db, dispatcher, job.id, S.SCHEDULED, S.DISPATCHED, S.IN_PROGRESS)
    with pytest.raises(TransitionError, match="Only a supervisor"):
        change_status(db, dispatcher, job.id, S.COMPLETED, "customer away", override=True)
    with pytest.raises(ValidationError, match="needs a reason"):
        change_status(db, supervisor, job.id, S.COMPLETED, override=True)
    change_status(db, supervisor, job.id, S.COMPLETED, "纸质单已签 paper sheet signed",
                  override=True)
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "status:completed")).one()
    assert (entry.username, entry.reason) == ("super", "纸质单已签 paper sheet signed")
