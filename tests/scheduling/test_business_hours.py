"""Issue 14 point 2: the station's business hours and holidays are a supervisor's setting,
audited; new jobs are due by them; the board's queue and the job list show business time left,
the queue ordered by it; a later window the customer asked for is the promise."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import SlaState
from app.services.actor import Actor
from app.services.board import board_data
from app.services.job_queries import JobFilter, query_jobs
from app.services.settings_sections import Sla, WorkingHours
from app.services.station_settings import business_calendar, get_section, set_section
from tests.core.conftest import local
from tests.scheduling.conftest import MONDAY, PlaceJob

HOURS = ((8 * 60, 18 * 60),) * 5 + (None, None)  # Monday to Friday, 08:00-18:00
MONDAY_OFF = dt.date(2026, 11, 30)
FRIDAY_EVENING = local(2026, 11, 27, 17)


@pytest.fixture
def office_hours(db: Database, supervisor: Actor) -> BusinessCalendar:
    set_section(db, supervisor, WorkingHours(HOURS, (MONDAY_OFF,)))
    return business_calendar(db)


def test_a_new_station_is_open_round_the_clock(db: Database, admin: Actor) -> None:
    assert business_calendar(db).round_the_clock
    sla = get_section(db, Sla)
    assert (sla.callback_days, sla.callback_attempts) == (3, 3)


def test_a_supervisor_sets_the_calendar_audited_a_dispatcher_may_not(
        db: Database, supervisor: Actor, dispatcher: Actor) -> None:
    with pytest.raises(PermissionDenied):
        set_section(db, dispatcher, WorkingHours(HOURS))
    with pytest.raises(ValidationError, match="must end after it starts"):
        set_section(db, supervisor, WorkingHours(((18 * 60, 8 * 60),) * 7))
    with pytest.raises(ValidationError, match="open on at least one weekday"):
        set_section(db, supervisor, WorkingHours((None,) * 7))
    set_section(db, supervisor, WorkingHours(HOURS, (MONDAY_OFF,)))
    kept = business_calendar(db)
    assert kept.texts == ["08:00-18:00"] * 5 + ["", ""] and kept.holidays == {MONDAY_OFF}
    set_section(db, supervisor, Sla(callback_days=2, callback_attempts=4))
    sla = get_section(db, Sla)
    assert (sla.callback_days, sla.callback_attempts) == (2, 4)
    with pytest.raises(ValidationError, match="days before the callback must be between 1"):
        set_section(db, supervisor, Sla(callback_days=0))
    with pytest.raises(ValidationError, match="calls before unreached must be between 1"):
        set_section(db, supervisor, Sla(callback_attempts=11))
    with db.session() as s:
        changes = [(e.before, e.after) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "station_settings"))]
    assert ({}, {"working_hours.days": ["08:00-18:00"] * 5 + ["", ""],
                 "working_hours.holidays": ["2026-11-30"]}) in changes
    assert any(before.get("sla.callback_attempts") == 3 and after["sla.callback_attempts"] == 4
               for before, after in changes)


def test_jobs_are_due_in_business_time_and_time_left_is_business_time(
        db: Database, office_hours: BusinessCalendar, place_job: PlaceJob) -> None:
    normal = place_job(priority="normal", created=FRIDAY_EVENING)  # 24 business hours
    # Friday 1 h, the weekend and the Monday holiday closed, Tuesday 10 h, Wednesday 10 h,
    # Thursday 3 h.
    assert normal.sla_due == local(2026, 12, 3, 11)
    monday_noon = local(2026, 11, 30, 12)
    row = query_jobs(db, JobFilter(), now=monday_noon).rows[0]
    assert (row.sla, row.sla_minutes_left) == (SlaState.OK, 23 * 60)  # only Friday's hour gone


def test_the_queue_is_ordered_by_business_time_left(
        db: Database, office_hours: BusinessCalendar, place_job: PlaceJob) -> None:
    now = local(2026, 11, 27, 16)  # Friday afternoon
    urgent = place_job(priority="urgent", created=now - dt.timedelta(hours=1))  # 3 h left
    # 12 business hours from Thursday 9:00: Friday 11:00, five hours late by now.
    high = place_job(priority="high", created=local(2026, 11, 26, 9))
    # The customer asked for Tuesday afternoon: a later window is the promise.
    asked = place_job(priority="urgent", created=now, requested_start=local(2026, 12, 1, 13),
                      requested_end=local(2026, 12, 1, 17))
    queue = board_data(db, MONDAY, 7, now).unassigned
    assert [j.id for j in queue] == [high.id, urgent.id, asked.id]
    assert (queue[0].sla, queue[0].sla_minutes_left) == (SlaState.OVERDUE, -5 * 60)
    assert (queue[1].sla, queue[1].sla_minutes_left) == (SlaState.DUE_SOON, 3 * 60)
    # Friday 2 h, Tuesday 08:00-17:00: 11 business hours to the window's end.
    assert (queue[2].sla_due, queue[2].sla_minutes_left) == (local(2026, 12, 1, 17), 11 * 60)
