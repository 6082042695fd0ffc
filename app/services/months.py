"""A calendar month ("2026-07") and its window of time in a station's zone."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.errors import ValidationError

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """"2026-07" as a month; ValidationError with a sentence otherwise."""
        match = _MONTH.match(text.strip())
        if match and 1 <= int(match[2]) <= 12 and 1970 <= int(match[1]) <= 2100:
            return cls(int(match[1]), int(match[2]))
        raise ValidationError("The month {value!r} must look like 2026-07.", value=text[:20])

    @classmethod
    def of(cls, moment: dt.datetime, tz: ZoneInfo) -> Month:
        local = moment.astimezone(tz)
        return cls(local.year, local.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    def shifted(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def window(self, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
        """Local midnight of its first day to that of the next month's, as UTC."""
        def midnight(m: Month) -> dt.datetime:
            return dt.datetime.combine(m.first_day(), dt.time(), tzinfo=tz).astimezone(dt.UTC)
        return midnight(self), midnight(self.shifted(1))
