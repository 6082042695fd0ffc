"""Signatures and printing in the GUI: the pad, signing from the job editor, a signature made
void by an edit, save / print / preview of the job sheet, the day-sheets batch in a real
worker thread (progress, cancel), and the remembered printer settings."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import (
    QImage,
    QInputDevice,
    QPageLayout,
    QPageSize,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import tests.core.conftest as core
from app.cancel import Cancelled
from app.db import Database
from app.printing.cups import JobOptions
from app.printing.document import Pdf
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklists import photo_data
from app.services.job_sheet_data import sheet_data
from app.services.jobs import JobDetail
from app.services.signatures import PNG_MAGIC, SignerRole, signatures_of
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.main_window import MainWindow
from app.ui.printing import print_settings
from app.ui.printing.day_sheets_dialog import DaySheetsDialog
from app.ui.printing.delivery import Order, Route, deliver
from app.ui.printing.document_printer import Stage
from app.ui.printing.print_settings import PrintSettings
from app.ui.printing.raster import coloured_pages, paint_pdf, rasterise
from app.ui.printing.sign_dialog import SignDialog
from app.ui.printing.signature_pad import SignaturePad
from app.ui.printing.signatures_tab import VOID_COLOUR
from app.ui.tasks import ThreadLane
from app.ui.views.jobs_view import JobsView

from .conftest import MakeJob, announced, show_active, type_text
from .printing_support import day_dialog, plan_day

make_tech = core.make_tech
MakeTech = core.MakeTech
LEFT = Qt.MouseButton.LeftButton
VOID = "VOID – amended after signing"


pytestmark = pytest.mark.usefixtures("user_settings")


@pytest.fixture
def job(make_job: MakeJob) -> JobDetail:
    return make_job(symptom="不制冷，外机不转")


def open_editor(qtbot: QtBot, ctx: AppContext, job_id: str) -> JobEditor:
    editor = JobEditor(ctx, job_id)
    qtbot.addWidget(editor)
    assert editor.signatures is not None
    return editor


def draw(qtbot: QtBot, pad: SignaturePad) -> None:
    """A short zigzag with the mouse button held."""
    qtbot.mousePress(pad, LEFT, pos=QPoint(30, 40))
    for x, y in ((80, 100), (130, 45), (180, 110), (240, 60)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, LEFT, pos=QPoint(260, 70))


def dark_pixels(png: bytes) -> int:
    image = QImage.fromData(png)
    assert not image.isNull()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 128)


def sign(qtbot: QtBot, editor: JobEditor, role: SignerRole, name: str) -> SignDialog:
    assert editor.signatures is not None
    dialog = editor.signatures.sign(role)
    type_text(dialog.name, name)
    draw(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    return dialog


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


# -- the pad and signing ---------------------------------------------------------------------


def test_drawing_on_the_pad_makes_a_png_and_clear_empties_it(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    assert pad.is_empty and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad)
    png = pad.to_png()
    assert not pad.is_empty and png.startswith(PNG_MAGIC)
    image = QImage.fromData(png)
    assert image.width() < pad.width() * 2  # trimmed to the ink
    assert dark_pixels(png) > 50
    assert image.pixelColor(0, 0).name() == "#ffffff"
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty and pad.to_png() == b""


def test_a_pen_signs_like_the_mouse(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    pen = QPointingDevice("test pen", 4711, QInputDevice.DeviceType.Stylus,
                          QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                          1, 2)
    for kind, x, y in ((QTabletEvent.Type.TabletPress, 20, 30),
                       (QTabletEvent.Type.TabletMove, 150, 90),
                       (QTabletEvent.Type.TabletRelease, 220, 40)):
        at = QPointF(x, y)
        event = QTabletEvent(kind, pen, at, pad.mapToGlobal(at), 0.6, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, LEFT, LEFT)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()
    assert len(pad.strokes) == 1 and dark_pixels(pad.to_png()) > 30


def test_signing_from_the_editor_stores_the_signature_with_its_image(
        qtbot: QtBot, ctx: AppContext, db: Database, job: JobDetail) -> None:
    editor = open_editor(qtbot, ctx, job.id)
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.signatures)) == "Signatures"
    reported = announced(ctx)
    assert editor.signatures is not None
    dialog = editor.signatures.sign(SignerRole.TECHNICIAN)
    assert not dialog.accept_button.isEnabled()
    type_text(dialog.name, "陈师傅")
    assert not dialog.accept_button.isEnabled()  # named, but nothing drawn yet
    draw(qtbot, dialog.pad)
    assert dialog.accept_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.accept_button, LEFT)

    [stored] = signatures_of(db, job.id)
    assert (stored.role, stored.signer_name, stored.valid) == (SignerRole.TECHNICIAN, "陈师傅",
                                                                 True)
    assert stored.image_id is not None
    _name, image = photo_data(db, stored.image_id)
    assert image.startswith(PNG_MAGIC) and dark_pixels(image) > 50
    assert editor.signatures.states_shown() == ["Valid"]
    assert editor.signatures.image.pixmap() is not None
    assert not editor.signatures.image.pixmap().isNull()
    assert reported == [Changes.JOBS]


def test_an_edit_after_signing_shows_the_signature_as_void(
        qtbot: QtBot, ctx: AppContext, db: Database, job: JobDetail) -> None:
    editor = open_editor(qtbot, ctx, job.id)
    sign(qtbot, editor, SignerRole.CUSTOMER, "张伟")
    type_text(editor.form.symptom, "，漏水")
    with qtbot.waitSignal(editor.accepted):
        qtbot.mouseClick(editor.save_button, LEFT)

    again = open_editor(qtbot, ctx, job.id)
    assert again.signatures is not None
    assert again.signatures.states_shown() == [VOID]
    item = again.signatures.list.topLevelItem(0)
    assert item is not None and item.foreground(3).color() == VOID_COLOUR
    assert [s.valid for s in signatures_of(db, job.id)] == [False]


# -- job sheet: save, print, preview ---------------------------------------------------------


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's documents folder is one of the test's (a home without user-dirs.dirs)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return home / "Documents"


def accept_proposed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The save dialog answers with the file it proposes; what it proposed is listed."""
    asked: list[str] = []

    def answer(parent: object, caption: str, proposed: str, filters: str) -> tuple[str, str]:
        asked.append(proposed)
        return proposed, filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_save_as_pdf_proposes_the_job_number_in_the_documents_folder_and_says_where(
        qtbot: QtBot, ctx: AppContext, job: JobDetail, documents: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    editor = open_editor(qtbot, ctx, job.id)
    sheet = editor.sheet
    assert sheet is not None and editor.tabs.currentIndex() == 0  # on the main tab
    asked = accept_proposed(monkeypatch)
    qtbot.mouseClick(sheet.save_button, LEFT)

    written = documents / f"{job.number}.pdf"
    assert asked == [str(written)]
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert job.number in text
    pages = render_job_sheet(sheet_data(ctx.db, job.id)).pages
    assert sheet.status.text() == f"Saved {pages} pages to {written}."
    assert sheet.save_button.isEnabled()


def test_the_job_list_prints_the_selected_jobs_sheet_with_ctrl_p(
        qtbot: QtBot, ctx: AppContext, job: JobDetail, make_job: MakeJob, documents: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = make_job(name="李娜", phone="13800000001")
    view = JobsView(ctx)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.activate()
    assert not view.sheet.print_button.isEnabled()  # no job selected
    view.select_record(other.id)
    assert view.sheet.number == other.number and view.sheet.print_button.isEnabled()
    printed: list[str] = []

    def choose(dialog: QPrintDialog) -> int:
        printed.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(documents / "printed.pdf"))
        return QDialog.DialogCode.Accepted.value
    monkeypatch.setattr(QPrintDialog, "exec", choose)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [f"Print Job sheet {other.number}"]
    assert view.sheet.status.text().endswith(f"pages to {documents / 'printed.pdf'}.")
    asked = accept_proposed(monkeypatch)
    qtbot.mouseClick(view.sheet.save_button, LEFT)
    assert asked == [str(documents / f"{other.number}.pdf")]
    assert other.number in "".join(
        p.extract_text() for p in PdfReader(documents / f"{other.number}.pdf").pages)


def test_ctrl_p_in_the_job_editor_prints_its_sheet(
        qtbot: QtBot, ctx: AppContext, job: JobDetail, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = open_editor(qtbot, ctx, job.id)
    show_active(qtbot, editor)
    asked: list[str] = []
    monkeypatch.setattr(QPrintDialog, "exec",
                        lambda dialog: asked.append(dialog.windowTitle()) or 0)
    qtbot.keyClick(editor.form.symptom, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [f"Print Job sheet {job.number}"]


def test_print_to_file_writes_the_sheets_own_pdf_portrait_and_remembers_no_landscape(
        qtbot: QtBot, ctx: AppContext, db: Database, job: JobDetail, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"

    def choose(dialog: QPrintDialog) -> int:  # the user picks "print to file" on A5, landscape
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return QDialog.DialogCode.Accepted.value
    monkeypatch.setattr(QPrintDialog, "exec", choose)
    editor = open_editor(qtbot, ctx, job.id)
    sheet = editor.sheet
    assert sheet is not None
    qtbot.mouseClick(sheet.print_button, LEFT)

    expected = render_job_sheet(sheet_data(db, job.id)).pages
    written = PdfReader(out)
    assert expected >= 1 and len(written.pages) == expected
    assert job.number in written.pages[0].extract_text()  # text, not a picture of it
    assert not written.pages[0].images
    box = written.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    assert sheet.status.text() == f"Saved {expected} pages to {out}."
    assert print_settings.load() == PrintSettings("", "A5")  # the paper, never landscape
    assert print_settings.new_printer().pageLayout().orientation() == (
        QPageLayout.Orientation.Portrait)


def test_preview_shows_every_page_and_prints_from_there(
        qtbot: QtBot, ctx: AppContext, db: Database, job: JobDetail, tmp_path: Path) -> None:
    editor = open_editor(qtbot, ctx, job.id)
    sheet = editor.sheet
    assert sheet is not None
    for button, blank in ((sheet.preview_button, False), (sheet.blank_button, True)):
        qtbot.mouseClick(button, LEFT)
        preview = sheet.printer.preview_dialog
        assert preview is not None
        expected = render_job_sheet(sheet_data(db, job.id), blank).pages
        qtbot.waitUntil(lambda p=preview, n=expected: p.page_count() == n)  # type: ignore[misc]
        out = tmp_path / f"from-preview-{blank}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        preview.paint(printer)  # what "Print" in the preview does
        assert pdf_pages(out) == expected
        preview.close()


def test_the_preview_says_when_the_sheet_is_scaled_or_kept_portrait(
        qtbot: QtBot, ctx: AppContext, job: JobDetail) -> None:
    print_settings.save(PrintSettings("", "Letter"))  # the paper chosen last time
    editor = open_editor(qtbot, ctx, job.id)
    sheet = editor.sheet
    assert sheet is not None
    qtbot.mouseClick(sheet.preview_button, LEFT)
    preview = sheet.printer.preview_dialog
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() > 0)
    scaled = "Printed on Letter / ANSI A: the A4 pages are scaled to 94 %."
    assert preview.note.text() == scaled and preview.note.isVisible()

    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.setLandscapeOrientation()  # the preview's own orientation button
    qtbot.waitUntil(lambda: preview.note.text() != scaled)
    assert preview.note.text() == (
        f"{scaled} Job sheets are printed portrait whatever the orientation chosen.")
    widget.setPortraitOrientation()
    preview.printer_.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    widget.updatePreview()
    qtbot.waitUntil(lambda: not preview.note.isVisible())  # A4 portrait: nothing to say
    preview.close()


def test_a_print_stopped_half_way_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "half.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    buffer = BytesIO()
    canvas = Canvas(buffer)
    for n in (1, 2, 3):
        canvas.drawString(72, 720, f"page {n}")
        canvas.showPage()
    canvas.save()

    def step(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        paint_pdf(printer, Pdf(buffer.getvalue(), 3), step)
    assert not out.exists()
    assert paint_pdf(printer, Pdf(buffer.getvalue(), 3)) == 3 and pdf_pages(out) == 3


# -- day sheets ------------------------------------------------------------------------------


@pytest.fixture
def day(db: Database, admin: Actor, make_job: MakeJob, make_tech: MakeTech) -> list[str]:
    return plan_day(db, admin, make_job, make_tech)


@pytest.fixture
def threaded(ctx: AppContext) -> Iterator[AppContext]:
    lane = ThreadLane("database")
    yield AppContext(ctx.db, ctx.actor, ctx.station, lane, ctx.db_path)
    lane.shutdown()




def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(path), "PDF documents (*.pdf)"))


def test_day_sheets_are_built_in_a_worker_with_rising_progress(
        qtbot: QtBot, threaded: AppContext, day: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = day_dialog(qtbot, threaded)
    out = tmp_path / "day.pdf"
    save_to(monkeypatch, out)
    seen: list[tuple[int, int, int]] = []
    dialog.printer.progressed.connect(lambda *args: seen.append(args),
                                      Qt.ConnectionType.QueuedConnection)
    with qtbot.waitSignal(dialog.printer.finished, timeout=20000):
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert not dialog.save_button.isEnabled()  # while the worker runs
    assert out.exists()
    assert dialog.status.text() == f"Saved {pdf_pages(out)} pages to {out}."
    qtbot.waitUntil(lambda: len(seen) > 0 and seen[-1] == (Stage.LAYOUT, 6, 6))
    done = [d for _stage, d, _total in seen]
    assert done == sorted(done) and len(set(done)) > 2
    assert dialog.save_button.isEnabled() and dialog.printer.progress is None


def test_cancel_stops_the_day_sheets_without_a_file(
        qtbot: QtBot, threaded: AppContext, day: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = day_dialog(qtbot, threaded)
    out = tmp_path / "cancelled.pdf"
    save_to(monkeypatch, out)
    qtbot.mouseClick(dialog.save_button, LEFT)
    progress = dialog.printer.progress
    assert progress is not None and progress.isVisible()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, LEFT)
    assert dialog.status.text() == "Cancelled." and dialog.save_button.isEnabled()
    lane = threaded.runner
    assert isinstance(lane, ThreadLane)
    qtbot.waitUntil(lambda: not lane.busy, timeout=20000)
    assert not out.exists()


def test_a_day_without_visits_says_so(qtbot: QtBot, ctx: AppContext, make_tech: MakeTech,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tech("T001", "陈师傅")
    dialog = day_dialog(qtbot, ctx, technicians=1)
    save_to(monkeypatch, tmp_path / "none.pdf")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_label.text() == "Nobody has a visit on 2026-03-16."
    assert not (tmp_path / "none.pdf").exists()


def test_the_file_menu_opens_the_day_sheets(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, views=[])
    qtbot.addWidget(window)
    window.app_actions.day_sheets.trigger()
    dialog = window.findChild(DaySheetsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


# -- remembered settings ---------------------------------------------------------------------


def test_printer_settings_round_trip_through_qsettings(user_settings: Path) -> None:
    assert print_settings.load() == PrintSettings()
    print_settings.save(PrintSettings("Office HP", "A5"))
    assert print_settings.load() == PrintSettings("Office HP", "A5")
    assert (user_settings / "FieldDesk" / "FieldDesk.ini").exists()  # per user, on disk
    printer = print_settings.new_printer()  # the remembered paper applies to the next printer
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    print_settings.remember(printer)  # printing to a file keeps the remembered printer
    assert print_settings.load() == PrintSettings("Office HP", "A4")


def test_remembered_settings_never_make_the_next_sheet_unreadable(user_settings: Path) -> None:
    store = print_settings.store()  # what an earlier FieldDesk left: A6, landscape
    store.setValue("printing/paper", "A6")
    store.setValue("printing/landscape", "true")
    store.sync()
    printer = print_settings.new_printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A7))  # too small: not remembered
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    print_settings.remember(printer)
    assert print_settings.load() == PrintSettings("", "A6")
    assert print_settings.store().value("printing/landscape") is None


# -- the Windows path, exercised through the same QPrinter code ------------------------------


def three_pages_second_in_colour() -> Pdf:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in (1, 2, 3):
        if n == 2:
            canvas.setFillColorRGB(0.8, 0.1, 0.1)
        canvas.drawString(72, 720, f"page {n}")
        canvas.setFillColorRGB(0, 0, 0)
        canvas.showPage()
    canvas.save()
    return Pdf(buffer.getvalue(), 3)


def at_300_dpi(size: tuple[int, int]) -> bool:
    """An A4 page's pixels at 300 dpi (2480 x 3508, give or take the rounding of a dot)."""
    return abs(size[0] - 2480) <= 1 and abs(size[1] - 3508) <= 1


def native_print(out: Path, ranges: tuple[tuple[int, int], ...], copies: int = 1,
                 collate: bool = True) -> int:
    """Deliver the three pages the Windows way onto a 300 dpi QPrinter writing `out`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(300)  # a 300 dpi printer
    order = Order(Route.NATIVE, JobOptions("Office", "Three", copies, collate, ranges))
    return deliver(order, printer, three_pages_second_in_colour()).pages


def test_the_native_path_renders_the_chosen_pages_at_the_printers_resolution(
        tmp_path: Path) -> None:
    """Windows' path (no CUPS): PDFium's pages painted onto the QPrinter. Here the QPrinter
    writes a PDF file, so what it was given can be read back."""
    out = tmp_path / "native.pdf"
    assert native_print(out, ((2, 3),), copies=2, collate=False) == 4
    reader = PdfReader(out)
    assert len(reader.pages) == 4  # pages 2 and 3, two copies each, uncollated
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        [image] = page.images
        assert image.image.mode == "RGB"  # a page has colour: the printer stays in colour
        assert at_300_dpi(image.image.size)


def test_the_native_path_prints_black_and_white_when_the_pages_have_no_colour(
        tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    assert native_print(out, ((1, 1), (3, 3))) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    for page in reader.pages:
        [image] = page.images
        assert image.image.mode == "L"  # the printer in grey, fed 8-bit grey pages
        assert at_300_dpi(image.image.size)


def test_pages_without_colour_are_rasterised_in_grey() -> None:
    pdf = three_pages_second_in_colour()
    colour = coloured_pages(pdf, [1, 2, 3, 2])
    assert colour == {2}
    formats = [image.format() for image in rasterise(pdf, 72, pages=[1, 2, 3], colour=colour)]
    assert formats == [QImage.Format.Format_Grayscale8, QImage.Format.Format_RGBX8888,
                       QImage.Format.Format_Grayscale8]
