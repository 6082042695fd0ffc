"""Planning a day of a station database, and applying the plan as one undoable step."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import ValidationError
from app.models import Appointment, AuditEntry, Job, OutboxEntry
from app.scheduling.proposal import Change
from app.scheduling.rules import RuleViolationError
from app.services.actor import Actor
from app.services.appointments import appointments_of, assign, pin
from app.services.day_plans import Scope, propose
from app.services.plan_apply import apply_steps, steps_of
from tests.core.conftest import local
from tests.scheduling.conftest import (
    CENTRE,
    MONDAY,
    NORTH_10KM,
    SOUTH_20KM,
    SUNDAY_EVENING,
    PlaceJob,
    PlaceTech,
)

SECONDS = 1.0


def live_visits(db: Database) -> set[tuple[str, str, dt.datetime]]:
    with db.session() as s:
        return {(a.job_id, a.technician_id, a.start) for a in s.scalars(
            select(Appointment).where(Appointment.deleted.is_(False)))}


def test_the_plan_takes_the_queue_keeps_the_pinned_visit_and_names_what_it_leaves(
        db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor) -> None:
    north = place_tech("T001", home=NORTH_10KM, team="A")
    south = place_tech("T002", home=SOUTH_20KM, team="A")
    place_tech("T003", home=CENTRE, team="B")  # another team: not in the plan
    fixed = place_job("repair", at=NORTH_10KM)
    appt, _ = assign(db, dispatcher, fixed.id, south, local(2026, 11, 23, 10))
    pin(db, dispatcher, appt.id)
    near_north = place_job("repair", at=NORTH_10KM)
    near_south = place_job("repair", at=SOUTH_20KM)
    nobody = place_job("repair", at=CENTRE, required_skills=["height"])

    proposal = propose(db, Scope(MONDAY, team="A"), SUNDAY_EVENING, SECONDS)

    planned = {v.job_id: v.technician_id for v in proposal.visits}
    assert planned == {near_north.id: north, near_south.id: south}
    assert [u.job_id for u in proposal.unplanned] == [nobody.id]
    assert "height" in str(proposal.unplanned[0].reason)
    assert appointments_of(db, fixed.id)[0].start == local(2026, 11, 23, 10)  # untouched
    assert all(v.end <= local(2026, 11, 23, 10) or v.start >= local(2026, 11, 23, 11, 30)
               for v in proposal.visits if v.technician_id == south)


def test_accepting_is_one_audited_step_and_undo_restores_the_board(
        db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor) -> None:
    north = place_tech("T001", home=NORTH_10KM)
    south = place_tech("T002", home=SOUTH_20KM)
    far = place_job("repair", at=SOUTH_20KM)
    assign(db, dispatcher, far.id, north, local(2026, 11, 23, 9))  # the wrong technician
    new = place_job("repair", at=NORTH_10KM)
    before = live_visits(db)

    proposal = propose(db, Scope(MONDAY), SUNDAY_EVENING, SECONDS)
    changes = {v.job_id: (v.technician_id, v.change) for v in proposal.visits}
    assert changes == {far.id: (south, Change.MOVED), new.id: (north, Change.ADDED)}
    assert proposal.after.travel_minutes < proposal.before.travel_minutes

    undo, _ = apply_steps(db, dispatcher, steps_of(proposal))

    after = live_visits(db)
    assert after == {(v.job_id, v.technician_id, v.start) for v in proposal.visits}
    with db.session() as s:
        assert s.get(Job, new.id).status == "scheduled"  # type: ignore[union-attr]
        audited = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "appointments"))
        queued = s.scalar(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.table_name == "appointments"))
    assert audited == 3 and queued == 3  # the first assignment, the move, the new visit

    redo, _ = apply_steps(db, dispatcher, undo)
    assert live_visits(db) == before
    with db.session() as s:
        assert s.get(Job, new.id).status == "new"  # type: ignore[union-attr]
    apply_steps(db, dispatcher, redo)
    assert live_visits(db) == after


def test_a_plan_overtaken_by_the_board_is_refused_whole(
        db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor) -> None:
    tech = place_tech("T001", home=CENTRE, max_jobs=1)
    first, second = place_job("repair"), place_job("repair")
    proposal = propose(db, Scope(MONDAY), SUNDAY_EVENING, SECONDS)
    [visit] = proposal.visits
    other = second if visit.job_id == first.id else first
    assign(db, dispatcher, other.id, tech, local(2026, 11, 23, 15))  # meanwhile, by hand

    with pytest.raises(RuleViolationError):
        apply_steps(db, dispatcher, steps_of(proposal))
    assert {job for job, _, _ in live_visits(db)} == {other.id}


def test_a_day_that_is_over_is_refused(db: Database, place_tech: PlaceTech) -> None:
    place_tech("T001")
    with pytest.raises(ValidationError):
        propose(db, Scope(MONDAY - dt.timedelta(days=2)), SUNDAY_EVENING, SECONDS)


def test_fit_this_job_in_places_one_job_and_moves_nothing(
        db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor) -> None:
    from app.services.day_plans import fit_job

    north = place_tech("T001", home=NORTH_10KM)
    south = place_tech("T002", home=SOUTH_20KM)
    booked = place_job("repair", at=SOUTH_20KM)
    assign(db, dispatcher, booked.id, north, local(2026, 11, 23, 9))  # far, but it stays
    other = place_job("repair", at=CENTRE)
    job = place_job("repair", at=SOUTH_20KM)

    proposal = fit_job(db, job.id, MONDAY, SUNDAY_EVENING, SECONDS)

    assert [(v.job_id, v.technician_id, v.change) for v in proposal.visits] == [
        (job.id, south, Change.ADDED)]
    assert other.id not in {u.job_id for u in proposal.unplanned}
    with pytest.raises(ValidationError):
        fit_job(db, booked.id, MONDAY, SUNDAY_EVENING, SECONDS)
