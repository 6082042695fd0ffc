"""Display names of the core's vocabularies (job types, statuses, visit statuses, priorities,
roles, skills, certificate kinds, weekdays; complaint categories, severities and stages,
callback kinds and statuses).

One place for every enum label, translated in the "Labels" context. The maps are built once per
language; call `clear()` after installing another translator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.enums import (
    AppointmentStatus,
    CallbackKind,
    CallbackStatus,
    CertKind,
    ComplaintCategory,
    ComplaintStage,
    JobStatus,
    JobType,
    Priority,
    Role,
    Severity,
    Skill,
)


@cache
def _job_types() -> dict[JobType, str]:
    return {
        JobType.INSTALL: QCoreApplication.translate("Labels", "Installation"),
        JobType.REPAIR: QCoreApplication.translate("Labels", "Repair"),
        JobType.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
        JobType.INSPECTION: QCoreApplication.translate("Labels", "Inspection"),
        JobType.RELOCATION: QCoreApplication.translate("Labels", "Relocation"),
        JobType.REMOVAL: QCoreApplication.translate("Labels", "Removal"),
    }


@cache
def _statuses() -> dict[JobStatus, str]:
    return {
        JobStatus.NEW: QCoreApplication.translate("Labels", "New"),
        JobStatus.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
        JobStatus.DISPATCHED: QCoreApplication.translate("Labels", "Dispatched"),
        JobStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        JobStatus.ON_HOLD: QCoreApplication.translate("Labels", "On hold"),
        JobStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        JobStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        JobStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }


@cache
def _visit_statuses() -> dict[AppointmentStatus, str]:
    return {
        AppointmentStatus.SCHEDULED: QCoreApplication.translate("Labels", "Booked"),
        AppointmentStatus.TRAVELLING: QCoreApplication.translate("Labels", "On the way"),
        AppointmentStatus.ON_SITE: QCoreApplication.translate("Labels", "On site"),
        AppointmentStatus.DONE: QCoreApplication.translate("Labels", "Visit done"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Labels", "Visit cancelled"),
    }


@cache
def _priorities() -> dict[Priority, str]:
    return {
        Priority.LOW: QCoreApplication.translate("Labels", "Low"),
        Priority.NORMAL: QCoreApplication.translate("Labels", "Normal"),
        Priority.HIGH: QCoreApplication.translate("Labels", "High"),
        Priority.URGENT: QCoreApplication.translate("Labels", "Urgent"),
    }


@cache
def _roles() -> dict[Role, str]:
    return {
        Role.DISPATCHER: QCoreApplication.translate("Labels", "Dispatcher"),
        Role.SUPERVISOR: QCoreApplication.translate("Labels", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
    }


@cache
def _skills() -> dict[Skill, str]:
    return {
        Skill.INSTALL: QCoreApplication.translate("Labels", "Installation"),
        Skill.REPAIR: QCoreApplication.translate("Labels", "Repair"),
        Skill.MAINTENANCE: QCoreApplication.translate("Labels", "Maintenance"),
        Skill.REFRIGERANT: QCoreApplication.translate("Labels", "Refrigerant handling"),
        Skill.HEIGHT: QCoreApplication.translate("Labels", "Work at height"),
        Skill.ELECTRICAL: QCoreApplication.translate("Labels", "Electrical"),
        Skill.COMMERCIAL: QCoreApplication.translate("Labels", "Commercial systems"),
    }


@cache
def _skills_short() -> dict[Skill, str]:
    """Skills in lists, where every technician's set must fit one line."""
    return {
        Skill.INSTALL: QCoreApplication.translate("Labels", "Install"),
        Skill.REPAIR: QCoreApplication.translate("Labels", "Repair"),
        Skill.MAINTENANCE: QCoreApplication.translate("Labels", "Maint."),
        Skill.REFRIGERANT: QCoreApplication.translate("Labels", "Refrigerant"),
        Skill.HEIGHT: QCoreApplication.translate("Labels", "Height"),
        Skill.ELECTRICAL: QCoreApplication.translate("Labels", "Electrical"),
        Skill.COMMERCIAL: QCoreApplication.translate("Labels", "Commercial"),
    }


