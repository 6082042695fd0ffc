"""The 24-hour response promise at its boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.enums import JobStatus
from app.scheduling.sla import URGENCY, SlaState, sla_state

DUE = dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)
MIN = dt.timedelta(minutes=1)
HOUR = dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("now", "state", "left"),
    [
        (DUE - 4 * HOUR - MIN, SlaState.OK, 241),
        (DUE - 4 * HOUR, SlaState.DUE_SOON, 240),
        (DUE - MIN, SlaState.DUE_SOON, 1),
        (DUE, SlaState.DUE_SOON, 0),
        (DUE + dt.timedelta(seconds=1), SlaState.OVERDUE, -1),
        (DUE + 90 * MIN, SlaState.OVERDUE, -90),
    ],
)
def test_the_clock_runs_until_a_visit_starts(now: dt.datetime, state: SlaState,
                                             left: int) -> None:
    assert sla_state(JobStatus.NEW, DUE, None, now) == (state, left)
    assert sla_state("scheduled", DUE, None, now) == (state, left)


@pytest.mark.parametrize(
    ("started", "state", "left"),
    [
        (DUE - HOUR, SlaState.MET, 60),
        (DUE, SlaState.MET, 0),
        (DUE + MIN, SlaState.OVERDUE, -1),
    ],
)
def test_the_first_visit_meets_or_misses_the_promise(started: dt.datetime, state: SlaState,
                                                     left: int) -> None:
    later = DUE + 10 * HOUR
    assert sla_state(JobStatus.IN_PROGRESS, DUE, started, later) == (state, left)


def test_a_planned_visit_does_not_count_until_it_starts() -> None:
    now = DUE - 2 * HOUR
    assert sla_state(JobStatus.SCHEDULED, DUE, DUE - HOUR, now) == (SlaState.DUE_SOON, 120)


def test_a_finished_job_without_a_known_start_has_stopped_the_clock() -> None:
    later = DUE + 48 * HOUR
    assert sla_state(JobStatus.COMPLETED, DUE, None, later) == (SlaState.MET, None)
    assert sla_state(JobStatus.CANCELLED, DUE, None, later) == (SlaState.MET, None)


def test_a_job_on_hold_before_any_visit_pauses_the_clock() -> None:
    due = dt.datetime(2026, 5, 1, 9, tzinfo=dt.UTC)
    later = due + dt.timedelta(days=3)
    assert sla_state(JobStatus.ON_HOLD, due, None, later) == (SlaState.PAUSED, None)
    visited = due - dt.timedelta(hours=2)  # on hold after a first visit: that visit met it
    assert sla_state(JobStatus.ON_HOLD, due, visited, later) == (SlaState.MET, 120)
    assert URGENCY[SlaState.PAUSED] > URGENCY[SlaState.OK]
