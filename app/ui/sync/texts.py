"""Sync as the dispatcher reads it: a line per cycle, records named by kind and name.

Strings are written out as `QCoreApplication.translate("SyncTexts", "...")` calls: lupdate
only extracts literal arguments.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.ui.sync.controller import Cycle


def _tables() -> dict[str, str]:
    return {
        "jobs": QCoreApplication.translate("SyncTexts", "Job"),
        "customers": QCoreApplication.translate("SyncTexts", "Customer"),
        "sites": QCoreApplication.translate("SyncTexts", "Site"),
        "equipment": QCoreApplication.translate("SyncTexts", "Equipment"),
        "technicians": QCoreApplication.translate("SyncTexts", "Technician"),
        "certifications": QCoreApplication.translate("SyncTexts", "Certificate"),
        "shifts": QCoreApplication.translate("SyncTexts", "Shift"),
        "absences": QCoreApplication.translate("SyncTexts", "Absence"),
        "appointments": QCoreApplication.translate("SyncTexts", "Appointment"),
        "users": QCoreApplication.translate("SyncTexts", "User"),
        "checklist_templates": QCoreApplication.translate("SyncTexts", "Checklist template"),
        "checklist_runs": QCoreApplication.translate("SyncTexts", "Checklist"),
        "attachments": QCoreApplication.translate("SyncTexts", "Attachment"),
        "job_lines": QCoreApplication.translate("SyncTexts", "Job line"),
        "signatures": QCoreApplication.translate("SyncTexts", "Signature"),
        "complaints": QCoreApplication.translate("SyncTexts", "Complaint"),
        "callbacks": QCoreApplication.translate("SyncTexts", "Callback"),
    }


def table_label(table_name: str) -> str:
    return _tables().get(table_name, table_name)


def record_text(table_name: str, name: str | None) -> str:
    """`Job NJ01-2025-000001`; just the kind when the record has no readable name."""
    kind = table_label(table_name)
    return f"{kind} {name}" if name else kind


def cycle_text(cycle: Cycle, tz: ZoneInfo) -> str:
    """`14:30:05  Changes sent: 3, records received: 5, conflicts: 1`, or the time and the
    error's sentence, or that it was cancelled."""
    when = cycle.at.astimezone(tz).strftime("%H:%M:%S")
    if cycle.cancelled:
        return QCoreApplication.translate("SyncTexts", "{time}  Cancelled").format(time=when)
    if cycle.report is None:
        return QCoreApplication.translate("SyncTexts", "{time}  Failed: {error}").format(
            time=when, error=cycle.error or "")
    pushed, pulled = cycle.report.pushed, cycle.report.pulled
    text = QCoreApplication.translate(
        "SyncTexts", "{time}  Changes sent: {sent}, records received: {received}").format(
        time=when, sent=pushed.entries, received=pulled.rows)
    if pushed.conflicts:
        text += QCoreApplication.translate("SyncTexts", ", conflicts: {count}").format(
            count=len(pushed.conflicts))
    return text