@cache
def _cert_kinds() -> dict[CertKind, str]:
    return {
        CertKind.REFRIGERATION: QCoreApplication.translate("Labels", "Refrigeration operator"),
        CertKind.HEIGHT: QCoreApplication.translate("Labels", "Work at height operator"),
        CertKind.ELECTRICIAN: QCoreApplication.translate("Labels", "Low-voltage electrician"),
    }


@cache
def _weekdays_short() -> list[str]:
    return [
        QCoreApplication.translate("Labels", "Mon"),
        QCoreApplication.translate("Labels", "Tue"),
        QCoreApplication.translate("Labels", "Wed"),
        QCoreApplication.translate("Labels", "Thu"),
        QCoreApplication.translate("Labels", "Fri"),
        QCoreApplication.translate("Labels", "Sat"),
        QCoreApplication.translate("Labels", "Sun"),
    ]


@cache
def _weekdays() -> list[str]:
    return [
        QCoreApplication.translate("Labels", "Monday"),
        QCoreApplication.translate("Labels", "Tuesday"),
        QCoreApplication.translate("Labels", "Wednesday"),
        QCoreApplication.translate("Labels", "Thursday"),
        QCoreApplication.translate("Labels", "Friday"),
        QCoreApplication.translate("Labels", "Saturday"),
        QCoreApplication.translate("Labels", "Sunday"),
    ]


@cache
def _complaint_categories() -> dict[ComplaintCategory, str]:
    return {
        ComplaintCategory.INSTALLATION: QCoreApplication.translate(
            "Labels", "Installation quality"),
        ComplaintCategory.TIMELINESS: QCoreApplication.translate("Labels", "Timeliness"),
        ComplaintCategory.ATTITUDE: QCoreApplication.translate("Labels", "Attitude"),
        ComplaintCategory.PRICE: QCoreApplication.translate("Labels", "Price"),
        ComplaintCategory.PARTS: QCoreApplication.translate("Labels", "Parts"),
        ComplaintCategory.REPEAT_FAULT: QCoreApplication.translate("Labels", "Repeat fault"),
        ComplaintCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


@cache
def _severities() -> dict[Severity, str]:
    return {
        Severity.MINOR: QCoreApplication.translate("Labels", "Minor"),
        Severity.MODERATE: QCoreApplication.translate("Labels", "Moderate"),
        Severity.SERIOUS: QCoreApplication.translate("Labels", "Serious"),
    }


@cache
def _complaint_stages() -> dict[ComplaintStage, str]:
    return {
        ComplaintStage.RECORDED: QCoreApplication.translate("Labels", "Recorded"),
        ComplaintStage.HANDLED: QCoreApplication.translate("Labels", "Handled"),
        ComplaintStage.REVIEWED: QCoreApplication.translate("Labels", "Reviewed"),
        ComplaintStage.REPORTED_BACK: QCoreApplication.translate("Labels", "Reported back"),
        ComplaintStage.CLOSED: QCoreApplication.translate("Labels", "Closed: confirmed"),
    }


@cache
def _callback_kinds() -> dict[CallbackKind, str]:
    return {
        CallbackKind.VISIT: QCoreApplication.translate("Labels", "After the visit"),
        CallbackKind.COMPLAINT: QCoreApplication.translate("Labels", "Complaint outcome"),
    }


@cache
def _callback_statuses() -> dict[CallbackStatus, str]:
    return {
        CallbackStatus.OPEN: QCoreApplication.translate("Labels", "To call"),
        CallbackStatus.DONE: QCoreApplication.translate("Labels", "Reached"),
        CallbackStatus.UNREACHED: QCoreApplication.translate("Labels", "Not reached"),
        CallbackStatus.CANCELLED: QCoreApplication.translate("Labels", "Call withdrawn"),
    }


@cache
def _actions() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Edited"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
        "cancel": QCoreApplication.translate("Labels", "Cancelled"),
    }


