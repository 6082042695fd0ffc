"""Audit changes as a dispatcher reads them: named fields, labelled values, local times."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.models.enums import JobStatus, JobType, Priority, Skill
from app.ui import labels
from app.ui.formatting import local_text

ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
HIDDEN = re.compile(r"(_id|^number|^search_text|^server_seq|^override_reason)$")
SHOWN_ON_CREATE = frozenset({"start", "end"})  # a new appointment: its time; a new job: nothing
ENUM_FIELDS: dict[str, Any] = {
    "status": (JobStatus, labels.status), "priority": (Priority, labels.priority),
    "job_type": (JobType, labels.job_type),
}


def value_text(name: str, value: Any, tz: ZoneInfo) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if name in ENUM_FIELDS:
        enum, label = ENUM_FIELDS[name]
        try:
            return str(label(enum(value)))
        except ValueError:
            return str(value)
    if name == "required_skills" and isinstance(value, list):
        return labels.joined(labels.skill(Skill(v)) if v in set(Skill) else str(v) for v in value)
    if isinstance(value, str) and ISO_DATETIME.match(value):
        moment = dt.datetime.fromisoformat(value)
        return local_text(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC), tz)
    if isinstance(value, list):
        return labels.joined(str(v) for v in value)
    return str(value)


def changes_text(action: str, changes: dict[str, tuple[Any, Any]], tz: ZoneInfo) -> str:
    """`Status: New → On hold; Hold reason: - → 等待配件` (a creation: only its time, if any)."""
    parts = []
    for name, (before, after) in changes.items():
        if HIDDEN.search(name) or (action == "create" and name not in SHOWN_ON_CREATE):
            continue
        if action == "create":
            parts.append(QCoreApplication.translate("History", "{field}: {value}").format(
                field=labels.field(name), value=value_text(name, after, tz)))
        else:
            parts.append(QCoreApplication.translate(
                "History", "{field}: {before} → {after}").format(
                field=labels.field(name), before=value_text(name, before, tz),
                after=value_text(name, after, tz)))
    return QCoreApplication.translate("History", "; ").join(parts)
