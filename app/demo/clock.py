"""The demo's "now" and the station's local calendar (shifts are local, columns are UTC)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class Clock:
    now: dt.datetime  # aware, UTC
    tz: ZoneInfo
    today: dt.date  # the local date of `now`

    @classmethod
    def at(cls, now: dt.datetime, timezone: str = TIMEZONE) -> Clock:
        tz = ZoneInfo(timezone)
        return cls(now.astimezone(dt.UTC), tz, now.astimezone(tz).date())

    def utc(self, day: dt.date, minute: int) -> dt.datetime:
        """Local `day` at `minute` past local midnight, as an aware UTC datetime."""
        local = dt.datetime.combine(day, dt.time(), tzinfo=self.tz)
        return (local + dt.timedelta(minutes=minute)).astimezone(dt.UTC)

    def local_day(self, moment: dt.datetime) -> dt.date:
        return moment.astimezone(self.tz).date()
