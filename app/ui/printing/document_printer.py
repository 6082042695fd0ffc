"""Render a document on the database lane and send it to the preview, a printer or a PDF file.

A `Produce` function builds the core's PDF in the worker (`cancelled()` is polled, `progress`
counts its steps); the same bytes go to all three outputs: a printer gets them through
`delivery` (CUPS: the PDF itself; elsewhere PDFium's pages), and `JobWatch` says what the print
system did with them (`finished`, each new state of a CUPS job). It runs as an operation
(`app.ui.ops.printing.render`) with a progress dialog whose Cancel stops it at once (the worker
notices at its next step); a newer document replaces one under way. `progressed` repeats each
step (stage, done, total) on the GUI thread. A printer of job sheets is given `copies`, read
on the database lane (the station's Settings › Printing): the print dialog and the preview's
printer propose that many copies.

A document that holds job sheets says which in a `Batch` (`batch()`, filled by its produce in
the worker); once that document was saved, or printed whole (not a page range), its sheets are
recorded as printed (`ops.printing.record_sheets`, then `recorded`), so a day's batch leaves
them out until their jobs change.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from app.errors import DomainError
from app.printing.document import Pdf
from app.services.printed_sheets import SheetPrint
from app.ui.context import AppContext
from app.ui.failures import failure_sentence
from app.ui.operation import Operation
from app.ui.ops.printing import Produce, Progress, record_sheets, render
from app.ui.printing.delivery import Delivered, Order, deliver, order_of
from app.ui.printing.job_watch import JobWatch
from app.ui.printing.preview import PdfPreview
from app.ui.printing.print_settings import new_printer, remember
from app.ui.printing.raster import preview_dpi, rasterise

T = TypeVar("T")
Copies = Callable[[], int]  # how many copies to propose (run in the worker)
BATCHES_KEPT = 4  # documents whose sheets are known (a preview open while another is made)


@dataclass
class Batch:
    """The job sheets a document holds, filled by its produce in the worker."""

    pdf: Pdf | None = None
    sheets: tuple[SheetPrint, ...] = ()


def documents_folder() -> Path:
    """The user's documents folder (the home folder where there is none), where a PDF is
    proposed first."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class Stage(IntEnum):
    LAYOUT = 0  # the core lays out the document
    PAGES = 1  # pages are rasterised for the preview, or sent to the printer


