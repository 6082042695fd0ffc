"""Dates and times as the dispatcher reads them: in the station's time zone, minutes precision."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime


def local_text(value: dt.datetime | None, tz: ZoneInfo) -> str:
    """`2024-05-03 14:30` in the station's zone; empty for None."""
    if value is None:
        return ""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def to_qdatetime(value: dt.datetime, tz: ZoneInfo) -> QDateTime:
    """The station-local wall time of an aware datetime, for a QDateTimeEdit."""
    local = value.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime, tz: ZoneInfo) -> dt.datetime:
    """An aware datetime from the wall time shown in a QDateTimeEdit (station zone)."""
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


def local_day_start(day: QDate, tz: ZoneInfo) -> dt.datetime:
    """Midnight at the start of `day` in the station's zone, aware."""
    return dt.datetime(day.year(), day.month(), day.day(), tzinfo=tz)
