"""Render a document in the task runner and send it to the preview, a printer or a PDF file.

A `Produce` function builds the core's PDF in the worker (`cancelled()` is polled, `progress`
counts its steps); the same bytes go to all three outputs. Progress reaches the GUI thread
through the `progressed` signal (emitted by the worker, delivered queued), shown in a
QProgressDialog whose Cancel cancels the task's token.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from app.cancel import Cancelled as TaskCancelled
from app.cancel import CancelToken
from app.errors import DomainError
from app.printing.document import Cancelled as PrintCancelled
from app.printing.document import Pdf
from app.ui.printing.preview import PdfPreview
from app.ui.printing.print_settings import new_printer, remember
from app.ui.printing.raster import paint_pdf, preview_dpi, rasterise
from app.ui.tasks import TaskRunner

Progress = Callable[[int, int], None]
Produce = Callable[[Callable[[], bool], Progress], Pdf]  # (cancelled, progress) -> the PDF
T = TypeVar("T")


class Stage(IntEnum):
    LAYOUT = 0  # the core lays out the document
    PAGES = 1  # pages are rasterised for the preview or the printer


class FileError(DomainError):
    """The PDF file could not be written."""


class DocumentPrinter(QObject):
    progressed = Signal(int, int, int)  # Stage, done, total: emitted by the worker
    running = Signal(bool)
    finished = Signal(str)  # a sentence for the status line
    failed = Signal(object)  # a DomainError

    def __init__(self, runner: TaskRunner, parent: QWidget, show_after_ms: int = 500) -> None:
        super().__init__(parent)
        self._runner, self._widget, self._show_after = runner, parent, show_after_ms
        self._token: CancelToken | None = None
        self._active: int | None = None  # the run whose result is awaited
        self._runs = 0
        self.progress: QProgressDialog | None = None
        self.preview_dialog: PdfPreview | None = None
        self.progressed.connect(self._show_progress)

    @property
    def busy(self) -> bool:
        return self._active is not None

    # -- the three outputs -------------------------------------------------------------------

    def save_as(self, produce: Produce, suggested: str) -> None:
        """Ask for a file name, then write the PDF there."""
        name, _filter = QFileDialog.getSaveFileName(
            self._widget, self.tr("Save as PDF"), str(Path.home() / suggested),
            self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        self._run(produce, lambda pdf, _step: pdf, lambda pdf: self._write(path, pdf))

    def preview(self, produce: Produce, title: str) -> None:
        def pages(pdf: Pdf, step: Progress) -> tuple[Pdf, list[QImage]]:
            return pdf, list(rasterise(pdf, preview_dpi(pdf.pages), step))
        self._run(produce, pages, lambda result: self._open_preview(title, *result))

    def send_to_printer(self, produce: Produce, title: str) -> None:
        """Ask which printer (QPrintDialog), then rasterise and print in the worker."""
        printer = new_printer()
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        remember(printer)
        self._run(produce, lambda pdf, step: paint_pdf(printer, pdf, step),
                  lambda pages: self.finished.emit(
                      self.tr("{pages} pages sent to the printer.").format(pages=pages)))

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
        self._stop(self.tr("Cancelled."))

    # -- running -----------------------------------------------------------------------------

    def _run(self, produce: Produce, then: Callable[[Pdf, Progress], T],
             deliver: Callable[[T], object]) -> None:
        self.cancel()
        self._runs += 1
        run = self._active = self._runs
        self._open_progress()

        def task(token: CancelToken) -> T:
            def report(stage: Stage) -> Progress:
                def step(done: int, total: int) -> None:
                    token.check()
                    self.progressed.emit(int(stage), done, total)
                return step
            try:
                pdf = produce(lambda: token.cancelled, report(Stage.LAYOUT))
            except PrintCancelled:
                raise TaskCancelled from None
            return then(pdf, report(Stage.PAGES))

        def done(result: T) -> None:
            if self._active == run:
                self._stop("")
                deliver(result)

        def failed(exc: BaseException) -> None:
            if self._active == run:
                self._failed(exc)

        token = self._runner.submit(task, done, failed, owner=self._widget)
        if self._active == run:  # still running (a synchronous runner has finished already)
            self._token = token
            self.running.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._stop("")
        if not isinstance(exc, DomainError):
            raise exc
        self.failed.emit(exc)

    def _stop(self, message: str) -> None:
        was_busy = self.busy
        self._token, self._active = None, None
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)  # closing it would emit `canceled`
            progress.close()
            progress.deleteLater()
        if was_busy:
            self.running.emit(False)
            if message:
                self.finished.emit(message)

    # -- on the GUI thread -------------------------------------------------------------------

    def _open_progress(self) -> None:
        progress = QProgressDialog(self.tr("Laying out the pages…"), self.tr("Cancel"), 0, 0,
                                   self._widget)
        progress.setWindowTitle(self.tr("Printing"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(self._show_after)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        if self._show_after == 0:
            progress.show()

    def _show_progress(self, stage: int, done: int, total: int) -> None:
        if self.progress is None:
            return
        self.progress.setLabelText(self.tr("Laying out the pages…") if stage == Stage.LAYOUT
                                   else self.tr("Preparing the pages…"))
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _write(self, path: Path, pdf: Pdf) -> None:
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            self.failed.emit(FileError(self.tr("{file} could not be written ({reason}).").format(
                file=path.name, reason=exc.strerror)))
            return
        self.finished.emit(self.tr("Saved {pages} pages to {file}.").format(
            pages=pdf.pages, file=str(path)))

    def _open_preview(self, title: str, pdf: Pdf, pages: list[QImage]) -> PdfPreview:
        dialog = PdfPreview(new_printer(), pdf, pages, title, self._widget)
        self.preview_dialog = dialog
        dialog.destroyed.connect(self._preview_gone)
        dialog.open()
        return dialog

    def _preview_gone(self, _obj: Any = None) -> None:
        self.preview_dialog = None
