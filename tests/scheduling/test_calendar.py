"""Issue 14 point 2: business time. The response hours, a complaint's handling day and the time
left are counted in the station's opening hours, skipping closed days and holidays."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.errors import ValidationError
from app.models.enums import JobStatus
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import SlaState, promise_due, sla_state

TZ = ZoneInfo("Asia/Shanghai")
WEEKDAYS_8_TO_8 = ["08:00-20:00"] * 5 + ["09:00-17:00", ""]  # Saturday short, Sunday closed
NATIONAL_DAY = ["2026-10-01", "2026-10-02"]
CAL = BusinessCalendar.parse(WEEKDAYS_8_TO_8, NATIONAL_DAY)


def at(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(("start", "hours", "due"), [
    (at(9, 28, 10), 4, at(9, 28, 14)),  # Monday: within the day
    (at(9, 28, 18), 4, at(9, 29, 10)),  # two hours today, two tomorrow from the opening
    (at(9, 28, 21), 2, at(9, 29, 10)),  # after closing: the clock starts at the next opening
    (at(9, 28, 6), 1, at(9, 28, 9)),  # before opening
    # Wed 1 h, holidays Thu-Fri, Sat 8 h, Sun closed, Mon 12 h, Tue 3 h
    (at(9, 30, 19), 24, at(10, 6, 11)),
    (at(9, 28, 10), 0, at(9, 28, 10)),
])
def test_hours_are_added_in_business_time(start: dt.datetime, hours: int,
                                          due: dt.datetime) -> None:
    assert CAL.add_hours(start, hours) == due
    assert CAL.minutes_between(start, due) == hours * 60
    assert CAL.minutes_between(due, start) == -hours * 60


def test_round_the_clock_is_plain_time() -> None:
    cal = BusinessCalendar()
    start = at(10, 1, 23, 30)
    assert cal.round_the_clock and cal.add_hours(start, 24) == start + dt.timedelta(hours=24)
    assert cal.minutes_between(start, start + dt.timedelta(hours=5, seconds=30)) == 300
    assert cal.end_of_day(start) == at(10, 2, 0)


@pytest.mark.parametrize(("moment", "end"), [
    (at(9, 28, 10), at(9, 28, 20)),  # during the day: its close
    (at(9, 28, 20, 30), at(9, 29, 20)),  # after closing: the next business day
    (at(9, 30, 21), at(10, 3, 17)),  # before the holidays: Saturday's short day
    (at(10, 4, 12), at(10, 5, 20)),  # Sunday, closed
])
def test_the_end_of_the_business_day(moment: dt.datetime, end: dt.datetime) -> None:
    assert CAL.end_of_day(moment) == end


def test_the_next_business_day_is_the_first_to_open_after_a_moment() -> None:
    assert CAL.next_day_end(at(9, 30, 10)) == at(10, 3, 17)  # holidays Thursday and Friday
    assert CAL.next_day_end(at(9, 28, 21)) == at(9, 29, 20)  # after closing: tomorrow
    assert CAL.next_day_end(at(9, 28, 7)) == at(9, 28, 20)  # before opening: today


@pytest.mark.parametrize(("hours", "holidays", "words"), [
    (["8-20"] + [""] * 6, [], "opening hours of Monday must look like 08:00-20:00"),
    ([""] * 6 + ["20:00-08:00"], [], "opening hours of Sunday"),
    (["08:00-24:30"] * 7, [], "Monday"),
    ([""] * 7, [], "open on at least one weekday"),
    (["08:00-20:00"] * 6, [], "seven weekdays"),
    (["08:00-20:00"] * 7, ["2026-13-01"], "not a date like 2026-10-01"),
    (["08:00-20:00"] * 7, ["1900-01-01"], "between the years 1970 and 2100"),
])
def test_bad_settings_are_refused_with_a_sentence(hours: list[str], holidays: list[str],
                                                  words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        BusinessCalendar.parse(hours, holidays)


def test_settings_read_back_as_typed() -> None:
    assert CAL.texts == WEEKDAYS_8_TO_8
    assert BusinessCalendar.parse(["8:30 – 17:00"] * 7, []).texts == ["08:30-17:00"] * 7


def test_time_left_is_business_time_and_a_later_window_is_the_promise() -> None:
    friday_evening = at(9, 25, 19)
    due = CAL.add_hours(friday_evening, 4)  # Fri 1 h, Sat 3 h: Saturday 12:00
    assert due == at(9, 26, 12)
    assert sla_state(JobStatus.NEW, due, None, friday_evening, CAL) == (SlaState.DUE_SOON, 240)
    assert sla_state(JobStatus.NEW, due, None, friday_evening) == (SlaState.OK, 17 * 60)
    window_end = at(9, 28, 12)  # the customer asked for Monday morning
    promise = promise_due(due, window_end)
    assert promise == window_end and promise_due(due, at(9, 26, 9)) == due
    assert sla_state(JobStatus.SCHEDULED, promise, at(9, 28, 11), at(9, 28, 13), CAL) == (
        SlaState.MET, 60)
    assert sla_state(JobStatus.NEW, promise, None, at(9, 28, 13), CAL) == (SlaState.OVERDUE, -60)


def test_a_count_over_weeks_is_the_sum_of_its_days_whichever_is_asked_first() -> None:
    """A calendar keeps running totals of its days: counts asked in any order, before and
    after the first one and across a change of summer time, add up day by day."""
    berlin = ZoneInfo("Europe/Berlin")
    hours, holidays = ["08:00-20:00"] * 5 + ["09:00-17:00", ""], ["2026-03-27", "2026-04-06"]
    shared = BusinessCalendar.parse(hours, holidays, "Europe/Berlin")

    def by_days(a: dt.datetime, b: dt.datetime) -> float:
        fresh, day, total = BusinessCalendar.parse(hours, holidays, "Europe/Berlin"), a, 0.0
        while day < b:
            midnight = dt.datetime.combine(day.date() + dt.timedelta(days=1), dt.time(),
                                           tzinfo=berlin)
            total += fresh.seconds_between(day, min(b, midnight))
            day = midnight
        return total

    moments = [dt.datetime(2026, 3, d, h, m, tzinfo=berlin)
               for d, h, m in [(20, 12, 0), (2, 7, 15), (31, 23, 59), (9, 19, 30), (28, 10, 5)]]
    moments += [dt.datetime(2026, 4, 14, 16, 45, 30, tzinfo=berlin)]
    for a in moments:
        for b in moments:
            expected = by_days(a, b) if a <= b else -by_days(b, a)
            assert shared.seconds_between(a, b) == expected
