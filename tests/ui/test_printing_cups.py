"""Printing through a real print system: the session's throwaway CUPS server (tests/conftest.py)
with cups-pdf queues, driven through the Print buttons with the print dialog's choices set as
a user sets them. What the queue printed (cups-pdf's PDF, after CUPS applied the page range,
copies and paper) and what the server spooled (the document and the job's attributes) are read
back."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageLayout, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import tests.core.conftest as core
from app.db import Database
from app.printing.cups import JobState
from app.services.actor import Actor
from app.services.jobs import JobDetail
from app.services.settings_sections import Printing
from app.services.station_settings import set_section
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.printing.job_watch import JobWatch
from app.ui.printing.sheet_buttons import SheetButtons
from tests.cups_server import CupsServer

from .conftest import MakeJob
from .printing_support import day_dialog, plan_day

make_tech = core.make_tech
LEFT = Qt.MouseButton.LeftButton
NUMBER = re.compile(r"NJ01-\d{4}-\d{6}")
A4_POINTS, A5_POINTS = (595, 842), (420, 595)
FINISHED = 30_000  # ms: cups-pdf runs Ghostscript over every page
PAGE_BYTES = 100 * 1024  # what a page may cost at most (a 300 dpi JPEG of one: 1.3 MB)


@dataclass
class Queue:
    name: str
    out: Path  # where cups-pdf writes what it printed


@pytest.fixture(autouse=True)
def user_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))


@pytest.fixture
def queue(cups: CupsServer) -> Iterator[Queue]:
    name = f"Desk_PDF_{uuid.uuid4().hex[:8]}"
    yield Queue(name, cups.add_pdf_queue(name))
    cups.remove_queue(name)


Choose = Callable[[QPrinter], None]


def choosing(monkeypatch: pytest.MonkeyPatch, choose: Choose) -> None:
    """The print dialog answers "Print" with `choose` applied to its printer."""
    def answer(dialog: QPrintDialog) -> int:
        choose(dialog.printer())
        return QDialog.DialogCode.Accepted.value
    monkeypatch.setattr(QPrintDialog, "exec", answer)


def on(queue: Queue, copies: int = 1, collate: bool = True, pages: str = "",
       paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4, landscape: bool = False,
       ) -> Choose:
    def choose(printer: QPrinter) -> None:
        printer.setPrinterName(queue.name)
        printer.setCopyCount(copies)
        printer.setCollateCopies(collate)
        if pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setPageRanges(QPageRanges.fromString(pages))
        printer.setPageSize(QPageSize(paper))
        if landscape:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return choose


def watch_of(buttons: SheetButtons | object) -> JobWatch:
    watch = buttons.printer.watch  # type: ignore[attr-defined]
    assert isinstance(watch, JobWatch)
    return watch


def finished(qtbot: QtBot, watch: JobWatch) -> None:
    qtbot.waitUntil(lambda: watch.state is JobState.COMPLETED, timeout=FINISHED)


def printed(queue: Queue) -> PdfReader:
    [pdf] = queue.out.glob("*.pdf")
    return PdfReader(pdf)


def numbers_per_page(reader: PdfReader) -> list[tuple[str, ...]]:
    """The job numbers on each page, in order (the Latin text survives any PDF printer)."""
    return [tuple(NUMBER.findall(page.extract_text())) for page in reader.pages]


def all_of_size(reader: PdfReader, size: tuple[int, int]) -> bool:
    """Every page `size` points (within 2: PPDs round A5 to 421 x 595)."""
    return all(abs(float(p.mediabox.width) - size[0]) <= 2
               and abs(float(p.mediabox.height) - size[1]) <= 2 for p in reader.pages)


@pytest.fixture
def sheet_editor(qtbot: QtBot, ctx: AppContext, job: JobDetail) -> JobEditor:
    editor = JobEditor(ctx, job.id)
    qtbot.addWidget(editor)
    assert editor.sheet is not None
    return editor


@pytest.fixture
def job(make_job: MakeJob) -> JobDetail:
    return make_job(symptom="不制冷，外机不转")


# -- a job sheet -----------------------------------------------------------------------------


def test_a_sheet_goes_to_cups_as_its_own_pdf_with_copies_collated(
        qtbot: QtBot, cups: CupsServer, queue: Queue, sheet_editor: JobEditor, job: JobDetail,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = sheet_editor.sheet
    assert sheet is not None
    choosing(monkeypatch, on(queue, copies=2))
    qtbot.mouseClick(sheet.print_button, LEFT)
    watch = watch_of(sheet)
    finished(qtbot, watch)

    submitted = watch.delivered.submitted
    assert submitted is not None and submitted.queue == queue.name
    document = cups.spooled(submitted.job)
    spooled = PdfReader(BytesIO(document))
    pages = len(spooled.pages)
    assert len(document) < pages * PAGE_BYTES
    assert job.number in spooled.pages[0].extract_text()  # the sheet's own PDF: text
    assert not any(page.images for page in spooled.pages)  # not pictures of pages
    out = printed(queue)
    assert len(out.pages) == 2 * pages  # two copies, collated
    assert numbers_per_page(out) == numbers_per_page(spooled) * 2
    assert all_of_size(out, A4_POINTS)
    assert sheet.status.text() == (
        f"{queue.name} has finished job {submitted.job} ({2 * pages} pages).")


def test_the_stations_copies_print_when_the_dialog_is_left_as_it_opened(
        qtbot: QtBot, cups: CupsServer, queue: Queue, sheet_editor: JobEditor,
        ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    set_section(ctx.db, ctx.actor, Printing(copies=2))  # Settings › Printing
    sheet = sheet_editor.sheet
    assert sheet is not None
    choosing(monkeypatch, lambda printer: printer.setPrinterName(queue.name))
    qtbot.mouseClick(sheet.print_button, LEFT)
    watch = watch_of(sheet)
    finished(qtbot, watch)
    submitted = watch.delivered.submitted
    assert submitted is not None
    pages = len(PdfReader(BytesIO(cups.spooled(submitted.job))).pages)
    assert len(printed(queue).pages) == 2 * pages


def test_another_paper_takes_the_sheet_scaled_and_portrait(
        qtbot: QtBot, cups: CupsServer, queue: Queue, sheet_editor: JobEditor, job: JobDetail,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = sheet_editor.sheet
    assert sheet is not None
    choosing(monkeypatch, on(queue, paper=QPageSize.PageSizeId.A5, landscape=True))
    qtbot.mouseClick(sheet.print_button, LEFT)
    watch = watch_of(sheet)
    finished(qtbot, watch)

    out = printed(queue)
    assert all_of_size(out, A5_POINTS)  # A5 portrait
    assert job.number in out.pages[0].extract_text()
    assert watch.delivered.submitted is not None
    attributes = cups.attributes(watch.delivered.submitted.job)
    assert (attributes["media"], attributes["print-scaling"]) == (["A5"], ["fit"])


# -- the day batch ---------------------------------------------------------------------------


@pytest.fixture
def day(db: Database, admin: Actor, make_job: MakeJob, make_tech: core.MakeTech) -> list[str]:
    return plan_day(db, admin, make_job, make_tech)


def test_the_day_batch_prints_the_pages_chosen_with_copies_collated(
        qtbot: QtBot, ctx: AppContext, cups: CupsServer, queue: Queue, day: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = day_dialog(qtbot, ctx)
    choosing(monkeypatch, on(queue, copies=2, pages="2-3"))
    qtbot.mouseClick(dialog.print_button, LEFT)
    watch = watch_of(dialog)
    finished(qtbot, watch)

    submitted = watch.delivered.submitted
    assert submitted is not None
    document = cups.spooled(submitted.job)
    whole = PdfReader(BytesIO(document))
    assert len(whole.pages) > 3  # the whole batch went, CUPS picks the pages
    assert len(document) < len(whole.pages) * PAGE_BYTES
    attributes = cups.attributes(submitted.job)
    assert (attributes["page-ranges"], attributes["copies"]) == ([(2, 3)], [2])
    chosen = numbers_per_page(whole)[1:3]
    assert set(day) <= {n for page in numbers_per_page(whole) for n in page}
    out = printed(queue)
    assert numbers_per_page(out) == chosen * 2  # pages 2 and 3, twice, collated
    assert all_of_size(out, A4_POINTS)
    assert dialog.status.text() == f"{queue.name} has finished job {submitted.job} (4 pages)."


def test_uncollated_copies_are_left_to_the_printer(
        qtbot: QtBot, ctx: AppContext, cups: CupsServer, queue: Queue, day: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = day_dialog(qtbot, ctx)
    choosing(monkeypatch, on(queue, copies=3, collate=False, pages="1,3-4"))
    qtbot.mouseClick(dialog.print_button, LEFT)
    watch = watch_of(dialog)
    finished(qtbot, watch)
    assert watch.delivered.submitted is not None
    attributes = cups.attributes(watch.delivered.submitted.job)
    assert (attributes["copies"], attributes["collate"]) == ([3], [0])
    assert attributes["page-ranges"] == [(1, 1), (3, 4)]
    assert len(printed(queue).pages) == 3  # cups-pdf makes no copies of its own


def test_the_status_line_follows_the_job_held_then_cancelled(
        qtbot: QtBot, cups: CupsServer, queue: Queue, sheet_editor: JobEditor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The print system accepted the job, then it did not print: the status line says so."""
    sheet = sheet_editor.sheet
    assert sheet is not None
    cups.admin("lpadmin", "-p", queue.name, "-o", "job-hold-until-default=indefinite")
    choosing(monkeypatch, on(queue))
    qtbot.mouseClick(sheet.print_button, LEFT)
    watch = watch_of(sheet)
    qtbot.waitUntil(lambda: watch.state is JobState.HELD, timeout=FINISHED)
    submitted = watch.delivered.submitted
    assert submitted is not None
    pages = watch.delivered.pages
    assert sheet.status.text() == (
        f"{pages} pages sent to {queue.name} (job {submitted.job}): held in its queue.")

    cups.admin("cancel", str(submitted.job))  # whoever looks after the printer drops it
    qtbot.waitUntil(lambda: watch.state is JobState.CANCELED, timeout=FINISHED)
    assert sheet.status.text() == (
        f"Job {submitted.job} on {queue.name} was cancelled: it may not have been printed.")
    assert not list(queue.out.glob("*.pdf"))


