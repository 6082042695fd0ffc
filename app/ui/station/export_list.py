"""File › Export list…: the list on screen (jobs, customers, technicians, or the Quality view's
complaint or callback queue on its tab), as filtered and sorted there, to .xlsx or .csv, with
the columns named and the vocabularies (status, type...) written in the UI's language (a
queue's columns as its table titles them). Runs on the database lane with progress and
Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.exports import EXPORTS, ExportFilter
from app.ui import labels
from app.ui.context import AppContext
from app.ui.operation import Operation
from app.ui.ops import station as ops

AskPath = Callable[[QWidget, str], str]  # the dialog (tests answer it): "" when cancelled
LISTS = ("jobs", "customers", "technicians")  # the views whose own list exports
QUEUES = ("complaints", "callbacks")  # the Quality view's panels of the same names


def shown_list(key: str, view: QWidget) -> str | None:
    """The list the window's view `key` shows: its own, the Quality view's queue on its tab,
    or None (nothing to export there)."""
    if key == "quality":
        queue: str | None = view.shown_queue()  # type: ignore[attr-defined]
        return queue
    return key if key in LISTS else None


def headers() -> dict[str, str]:
    """The export's column headers in the UI's language, by column key."""
    return {
        "number": QCoreApplication.translate("Export", "Number"),
        "job_type": QCoreApplication.translate("Export", "Type"),
        "priority": QCoreApplication.translate("Export", "Priority"),
        "status": QCoreApplication.translate("Export", "Status"),
        "name": QCoreApplication.translate("Export", "Name"),
        "phone": QCoreApplication.translate("Export", "Phone"),
        "address": QCoreApplication.translate("Export", "Address"),
        "district": QCoreApplication.translate("Export", "District"),
        "symptom": QCoreApplication.translate("Export", "Symptom"),
        "received_at": QCoreApplication.translate("Export", "Received"),
        "sla_due": QCoreApplication.translate("Export", "Response due"),
        "requested_start": QCoreApplication.translate("Export", "Requested from"),
        "requested_end": QCoreApplication.translate("Export", "Requested until"),
        "technicians": QCoreApplication.translate("Export", "Technicians"),
        "next_visit": QCoreApplication.translate("Export", "Next visit"),
        "alt_phone": QCoreApplication.translate("Export", "Second phone"),
        "email": QCoreApplication.translate("Export", "Email"),
        "notes": QCoreApplication.translate("Export", "Notes"),
        "province": QCoreApplication.translate("Export", "Province"),
        "city": QCoreApplication.translate("Export", "City"),
        "code": QCoreApplication.translate("Export", "Code"),
        "team": QCoreApplication.translate("Export", "Team"),
        "skills": QCoreApplication.translate("Export", "Skills"),
        "max_jobs_per_day": QCoreApplication.translate("Export", "Max jobs per day"),
        "home_address": QCoreApplication.translate("Export", "Home address"),
        "certificates": QCoreApplication.translate("Export", "Certificates"),
        "shifts": QCoreApplication.translate("Export", "Shifts"),
    }


def list_headers(key: str, view: QWidget) -> dict[str, str]:
    """The column headers by key: a queue's as its table's titles, in their order."""
    if key not in QUEUES:
        return headers()
    titles = getattr(view, key).model.column_titles()
    return dict(zip((c.key for c in EXPORTS[key].columns), titles, strict=True))


def list_filter(key: str, view: QWidget) -> ExportFilter:
    """What the view shows: the job list's filter and order, the customers' search, the
    queue's choice."""
    if key in QUEUES:
        chosen: ExportFilter = getattr(view, key).export_filter()
        return chosen
    if key == "jobs":
        model = view.model  # type: ignore[attr-defined]
        sort, descending = model.sort_key
        return ExportFilter(jobs=model.job_filter, sort=sort, descending=descending)
    if key == "customers":
        return ExportFilter(text=view.model.search)  # type: ignore[attr-defined]
    return ExportFilter()


def ask_path(parent: QWidget, name: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export list"), f"{name}.xlsx",
        QCoreApplication.translate("Export", "Excel workbook (*.xlsx);;CSV (*.csv)"))
    return path


def export_view(ctx: AppContext, key: str, view: QWidget, done: Callable[[str], object],
                ask: AskPath = ask_path) -> Operation[int] | None:
    """Export the list `key` shown by `view` (the Quality view for a queue); `done` hears
    the sentence to show."""
    chosen = ask(view, key)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    label = QCoreApplication.translate("Export", "Exporting…")
    return ops.export(ctx, view, key, path, list_filter(key, view), list_headers(key, view),
                      labels.vocabulary).progress(label).errors_to(done).success(
        lambda count: done(QCoreApplication.translate(
            "Export", "{count} rows exported to {path}.").format(count=count, path=path))).run()
