"""Reading the core's vocabularies (job types, priorities, statuses, skills, certificate kinds,
refrigerants, weekdays) and plain values (numbers, dates, times) from the text of an imported
cell: a vocabulary's stored value, its English label or its Chinese label as the app shows
them (so a list exported in either language reads back), each refused with a sentence."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.models.enums import CertKind, JobStatus, JobType, Priority, Refrigerant, Role, Skill
from app.services import validation as v
from app.tabular.mapping import normal
from app.texts import Text

E = TypeVar("E", bound=StrEnum)

LABELS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    JobType: {"install": ("Installation", "安装"), "repair": ("Repair", "维修"),
              "maintenance": ("Maintenance", "保养"), "inspection": ("Inspection", "检测"),
              "relocation": ("Relocation", "移机"), "removal": ("Removal", "拆机")},
    Priority: {"low": ("Low", "低"), "normal": ("Normal", "普通", "一般"),
               "high": ("High", "高"), "urgent": ("Urgent", "紧急")},
    JobStatus: {"new": ("New", "新建"), "scheduled": ("Scheduled", "已排期"),
                "dispatched": ("Dispatched", "已派工"), "in_progress": ("In progress", "进行中"),
                "on_hold": ("On hold", "挂起"), "completed": ("Completed", "已完工"),
                "closed": ("Closed", "已关闭"), "cancelled": ("Cancelled", "已取消")},
    Skill: {"install": ("Installation", "安装"), "repair": ("Repair", "维修"),
            "maintenance": ("Maintenance", "保养"),
            "refrigerant": ("Refrigerant handling", "制冷剂操作", "冷媒"),
            "height": ("Work at height", "高处作业", "登高"), "electrical": ("Electrical", "电工"),
            "commercial": ("Commercial systems", "商用机组", "商用")},
    CertKind: {"refrigeration": ("Refrigeration operator", "制冷与空调作业", "制冷与空调作业操作证",
                                 "制冷"),
               "height": ("Work at height operator", "高处作业", "高处作业操作证", "高处"),
               "electrician": ("Low-voltage electrician", "低压电工作业", "低压电工作业操作证",
                               "电工")},
    Refrigerant: {r.value: () for r in Refrigerant},
    Role: {"dispatcher": ("Dispatcher", "调度员"), "supervisor": ("Supervisor", "主管"),
           "admin": ("Administrator", "管理员")},
}
WEEKDAYS = (("mon", "monday", "周一", "星期一", "一"),
            ("tue", "tuesday", "周二", "星期二", "二"),
            ("wed", "wednesday", "周三", "星期三", "三"),
            ("thu", "thursday", "周四", "星期四", "四"),
            ("fri", "friday", "周五", "星期五", "五"),
            ("sat", "saturday", "周六", "星期六", "六"),
            ("sun", "sunday", "周日", "星期日", "周天", "日", "天"))
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_TIME = re.compile(r"(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?")


def term(enum: type[E], text: str, label: Text) -> E:
    """The vocabulary's member named by `text` (its value or a label, any case)."""
    wanted = normal(text)
    for value, labels in LABELS[enum].items():
        if wanted in {normal(value), *(normal(x) for x in labels)}:
            return enum(value)
    raise ValidationError("Unknown {label}: {value}.", label=label, value=text)


def terms(enum: type[E], text: str, label: Text) -> tuple[E, ...]:
    """Several members, separated by commas, 、 or semicolons."""
    return tuple(term(enum, part, label) for part in re.split(r"[,，、;；/]+", text)
                 if part.strip())


def weekday(text: str) -> int:
    wanted = normal(text)
    for day, names in enumerate(WEEKDAYS):
        if wanted in names:
            return day
    raise ValidationError("Unknown weekday: {value}.", value=text)


def number(text: str, label: Text) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        raise ValidationError("The {label} {value!r} is not a number.", label=label,
                              value=text) from None


def whole(text: str, label: Text) -> int | None:
    found = number(text, label)
    if found is not None and not found.is_integer():
        raise ValidationError("The {label} {value!r} is not a whole number.", label=label,
                              value=text)
    return None if found is None else int(found)


def day(text: str, label: Text) -> dt.date | None:
    """YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYY年M月D日 (a time after it is ignored)."""
    if not text:
        return None
    found = _DATE.match(text.strip())
    try:
        if found is None:
            raise ValueError
        return v.day(dt.date(*map(int, found.groups())), label)
    except ValueError:
        raise ValidationError("The {label} {value!r} is not a date (write it as 2026-12-07).",
                              label=label, value=text) from None


def clock(text: str, label: Text) -> dt.time:
    found = _TIME.fullmatch(text.strip())
    try:
        if found is None:
            raise ValueError
        return dt.time(int(found[1]), int(found[2]), int(found[3] or 0))
    except ValueError:
        raise ValidationError("The {label} {value!r} is not a time of day (write it as "
                              "08:30).", label=label, value=text) from None


def moment(text: str, label: Text, tz: ZoneInfo) -> dt.datetime | None:
    """A date and time in station time (a date alone: midnight)."""
    date = day(text, label)
    if date is None:
        return None
    rest = _DATE.sub("", text.strip(), count=1).strip(" T")
    at = clock(rest, label) if rest else dt.time()
    return dt.datetime.combine(date, at, tzinfo=tz)
