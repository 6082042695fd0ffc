"""Words printed on the sheets, Chinese first and English second, so one sheet serves both
(bilingual by design: every label is a pair, English in sentence case, never a stray code).

The terms follow the GUI's Chinese translation (app/resources/translations/zh_CN.json): 服务工单,
师傅, 上门, 室内机条码...
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
    AppointmentStatus.SCHEDULED: "", AppointmentStatus.TRAVELLING: "在途 On the way",
    AppointmentStatus.ON_SITE: "已到场 On site", AppointmentStatus.DONE: "已上门 Visit done",
    AppointmentStatus.CANCELLED: "已取消 Cancelled",
}
WARRANTY = {
    WarrantyStatus.UNDER_WARRANTY: "在保 Under warranty", WarrantyStatus.EXPIRED: "已过保 Expired",
    WarrantyStatus.UNKNOWN: "未知 Unknown",
}
RESULTS = {
    Result.PASS: "合格 Pass", Result.FAIL: "不合格 Fail", Result.INCOMPLETE: "未完成 Incomplete",
}
BREACHES = {
    Breach.BELOW: "超出范围 Out of range", Breach.ABOVE: "超出范围 Out of range",
    Breach.NOT_EXPECTED: "不符合要求 Not as required",
    Breach.NOT_ACCEPTED: "不可接受 Not accepted",
}
ROLES = {SignerRole.TECHNICIAN: "师傅 Technician", SignerRole.CUSTOMER: "客户 Customer"}
# What the customer reported or asks for, named as the job type needs it.
REQUESTS = {
    JobType.INSTALL: "安装要求 Installation request", JobType.REPAIR: "故障现象 Symptom",
    JobType.MAINTENANCE: "保养要求 Maintenance request",
    JobType.INSPECTION: "检测要求 Inspection request",
    JobType.RELOCATION: "移机要求 Relocation request", JobType.REMOVAL: "拆机要求 Removal request",
}
LINE_KINDS = {"part": "配件 Part", "labour": "工时 Labour", "travel": "路程 Travel"}

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


def deducted(amount: Decimal) -> str:
    """An amount taken off (`−¥45.50`); nothing taken off is `¥0.00`, not `−¥0.00`."""
    return f"−{money(amount)}" if amount else money(amount)


def quantity(value: Decimal) -> str:
    return f"{value.normalize():f}"
