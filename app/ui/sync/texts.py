"""Sync as the dispatcher reads it: a line per cycle, records named by kind and name.

Strings are written out as `QCoreApplication.translate("SyncTexts", "...")` calls: lupdate
only extracts literal arguments.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from app.services.sync_status import STALE_AFTER, Backlog
from app.ui.sync.controller import Cycle

STALE_COLOUR = "#c62828"


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
        "station_settings": QCoreApplication.translate("SyncTexts", "Station setting"),
        "catalogue_items": QCoreApplication.translate("SyncTexts", "Catalogue item"),
        "catalogue_prices": QCoreApplication.translate("SyncTexts", "Price"),
        "stock_movements": QCoreApplication.translate("SyncTexts", "Stock movement"),
        "old_parts": QCoreApplication.translate("SyncTexts", "Old part"),
        "warranty_policies": QCoreApplication.translate("SyncTexts", "Warranty policy"),
        "maintenance_contracts": QCoreApplication.translate("SyncTexts",
                                                            "Maintenance contract"),
        "contract_visits": QCoreApplication.translate("SyncTexts", "Contract visit"),
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
    if pushed.refused:
        text += QCoreApplication.translate("SyncTexts", ", refused: {count}").format(
            count=pushed.refused)
    return text


def age_text(age: dt.timedelta) -> str:
    """`12 min`, `5 h`, `3 days`."""
    minutes = max(int(age.total_seconds() // 60), 0)
    if minutes < 60:
        return QCoreApplication.translate("SyncTexts", "{count} min").format(count=minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("SyncTexts", "{count} h").format(count=minutes // 60)
    return QCoreApplication.translate("SyncTexts", "{count} days").format(
        count=minutes // (24 * 60))


def stale_tip() -> str:
    return QCoreApplication.translate(
        "SyncTexts", "Changes made more than {hours} hours ago have not reached the central "
        "server yet.").format(hours=int(STALE_AFTER.total_seconds() // 3600))


def backlog_text(backlog: Backlog, now: dt.datetime) -> str:
    """`Waiting to go up: 3 changes, the oldest made 5 h ago; refused: 1.`"""
    age = backlog.age(now)
    if age is None:
        return QCoreApplication.translate("SyncTexts", "Every change here reached the central "
                                                       "server.")
    text = QCoreApplication.translate(
        "SyncTexts", "Waiting to go up: {count} changes, the oldest made {age} ago.").format(
        count=f"{backlog.pending:,}", age=age_text(age))
    if backlog.full_upload:
        text += " " + QCoreApplication.translate(
            "SyncTexts", "The station's records loaded in bulk go up whole first.")
    if backlog.refused:
        text += " " + QCoreApplication.translate(
            "SyncTexts", "Refused by the central server: {count}.").format(count=backlog.refused)
    return text


def copied_text() -> str:
    return QCoreApplication.translate(
        "SyncTexts", "This database was copied or restored from a backup: it is a new desk now, "
        "and its next sync asks the central server which of its changes arrived already.")
