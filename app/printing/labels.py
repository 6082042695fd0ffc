"""Words printed on the sheets, Chinese first and English second, so one sheet serves both.

The terms follow the GUI's Chinese translation (app/resources/translations/zh_CN.json).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.checklists.evaluate import Breach, Result
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.services.signatures import SignerRole
from app.services.warranty import WarrantyStatus

JOB_TYPES = {
    JobType.INSTALL: "安装 Installation", JobType.REPAIR: "维修 Repair",
    JobType.MAINTENANCE: "保养 Maintenance", JobType.INSPECTION: "检测 Inspection",
    JobType.RELOCATION: "移机 Relocation", JobType.REMOVAL: "拆机 Removal",
}
PRIORITIES = {
    Priority.LOW: "低 Low", Priority.NORMAL: "普通 Normal", Priority.HIGH: "高 High",
    Priority.URGENT: "紧急 Urgent",
}
STATUSES = {
    JobStatus.NEW: "新建 New", JobStatus.SCHEDULED: "已排期 Scheduled",
    JobStatus.DISPATCHED: "已派工 Dispatched", JobStatus.IN_PROGRESS: "进行中 In progress",
    JobStatus.ON_HOLD: "挂起 On hold", JobStatus.COMPLETED: "已完工 Completed",
    JobStatus.CLOSED: "已关闭 Closed", JobStatus.CANCELLED: "已取消 Cancelled",
}
VISIT_STATUSES = {
    AppointmentStatus.SCHEDULED: "", AppointmentStatus.TRAVELLING: "途中 travelling",
    AppointmentStatus.ON_SITE: "在现场 on site", AppointmentStatus.DONE: "已完成 done",
    AppointmentStatus.CANCELLED: "已取消 cancelled",
}
WARRANTY = {
    WarrantyStatus.UNDER_WARRANTY: "在保 Under warranty", WarrantyStatus.EXPIRED: "已过保 Expired",
    WarrantyStatus.UNKNOWN: "未知 Unknown",
}
RESULTS = {
    Result.PASS: "合格 PASS", Result.FAIL: "不合格 FAIL", Result.INCOMPLETE: "未完成 INCOMPLETE",
}
BREACHES = {
    Breach.BELOW: "超出范围 out of range", Breach.ABOVE: "超出范围 out of range",
    Breach.NOT_EXPECTED: "不符合要求 not as required",
    Breach.NOT_ACCEPTED: "不可接受 not accepted",
}
ROLES = {SignerRole.TECHNICIAN: "技师 Technician", SignerRole.CUSTOMER: "客户 Customer"}
LINE_KINDS = {"part": "配件 Part", "labour": "工时 Labour"}

YES, NO = "是 Yes", "否 No"
AMENDED = "签字后已修改 Amended after signing"
VOID = "签字作废 VOID"


def when(moment: dt.datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def span(start: dt.datetime, end: dt.datetime, tz: ZoneInfo) -> str:
    """`2026-03-15 09:00–10:30` (the end's date too when it is another day)."""
    a, b = start.astimezone(tz), end.astimezone(tz)
    return f"{a:%Y-%m-%d %H:%M}–{b:%H:%M}" if a.date() == b.date() else \
        f"{a:%Y-%m-%d %H:%M} – {b:%Y-%m-%d %H:%M}"


def money(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


def quantity(value: Decimal) -> str:
    return f"{value.normalize():f}"
