"""The station's business calendar: opening hours per weekday and the holidays.

The response promise is counted in it (24 response hours are 24 hours the station is open),
a complaint's handling is due by the end of the business day it came in, and the time left
on a job is business time. Hours are local to the station ("08:00-20:00"; "" closed;
"00:00-24:00" round the clock, the default, which makes business time plain time).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.texts import Text

DAY_MINUTES = 24 * 60
WEEKDAYS = (Text("Monday"), Text("Tuesday"), Text("Wednesday"), Text("Thursday"),
            Text("Friday"), Text("Saturday"), Text("Sunday"))
MAX_HOLIDAYS = 1000
ONE_DAY = dt.timedelta(days=1)
SEARCH_DAYS = 3660  # a calendar always opens within ten years (at least one weekday is open)
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})\s*[-–~]\s*(\d{1,2}):(\d{2})$")

Opening = tuple[int, int] | None  # minutes after local midnight: (open, close); None: closed
Span = tuple[float, float] | None  # the same as POSIX timestamps


def parse_hours(value: str, weekday: int) -> Opening:
    """"08:00-20:00" as (480, 1200), "" as closed; ValidationError naming the weekday."""
    value = value.strip()
    if not value:
        return None
    match = _HOURS.match(value)
    if match:
        h1, m1, h2, m2 = (int(x) for x in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 < 60 and m2 < 60 and 0 <= start < end <= DAY_MINUTES:
            return start, end
    raise ValidationError("The opening hours of {weekday} must look like 08:00-20:00 "
                          "(00:00-24:00 round the clock; empty when closed).",
                          weekday=WEEKDAYS[weekday])


def format_hours(opening: Opening) -> str:
    if opening is None:
        return ""
    (h1, m1), (h2, m2) = divmod(opening[0], 60), divmod(opening[1], 60)
    return f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"


@dataclass(frozen=True)
class BusinessCalendar:
    """Opening hours Monday to Sunday, holidays (closed all day), in the station's zone."""

    hours: tuple[Opening, ...] = ((0, DAY_MINUTES),) * 7
    holidays: frozenset[dt.date] = frozenset()
    timezone: str = "Asia/Shanghai"
    _spans: dict[dt.date, Span] = field(default_factory=dict, init=False, repr=False,
                                        compare=False, hash=False)
    # A moment's timestamp and local day: the board and the job list count business time from
    # the same `now` and to shared promise times thousands of times, and a time zone
    # conversion costs more than the rest of a count.
    _moments: dict[dt.datetime, tuple[float, dt.date]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False)
    # Business seconds of the whole days from the first day counted over to each day (negative
    # before it): a count over weeks is two look-ups, not a walk over the days between.
    _sums: dict[dt.date, float] = field(default_factory=dict, init=False, repr=False,
                                        compare=False, hash=False)

    @classmethod
    def parse(cls, hours: Sequence[str], holidays: Sequence[str | dt.date],
              timezone: str = "Asia/Shanghai") -> BusinessCalendar:
        """A calendar from the stored or typed settings; ValidationError with a sentence."""
        if len(hours) != 7:
            raise ValidationError("Give the opening hours of each of the seven weekdays.")
        openings = tuple(parse_hours(h, i) for i, h in enumerate(hours))
        if all(o is None for o in openings):
            raise ValidationError("The station must be open on at least one weekday.")
        if len(holidays) > MAX_HOLIDAYS:
            raise ValidationError("At most {maximum} holidays can be kept.", maximum=MAX_HOLIDAYS)
        return cls(openings, frozenset(_holiday(h) for h in holidays), timezone)

    @property
    def texts(self) -> list[str]:
        """The opening hours as stored, Monday first."""
        return [format_hours(o) for o in self.hours]

    @property
    def round_the_clock(self) -> bool:
        return not self.holidays and all(o == (0, DAY_MINUTES) for o in self.hours)

    def _span(self, day: dt.date) -> Span:
        if day in self._spans:
            return self._spans[day]
        opening = None if day in self.holidays else self.hours[day.weekday()]
        span: Span = None
        if opening is not None:
            tz = ZoneInfo(self.timezone)
            midnight = dt.datetime.combine(day, dt.time(), tzinfo=tz)
            start = midnight + dt.timedelta(minutes=opening[0])
            end = (dt.datetime.combine(day + ONE_DAY, dt.time(), tzinfo=tz)
                   if opening[1] == DAY_MINUTES else midnight + dt.timedelta(minutes=opening[1]))
            span = (start.timestamp(), end.timestamp())
        self._spans[day] = span
        return span

    def _moment(self, moment: dt.datetime) -> tuple[float, dt.date]:
        """`moment` as a POSIX timestamp and the local day it falls in."""
        found = self._moments.get(moment)
        if found is None:
            found = self._moments[moment] = (
                moment.timestamp(), moment.astimezone(ZoneInfo(self.timezone)).date())
        return found

    def add_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The moment `hours` of business time after `start` (the clock starts at the next
        opening when `start` falls outside the hours)."""
        if self.round_the_clock:
            return start + dt.timedelta(hours=hours)
        (now, day), left = self._moment(start), hours * 3600.0
        for _ in range(SEARCH_DAYS):
            span = self._span(day)
            if span is not None and now < span[1]:
                begin = max(now, span[0])
                if begin + left <= span[1]:
                    return dt.datetime.fromtimestamp(begin + left, dt.UTC)
                left -= span[1] - begin
            day += ONE_DAY
        raise ValueError("the calendar has no opening within ten years")

    def seconds_between(self, a: dt.datetime, b: dt.datetime) -> float:
        """Business seconds from `a` to `b` (negative when `b` is earlier)."""
        if b < a:
            return -self.seconds_between(b, a)
        if self.round_the_clock:
            return (b - a).total_seconds()
        (first, day), (last, end) = self._moment(a), self._moment(b)
        total = self._open_between(day, first, last)
        if end > day:
            total += self._open_before(end) - self._open_before(day + ONE_DAY)
            total += self._open_between(end, first, last)
        return total

    def _open_between(self, day: dt.date, first: float, last: float) -> float:
        """Business seconds of `day` between the timestamps `first` and `last`."""
        span = self._span(day)
        return 0.0 if span is None else max(0.0, min(last, span[1]) - max(first, span[0]))

    def _open_before(self, day: dt.date) -> float:
        """Business seconds of the whole days from the first day asked for up to `day`
        (negative before it), each day worked out once."""
        sums = self._sums
        if day in sums:
            return sums[day]
        if not sums:
            sums[day] = 0.0
            return 0.0
        towards = ONE_DAY if day < next(iter(sums)) else -ONE_DAY  # the days known
        path = [day]
        while path[-1] + towards not in sums:
            path.append(path[-1] + towards)
        for d in reversed(path):
            known = d + towards
            if known > d:
                sums[d] = sums[known] - self._open_between(d, -math.inf, math.inf)
            else:
                sums[d] = sums[known] + self._open_between(known, -math.inf, math.inf)
        return sums[day]

    def minutes_between(self, a: dt.datetime, b: dt.datetime) -> int:
        """Whole business minutes from `a` to `b`, rounded down (-1 for a second late)."""
        return math.floor(self.seconds_between(a, b) / 60)

    def _first_close(self, moment: dt.datetime, opening_after: bool) -> dt.datetime:
        """The close of the first business day that is still open at `moment` (or, with
        `opening_after`, that opens after it)."""
        now, day = self._moment(moment)
        for _ in range(SEARCH_DAYS):
            span = self._span(day)
            if span is not None and now < span[0 if opening_after else 1]:
                return dt.datetime.fromtimestamp(span[1], dt.UTC)
            day += ONE_DAY
        raise ValueError("the calendar has no opening within ten years")

    def end_of_day(self, moment: dt.datetime) -> dt.datetime:
        """The close of the business day `moment` falls in, or of the next one when the
        station is closed at `moment` after its hours (or all day)."""
        return self._first_close(moment, opening_after=False)

    def next_day_end(self, moment: dt.datetime) -> dt.datetime:
        """The close of the first business day that opens after `moment`."""
        return self._first_close(moment, opening_after=True)

def _holiday(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError("The holiday {value!r} is not a date like 2026-10-01.",
                                  value=value[:40]) from None
    if not 1970 <= day.year <= 2100:
        raise ValidationError("Holidays must fall between the years 1970 and 2100.")
    return day
