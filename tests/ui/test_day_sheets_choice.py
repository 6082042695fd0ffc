"""Issue 18 point 14 in the day-sheets dialog (File › Print day sheets…, Ctrl+Shift+P): the
route pages only by default, or with the sheets not printed yet; a sheet printed or saved
(from the batch or the job editor) is left out of the next batch until its job changes; a
print of some pages only records nothing. Pages read back with pypdf."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

import tests.core.conftest as core
from app.db import Database
from app.services.actor import Actor
from app.services.day_sheet_data import Sheets
from app.services.job_queries import JobFilter, query_jobs
from app.services.jobs import JobInput, update_job
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.printing.day_sheets_dialog import DaySheetsDialog

from .conftest import MakeJob
from .printing_support import day_dialog, plan_day

make_tech = core.make_tech
LEFT = Qt.MouseButton.LeftButton
NUMBER = re.compile(r"NJ01-\d{4}-\d{6}")
pytestmark = pytest.mark.usefixtures("user_settings")


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(path), "PDF documents (*.pdf)"))


def saved(qtbot: QtBot, dialog: DaySheetsDialog, out: Path,
          monkeypatch: pytest.MonkeyPatch) -> tuple[int, set[str]]:
    """Save the batch; (its route pages, the job numbers of the sheets after them)."""
    save_to(monkeypatch, out)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(out.exists)
    return pages_of(out)


def pages_of(path: Path) -> tuple[int, set[str]]:
    texts = [page.extract_text() for page in PdfReader(path).pages]
    routes = [t for t in texts if "Day sheet" in t]
    sheets = {n for t in texts if "Day sheet" not in t for n in NUMBER.findall(t)}
    return len(routes), sheets


def test_the_day_prints_route_pages_or_adds_the_sheets_not_printed_yet(
        qtbot: QtBot, ctx: AppContext, db: Database, admin: Actor, make_job: MakeJob,
        make_tech: core.MakeTech, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = plan_day(db, admin, make_job, make_tech)
    dialog = DaySheetsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.pages.currentData() is Sheets.NONE  # the default: route pages only
    dialog = day_dialog(qtbot, ctx, sheets=Sheets.NONE)
    assert saved(qtbot, dialog, tmp_path / "route.pdf", monkeypatch) == (2, set())

    first = query_jobs(db, JobFilter(text=numbers[0])).rows[0].id  # printed from its editor
    editor = JobEditor(ctx, first)
    qtbot.addWidget(editor)
    assert editor.sheet is not None
    save_to(monkeypatch, tmp_path / "one.pdf")
    with qtbot.waitSignal(editor.sheet.printer.recorded):
        qtbot.mouseClick(editor.sheet.save_button, LEFT)

    dialog.pages.setCurrentIndex(dialog.pages.findData(Sheets.UNPRINTED))
    assert saved(qtbot, dialog, tmp_path / "batch.pdf", monkeypatch) == (2, set(numbers[1:]))
    assert saved(qtbot, dialog, tmp_path / "again.pdf", monkeypatch) == (2, set())

    update_job(db, admin, first, JobInput("repair", symptom="不制冷，漏水"))  # changed
    out = tmp_path / "printed.pdf"

    def print_to_file(pages: str) -> None:
        def choose(dialog: QPrintDialog) -> int:
            printer = dialog.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            if pages:
                printer.setPrintRange(QPrinter.PrintRange.PageRange)
                printer.setPageRanges(QPageRanges.fromString(pages))
            return QDialog.DialogCode.Accepted.value
        monkeypatch.setattr(QPrintDialog, "exec", choose)
        out.unlink(missing_ok=True)
        qtbot.mouseClick(dialog.print_button, LEFT)
        qtbot.waitUntil(out.exists)

    recorded: list[int] = []
    dialog.printer.recorded.connect(recorded.append)
    print_to_file("1")  # the first page only: which sheets went out is not known
    assert recorded == [] and pages_of(out) == (1, set())
    print_to_file("")  # the whole batch: the changed job's sheet, now recorded
    assert pages_of(out) == (2, {numbers[0]}) and recorded == [1]
    assert saved(qtbot, dialog, tmp_path / "last.pdf", monkeypatch) == (2, set())
