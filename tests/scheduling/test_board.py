"""The board's read model on a small station: placement in station time, gaps, the queue."""

from __future__ import annotations

import datetime as dt

from app.db import Database
from app.models import Appointment
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.scheduling.sla import SlaState
from app.scheduling.travel import TravelModel
from app.services.actor import Actor
from app.services.appointments import assign, unassign
from app.services.board import board_data
from app.services.jobs import change_status
from app.services.technicians import AbsenceInput
from tests.core.conftest import local
from tests.scheduling.conftest import (
    CENTRE,
    MONDAY,
    NORTH_2KM,
    NORTH_10KM,
    SUNDAY_EVENING,
    PlaceJob,
    PlaceTech,
)

UTC = dt.UTC


def test_the_window_and_shifts_are_in_station_time(db: Database,
                                                    place_tech: PlaceTech) -> None:
    tech = place_tech("T001", team="北区")
    board = board_data(db, MONDAY, 7, SUNDAY_EVENING)
    assert (board.start, board.end) == (dt.datetime(2026, 11, 22, 16, tzinfo=UTC),
                                        dt.datetime(2026, 11, 29, 16, tzinfo=UTC))
    assert board.timezone == "Asia/Shanghai"
    row = board.row(tech)
    assert row is not None and (row.code, row.team, row.active) == ("T001", "北区", True)
    assert len(row.shifts) == 6  # Monday to Saturday; no Sunday shift
    first = row.shifts[0]
    assert (first.start, first.end) == (local(2026, 11, 23, 8, 30), local(2026, 11, 23, 17, 30))
    assert first.start.tzinfo is UTC and first.start.hour == 0  # 08:30 in Nanjing is 00:30 UTC
    assert board_data(db, MONDAY, 1, SUNDAY_EVENING).row(tech).shifts == (first,)  # type: ignore[union-attr]


def test_absences_in_the_window_only(db: Database, place_tech: PlaceTech) -> None:
    leave = AbsenceInput(local(2026, 11, 24), local(2026, 11, 25), "年假")
    earlier = AbsenceInput(local(2026, 11, 2), local(2026, 11, 3), "病假")
    tech = place_tech("T001", absences=(leave, earlier))
    row = board_data(db, MONDAY, 7, SUNDAY_EVENING).row(tech)
    assert row is not None
    assert [(a.start, a.end, a.reason) for a in row.absences] == [
        (leave.start, leave.end, "年假")]


def test_appointments_carry_the_job_and_the_travel_gap(
    db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor,
) -> None:
    tech = place_tech("T001")
    first = place_job("install", at=CENTRE, customer="王芳", priority="high")
    far = place_job("repair", at=NORTH_10KM, customer="李强")
    near = place_job("repair", at=NORTH_2KM, customer="赵敏")
    tuesday = place_job("repair", at=CENTRE, customer="钱多")
    assign(db, dispatcher, first.id, tech, local(2026, 11, 23, 9), local(2026, 11, 23, 10, 30))
    assign(db, dispatcher, far.id, tech, local(2026, 11, 23, 10, 35), local(2026, 11, 23, 11, 35))
    assign(db, dispatcher, near.id, tech, local(2026, 11, 23, 13), local(2026, 11, 23, 14))
    assign(db, dispatcher, tuesday.id, tech, local(2026, 11, 24, 9), local(2026, 11, 24, 10))
    row = board_data(db, MONDAY, 7, SUNDAY_EVENING).row(tech)
    assert row is not None
    assert [a.job_number for a in row.appointments] == [
        first.number, far.number, near.number, tuesday.number]
    a = row.appointments[0]
    assert (a.customer_name, a.job_type, a.priority, a.status, a.job_status) == (
        "王芳", JobType.INSTALL, Priority.HIGH, AppointmentStatus.SCHEDULED, JobStatus.SCHEDULED)
    assert (a.start, a.end) == (local(2026, 11, 23, 9), local(2026, 11, 23, 10, 30))
    assert (a.lat, a.lon) == CENTRE and a.live
    # Two gaps on Monday; none from Monday's last visit to Tuesday's first.
    short, roomy = row.gaps
    assert (short.gap_minutes, short.travel_minutes) == (5, TravelModel().minutes(
        CENTRE, NORTH_10KM)) and short.too_short
    assert (short.start, short.end) == (local(2026, 11, 23, 10, 30), local(2026, 11, 23, 10, 35))
    assert roomy.gap_minutes == 85 and not roomy.too_short
    slow = board_data(db, MONDAY, 7, SUNDAY_EVENING, TravelModel(speed_kmh=1.0)).row(tech)
    assert slow is not None and all(g.too_short for g in slow.gaps)


