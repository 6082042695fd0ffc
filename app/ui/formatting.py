"""Dates, times and lengths of time as the dispatcher reads them: in the station's time zone,
minutes precision; a length as a duration ("5 h 03 min", "5 小时 03 分"), never as a clock time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime


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


def duration(minutes: int) -> str:
    """`2 d 3 h`, `5 h 03 min`, `45 min` for a length of time (no sign: the caller says
    whether it is left, late or driven)."""
    minutes = abs(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("Durations", "{days} d {hours} h").format(
            days=days, hours=hours)
    if hours:
        return QCoreApplication.translate("Durations", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{mins:02d}")
    return QCoreApplication.translate("Durations", "{minutes} min").format(minutes=mins)
