"""Where things go on the board: time <-> x along the days, technicians' lanes <-> y.

Pure arithmetic on plain data, no Qt: the scene, the headers and the drag handling all ask the
same `TimeAxis` and `RowLayout`. A day shows the hours `hour_from`..`hour_to` of station time
(all 24 on the day scale, the working window on the week scale), days side by side.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from zoneinfo import ZoneInfo

from app.models.enums import Skill
from app.services.board import BoardAppointment, BoardRow, Interval

SNAP_MINUTES = 15  # drops and moves land on quarter hours
MIN_PX_PER_HOUR, MAX_PX_PER_HOUR = 4.0, 480.0
ZOOM_STEP = 1.25  # one wheel notch or key press
ROW_HEIGHT, GROUP_HEIGHT = 36.0, 22.0
SKILL_ORDER = {s.value: i for i, s in enumerate(Skill)}


class Scale(StrEnum):
    DAY = "day"
    WEEK = "week"

    @property
    def days(self) -> int:
        return 1 if self is Scale.DAY else 7

    @property
    def px_per_hour(self) -> float:
        """The zoom while the view has no width yet."""
        return 60.0 if self is Scale.DAY else 12.0


class Grouping(StrEnum):
    TEAM = "team"
    SKILLS = "skills"  # technicians with the same set of skills
    NONE = "none"


@dataclass(frozen=True)
class TimeAxis:
    first: dt.date  # the first local day
    days: int
    tz: ZoneInfo
    hour_from: int = 0
    hour_to: int = 24
    px_per_hour: float = 60.0

    @property
    def day_width(self) -> float:
        return (self.hour_to - self.hour_from) * self.px_per_hour

    @property
    def width(self) -> float:
        return self.days * self.day_width

    def day_start(self, index: int) -> dt.datetime:
        """Local midnight of day `index` (aware, station zone)."""
        return dt.datetime.combine(self.first + dt.timedelta(days=index), dt.time(),
                                   tzinfo=self.tz)

    @cached_property
    def _midnights(self) -> tuple[list[float], list[bool]]:
        """Each day's local midnight as a timestamp, and whether the day has no clock change."""
        starts = [self.day_start(i) for i in range(self.days + 1)]
        even = [a.utcoffset() == b.utcoffset() for a, b in zip(starts, starts[1:], strict=False)]
        return [m.timestamp() for m in starts], even

    def x(self, t: dt.datetime) -> float:
        """The x of a moment; hidden night hours collapse onto the edge of their day."""
        midnights, even = self._midnights
        stamp = t.timestamp()
        day = bisect.bisect_right(midnights, stamp) - 1
        if day < 0:
            return 0.0
        if day >= self.days:
            return self.width
        if even[day]:
            hours = (stamp - midnights[day]) / 3600
        else:  # a day with a clock change: count its wall-clock hours
            local = t.astimezone(self.tz)
            hours = local.hour + local.minute / 60 + local.second / 3600
        hours = min(max(hours, self.hour_from), self.hour_to)
        return day * self.day_width + (hours - self.hour_from) * self.px_per_hour

    def at(self, x: float, snap: int = 0) -> dt.datetime:
        """The moment at `x` (aware UTC), rounded to `snap` minutes when given."""
        day = min(max(int(x // self.day_width), 0), self.days - 1)
        minutes = (self.hour_from + (x - day * self.day_width) / self.px_per_hour) * 60
        minutes = min(max(minutes, self.hour_from * 60), self.hour_to * 60)
        if snap:
            minutes = round(minutes / snap) * snap
        local = self.day_start(day) + dt.timedelta(minutes=round(minutes))
        return local.astimezone(dt.UTC)

    def snap(self, t: dt.datetime, minutes: int = SNAP_MINUTES) -> dt.datetime:
        """`t` rounded to the nearest `minutes` of station wall time (aware UTC)."""
        local = t.astimezone(self.tz)
        midnight = dt.datetime.combine(local.date(), dt.time(), tzinfo=self.tz)
        since = (local.replace(tzinfo=None) - midnight.replace(tzinfo=None)).total_seconds()
        rounded = round(since / 60 / minutes) * minutes
        return (midnight + dt.timedelta(minutes=rounded)).astimezone(dt.UTC)

    def contains(self, t: dt.datetime) -> bool:
        return 0 <= (t.astimezone(self.tz).date() - self.first).days < self.days

    def hour_step(self, min_px: float = 44.0) -> int:
        """Hours between two labelled ticks so that labels keep `min_px` apart."""
        return next((s for s in (1, 2, 3, 4, 6, 12) if s * self.px_per_hour >= min_px), 24)


def fit_px_per_hour(width: float, hours: float, fallback: float) -> float:
    """The zoom that shows `hours` in `width` pixels (`fallback` while there is no width)."""
    if width < 100 or hours <= 0:
        return fallback
    return min(max(width / hours, MIN_PX_PER_HOUR), MAX_PX_PER_HOUR)


def working_window(rows: Iterable[BoardRow], tz: ZoneInfo, pad: int = 1) -> tuple[int, int]:
    """The local hours the week scale shows: every shift and visit, an hour either side."""
    starts: list[float] = []
    ends: list[float] = []
    for row in rows:
        spans: list[Interval | BoardAppointment] = [*row.shifts, *row.appointments]
        for item in spans:
            a, b = item.start.astimezone(tz), item.end.astimezone(tz)
            starts.append(a.hour + a.minute / 60)
            ends.append(24.0 if b.date() > a.date() else b.hour + b.minute / 60)
    if not starts:
        return 7, 20
    return max(0, math.floor(min(starts)) - pad), min(24, math.ceil(max(ends)) + pad)


@dataclass(frozen=True)
class Lane:
    y: float
    height: float
    title: str  # the group's title; empty for a technician
    row: BoardRow | None = None  # None: a group's header band

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class RowLayout:
    lanes: tuple[Lane, ...] = ()
    _tops: list[float] = field(default_factory=list, compare=False, repr=False)
    _by_tech: dict[str, Lane] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._tops.extend(lane.y for lane in self.lanes)
        self._by_tech.update({lane.row.technician_id: lane for lane in self.lanes if lane.row})

    @property
    def height(self) -> float:
        return self.lanes[-1].bottom if self.lanes else 0.0

    def lane_at(self, y: float) -> Lane | None:
        i = bisect.bisect_right(self._tops, y) - 1
        if 0 <= i < len(self.lanes) and y < self.lanes[i].bottom:
            return self.lanes[i]
        return None

    def lane_of(self, technician_id: str) -> Lane | None:
        return self._by_tech.get(technician_id)

    def between(self, top: float, bottom: float) -> list[Lane]:
        """The lanes that reach into [top, bottom)."""
        first = max(bisect.bisect_right(self._tops, top) - 1, 0)
        last = bisect.bisect_left(self._tops, bottom)
        return list(self.lanes[first:last])

    def technicians(self) -> list[BoardRow]:
        return [lane.row for lane in self.lanes if lane.row is not None]


def matches(row: BoardRow, search: str, skill: str, extra: Callable[[BoardRow], str]) -> bool:
    """The technician filter: has `skill` (if any) and contains every word of `search`."""
    if skill and skill not in row.skills:
        return False
    text = " ".join([row.code, row.name, row.team, *row.skills, extra(row)]).casefold()
    return all(word in text for word in search.casefold().split())


def group_key(row: BoardRow, grouping: Grouping) -> tuple[str, ...]:
    if grouping is Grouping.TEAM:
        return (row.team,)
    if grouping is Grouping.SKILLS:
        return tuple(sorted(row.skills, key=lambda s: (SKILL_ORDER.get(s, len(SKILL_ORDER)), s)))
    return ()


def lay_out(rows: Iterable[BoardRow], grouping: Grouping,
            title: Callable[[tuple[str, ...]], str]) -> RowLayout:
    """Lanes for the (already filtered) technicians: a header band above each group."""
    groups: dict[tuple[str, ...], list[BoardRow]] = {}
    for row in rows:
        groups.setdefault(group_key(row, grouping), []).append(row)
    lanes: list[Lane] = []
    y = 0.0
    for key in sorted(groups, key=lambda k: (not any(k), k)):
        if grouping is not Grouping.NONE:
            lanes.append(Lane(y, GROUP_HEIGHT, title(key)))
            y += GROUP_HEIGHT
        for row in groups[key]:
            lanes.append(Lane(y, ROW_HEIGHT, "", row))
            y += ROW_HEIGHT
    return RowLayout(tuple(lanes))