# -- nothing claimed when the printer cannot take it -----------------------------------------


def nothing_printed(cups: CupsServer, queue: Queue) -> bool:
    return not list(queue.out.glob("*.pdf"))


@pytest.mark.parametrize(("command", "sentence"), [
    ("cupsdisable", "The printer {name} is paused, so nothing was sent: resume it in the "
                    "system's printer settings, or choose another printer."),
    ("cupsreject", "The printer {name} is not accepting jobs, so nothing was sent: choose "
                   "another printer, or ask whoever looks after it."),
    ("lpadmin -x", "The printer {name} is not set up on this computer, so nothing was sent: "
                   "choose another printer."),
])
def test_a_paused_refusing_or_missing_printer_gets_its_sentence(
        qtbot: QtBot, cups: CupsServer, queue: Queue, sheet_editor: JobEditor, command: str,
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = sheet_editor.sheet
    assert sheet is not None
    chosen = on(queue)

    def choose_then_lose_it(printer: QPrinter) -> None:
        chosen(printer)  # the queue was there when the dialog listed it
        cups.admin(*command.split(), queue.name)
    choosing(monkeypatch, choose_then_lose_it)
    qtbot.mouseClick(sheet.print_button, LEFT)

    assert sheet.error_label.text() == sentence.format(name=queue.name)
    assert sheet.status.text() == ""  # nothing claimed
    assert sheet.printer.watch is None
    if command != "lpadmin -x":
        cups.admin("cupsenable", queue.name)
        cups.admin("cupsaccept", queue.name)
    assert nothing_printed(cups, queue)


def test_a_paper_smaller_than_a5_or_pages_not_in_the_sheet_are_refused(
        qtbot: QtBot, cups: CupsServer, queue: Queue, sheet_editor: JobEditor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = sheet_editor.sheet
    assert sheet is not None
    choosing(monkeypatch, on(queue, paper=QPageSize.PageSizeId.A6))
    qtbot.mouseClick(sheet.print_button, LEFT)
    assert sheet.error_label.text() == (
        "Job sheets are A4 pages: on A6 paper their small print would be unreadable, so "
        "nothing was printed. Choose A4 (or at least A5).")
    choosing(monkeypatch, on(queue, pages="7-9"))
    qtbot.mouseClick(sheet.print_button, LEFT)
    assert sheet.error_label.text().endswith(
        "the pages chosen (7-9) are not among them, so nothing was printed.")
    assert sheet.status.text() == "" and nothing_printed(cups, queue)