def test_sla_state_on_blocks(db: Database, place_tech: PlaceTech, place_job: PlaceJob,
                             dispatcher: Actor) -> None:
    tech = place_tech("T001")
    created = local(2026, 11, 22, 10)  # due Monday 10:00
    late, started = place_job(created=created), place_job(created=created)
    assign(db, dispatcher, late.id, tech, local(2026, 11, 23, 14))
    appt, _ = assign(db, dispatcher, started.id, tech, local(2026, 11, 23, 9))
    with db.session() as s:  # the technician arrived (no service records arrivals yet)
        row = s.get(Appointment, appt.id)
        assert row is not None
        row.status, row.actual_start = AppointmentStatus.ON_SITE.value, local(2026, 11, 23, 9, 5)
    states = {a.job_id: (a.sla, a.sla_minutes_left) for a in board_data(
        db, MONDAY, 1, local(2026, 11, 23, 11)).row(tech).appointments}  # type: ignore[union-attr]
    assert states[late.id] == (SlaState.OVERDUE, -60)
    assert states[started.id] == (SlaState.MET, 55)
    early = board_data(db, MONDAY, 1, local(2026, 11, 23, 7)).row(tech)
    assert early is not None and early.appointments[1].sla is SlaState.DUE_SOON


def test_the_queue_holds_unbooked_jobs_most_urgent_first(
    db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor,
) -> None:
    tech = place_tech("T001")
    now = local(2026, 11, 23, 8)
    # Due 4, 12, 24 and 48 hours after the call by priority (the station's default hours).
    ok_low = place_job(priority="low", created=now - dt.timedelta(hours=1))
    soon_urgent = place_job(priority="urgent", created=now - dt.timedelta(hours=1))
    soon_normal = place_job(priority="normal", created=now - dt.timedelta(hours=21))
    overdue_low = place_job(priority="low", created=now - dt.timedelta(hours=54))
    held = place_job(priority="urgent", created=now - dt.timedelta(hours=3))
    change_status(db, dispatcher, held.id, JobStatus.ON_HOLD, "等配件")
    booked = place_job(priority="urgent", created=now - dt.timedelta(hours=40))
    assign(db, dispatcher, booked.id, tech, local(2026, 11, 23, 9))
    released = place_job(priority="high", created=now - dt.timedelta(hours=2))
    appt, _ = assign(db, dispatcher, released.id, tech, local(2026, 11, 23, 13))
    unassign(db, dispatcher, appt.id)
    queue = board_data(db, MONDAY, 7, now).unassigned
    # Overdue, then due soon, then by priority (urgent first) and due time; on hold (its clock
    # paused) after the running ones.
    assert [j.id for j in queue] == [overdue_low.id, soon_urgent.id, soon_normal.id,
                                     released.id, ok_low.id, held.id]
    first = queue[0]
    assert (first.sla, first.sla_minutes_left) == (SlaState.OVERDUE, -360)
    assert (first.status, first.required_skills, first.estimated_minutes) == (
        JobStatus.NEW, ("repair",), 90)
    assert (first.lat, first.lon) == CENTRE and first.customer_name == "张伟"
    assert queue[1].sla is SlaState.DUE_SOON
    assert (queue[-1].status, queue[-1].sla) == (JobStatus.ON_HOLD, SlaState.PAUSED)


def test_inactive_technicians_show_only_with_visits(db: Database, place_tech: PlaceTech) -> None:
    active, gone = place_tech("T001"), place_tech("T002", active=False)
    ids = [r.technician_id for r in board_data(db, MONDAY, 7, SUNDAY_EVENING).rows]
    assert ids == [active] and gone not in ids