@cache
def _fields() -> dict[str, str]:
    return {
        "status": QCoreApplication.translate("Labels", "Status"),
        "priority": QCoreApplication.translate("Labels", "Priority"),
        "job_type": QCoreApplication.translate("Labels", "Job type"),
        "symptom": QCoreApplication.translate("Labels", "Symptom"),
        "resolution": QCoreApplication.translate("Labels", "Resolution"),
        "hold_reason": QCoreApplication.translate("Labels", "Hold reason"),
        "estimated_minutes": QCoreApplication.translate("Labels", "Estimated duration"),
        "required_skills": QCoreApplication.translate("Labels", "Required skills"),
        "requested_start": QCoreApplication.translate("Labels", "Requested from"),
        "requested_end": QCoreApplication.translate("Labels", "Requested until"),
        "sla_due": QCoreApplication.translate("Labels", "SLA due"),
        "start": QCoreApplication.translate("Labels", "Start"),
        "end": QCoreApplication.translate("Labels", "End"),
    }


def job_type(value: JobType) -> str:
    return _job_types()[value]


def status(value: JobStatus) -> str:
    return _statuses()[value]


def visit_status(value: AppointmentStatus) -> str:
    return _visit_statuses()[value]


def priority(value: Priority) -> str:
    return _priorities()[value]


def role(value: Role) -> str:
    return _roles()[value]


def skill(value: Skill) -> str:
    return _skills()[value]


def skill_short(value: Skill) -> str:
    return _skills_short()[value]


def cert_kind(value: CertKind) -> str:
    return _cert_kinds()[value]


def weekday(value: int) -> str:
    """0 = Monday, as `Shift.weekday` counts."""
    return _weekdays()[value]


def complaint_category(value: ComplaintCategory) -> str:
    return _complaint_categories()[value]


def severity(value: Severity) -> str:
    return _severities()[value]


def complaint_stage(value: ComplaintStage) -> str:
    return _complaint_stages()[value]


def callback_kind(value: CallbackKind) -> str:
    return _callback_kinds()[value]


def callback_status(value: CallbackStatus) -> str:
    return _callback_statuses()[value]
def weekday_short(value: int) -> str:
    return _weekdays_short()[value]


def vocabulary(value: Enum) -> str:
    """Any of the vocabularies above by its type (a core sentence's field); another enum shows
    its value."""
    namers: dict[type, Callable[[Any], str]] = {
        JobType: job_type, JobStatus: status, Priority: priority, Role: role, Skill: skill,
        CertKind: cert_kind, ComplaintCategory: complaint_category, Severity: severity,
        ComplaintStage: complaint_stage, CallbackKind: callback_kind,
        CallbackStatus: callback_status}
    namer = namers.get(type(value))
    return namer(value) if namer else str(value.value)


def person(name: str, code: str) -> str:
    """A technician as lists name them: `陈师傅（T001）`, `Chen (T001)`."""
    return QCoreApplication.translate("Labels", "{name} ({code})").format(name=name, code=code)


def joined(items: Iterable[str]) -> str:
    """Items of a list in one line: `Repair, Maintenance`, `维修、保养`."""
    return QCoreApplication.translate("Labels", ", ").join(items)


def joined_sentences(items: Iterable[str]) -> str:
    """Clauses of one sentence: `no visit ...; the customer ...`, `……；……`."""
    return QCoreApplication.translate("Labels", "; ").join(items)


def field(name: str) -> str:
    """A record field as the history tab names it (unknown fields keep their name)."""
    return _fields().get(name, name)


def history_action(action: str) -> str:
    """An audit action ("create", "update", "status:on_hold", ...) as the history tab shows it."""
    if action.startswith("status:"):
        try:
            target = status(JobStatus(action.split(":", 1)[1]))
        except ValueError:
            return action
        text = QCoreApplication.translate("Labels", "Status set to {status}")
        return text.format(status=target)
    return _actions().get(action, action)


def clear() -> None:
    """Forget the built maps (after the language changed)."""
    for builder in (_job_types, _statuses, _visit_statuses, _priorities, _roles, _skills,
                    _skills_short, _cert_kinds, _weekdays, _weekdays_short, _actions, _fields,
                    _complaint_categories, _severities, _complaint_stages, _callback_kinds,
                    _callback_statuses):
        builder.cache_clear()