class DocumentPrinter(QObject):
    progressed = Signal(int, int, int)  # Stage, done, total
    running = Signal(bool)
    finished = Signal(str)  # a sentence for the status line
    failed = Signal(str)  # the failure's sentence
    recorded = Signal(int)  # job sheets recorded as printed

    def __init__(self, ctx: AppContext, parent: QWidget, show_after_ms: int = 500,
                 copies: Copies | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._widget, self._show_after = ctx, parent, show_after_ms
        self._copies = copies or (lambda: 1)
        self._batches: deque[Batch] = deque(maxlen=BATCHES_KEPT)
        self._current: Operation[Any] | None = None
        self.preview_dialog: PdfPreview | None = None
        self.watch: JobWatch | None = None  # the last print job's

    @property
    def busy(self) -> bool:
        return self._current is not None and self._current.active

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog of the document under way."""
        return self._current.dialog if self._current is not None and self.busy else None

    def batch(self) -> Batch:
        """A new document's record of its job sheets, for its produce to fill."""
        self._batches.append(Batch())
        return self._batches[-1]

    # -- the three outputs -------------------------------------------------------------------

    def save_as(self, produce: Produce, suggested: str) -> None:
        """Ask for a file name (`suggested` in the documents folder first), then write the PDF
        there and say where (`finished`)."""
        name, _filter = QFileDialog.getSaveFileName(
            self._widget, self.tr("Save as PDF"), str(documents_folder() / suggested),
            self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        self._run(produce, lambda pdf, _step: pdf, lambda pdf: self._write(path, pdf))

    def preview(self, produce: Produce, title: str) -> None:
        copies = self._copies

        def pages(pdf: Pdf, step: Progress) -> tuple[Pdf, list[QImage], int]:
            return pdf, list(rasterise(pdf, preview_dpi(pdf.pages), step)), copies()
        self._run(produce, pages, lambda result: self._open_preview(title, *result))

    def send_to_printer(self, produce: Produce, title: str) -> None:
        """Read the copies to propose, ask which printer and pages (QPrintDialog), then lay
        out and deliver in the worker."""
        copies = self._copies
        self._ctx.op(self._widget, lambda _run: copies()).errors_to(self.failed.emit).success(
            lambda count: self._ask_and_print(produce, title, count)).run()

    def _ask_and_print(self, produce: Produce, title: str, copies: int) -> None:
        printer = new_printer()
        printer.setDocName(title)
        printer.setCopyCount(copies)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        remember(printer)
        order = self._order(printer, title)
        if order is not None:
            self._run(produce, lambda pdf, step: (pdf, deliver(order, printer, pdf, step)),
                      lambda sent: self._delivered(*sent), self.tr("Sending to the printer…"))

    def print_now(self, printer: QPrinter, pdf: Pdf, title: str) -> None:
        """Deliver a PDF already made, on the GUI thread ("Print" in the preview)."""
        order = self._order(printer, title)
        if order is None:
            return
        try:
            self._delivered(pdf, deliver(order, printer, pdf))
        except (DomainError, OSError) as exc:
            self._fail(exc)

    def _order(self, printer: QPrinter, title: str) -> Order | None:
        try:
            return order_of(printer, title)
        except DomainError as exc:
            self._fail(exc)
            return None

    def _fail(self, exc: BaseException) -> None:
        sentence = failure_sentence(exc)
        if sentence is None:
            raise exc
        self.failed.emit(sentence)

    def cancel(self) -> None:
        """Stop the document under way; nothing of it is delivered."""
        if self._current is not None and self._current.active:
            self._current.drop()
            self.running.emit(False)
            self.finished.emit(self.tr("Cancelled."))

    # -- running -----------------------------------------------------------------------------

    def _run(self, produce: Produce, then: Callable[[Pdf, Progress], T],
             done: Callable[[T], object], pages: str = "") -> None:
        self.cancel()
        layout, pages = self.tr("Laying out the pages…"), pages or self.tr("Preparing the pages…")
        stages = {layout: Stage.LAYOUT, pages: Stage.PAGES}

        op = render(self._ctx, self._widget, produce, then, layout, pages)
        op.progress(layout, self._show_after).on_progress(
            lambda step, total, label: self.progressed.emit(int(stages[label]), step, total))
        op.errors_to(self.failed.emit).success(done).cancelled(
            lambda: self.finished.emit(self.tr("Cancelled."))).always(
            lambda: self.running.emit(False))
        self._current = op
        self.running.emit(True)
        op.run()
        if op.dialog is not None:
            op.dialog.canceled.connect(self.cancel)

    # -- on the GUI thread -------------------------------------------------------------------

    def _write(self, path: Path, pdf: Pdf) -> None:
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            self.failed.emit(self.tr("{file} could not be written ({reason}).").format(
                file=path.name, reason=exc.strerror))
            return
        self.finished.emit(self.tr("Saved {pages} pages to {file}.").format(
            pages=pdf.pages, file=str(path)))
        self._went_out(pdf)

    def _delivered(self, pdf: Pdf, delivered: Delivered) -> None:
        if self.watch is not None:
            self.watch.stop()
        self.watch = JobWatch(self._ctx, delivered, self)
        self.watch.said.connect(self.finished.emit)
        self.watch.start()
        if not delivered.order.options.ranges:  # some pages only: which sheets is unknown
            self._went_out(pdf)

    def _went_out(self, pdf: Pdf) -> None:
        """Record the job sheets of the document that was saved or printed whole."""
        batch = next((b for b in self._batches if b.pdf is pdf), None)
        if batch is not None and batch.sheets:
            record_sheets(self._ctx, self, batch.sheets).errors_to(self.failed.emit).success(
                self.recorded.emit).run()

    def _open_preview(self, title: str, pdf: Pdf, pages: list[QImage], copies: int
                      ) -> PdfPreview:
        printer = new_printer()
        printer.setCopyCount(copies)
        dialog = PdfPreview(printer, pdf, pages, title, self._widget)
        dialog.printing.connect(lambda printer: self.print_now(printer, pdf, title))
        self.preview_dialog = dialog
        dialog.destroyed.connect(self._preview_gone)
        dialog.open()
        return dialog

    def _preview_gone(self, _obj: Any = None) -> None:
        self.preview_dialog = None
