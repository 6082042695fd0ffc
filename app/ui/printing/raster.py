"""PDF pages as images (PDFium, through pypdfium2) and painted onto a QPrinter.

Qt's own PDF module is not part of PySide6-Essentials; PDFium renders the core's PDF exactly
as a viewer would. Pages are rendered one at a time (a 300 dpi A4 page is 35 MB), at the
printer's resolution up to `PRINT_DPI`; the preview gets lighter images. QImage and QPainter
on a QPrinter are safe in a worker thread, so printing a batch runs in the task runner.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.errors import DomainError

PRINT_DPI = 300  # sharper is invisible on a service sheet and costs 4x the memory per step
PREVIEW_DPI = 150
PREVIEW_BUDGET = 400 * 1024 * 1024  # bytes of images a preview may hold in all
PDF_POINTS_PER_INCH = 72
Step = Callable[[int, int], None]  # pages done, pages in all
_PDFIUM = threading.RLock()  # PDFium is not thread-safe: one document at a time


class PrinterError(DomainError):
    """The printer could not be started."""


def page_count(pdf: bytes) -> int:
    with _PDFIUM:
        doc = _pdfium().PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()


def preview_dpi(pages: int) -> float:
    """`PREVIEW_DPI`, lowered so that a long batch's pages fit the preview's memory budget."""
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Inch)
    bytes_per_dot = 4 * a4.width() * a4.height() * max(pages, 1)
    return min(PREVIEW_DPI, math.sqrt(PREVIEW_BUDGET / bytes_per_dot))


def rasterise(pdf: bytes, dpi: float, step: Step | None = None
              ) -> Generator[QImage, None, None]:
    """Each page as an RGB image at `dpi`; `step(done, total)` after each (it may raise to
    stop)."""
    with _PDFIUM:
        doc = _pdfium().PdfDocument(pdf)
        try:
            total = len(doc)
            for n in range(total):
                page = doc[n]
                bitmap = page.render(scale=dpi / PDF_POINTS_PER_INCH, rev_byteorder=True,
                                     prefer_bgrx=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888).copy()  # own the pixels
                bitmap.close()
                page.close()
                yield image
                if step is not None:
                    step(n + 1, total)
        finally:
            doc.close()


def previewing(printer: QPrinter) -> bool:
    """True while QPrintPreviewDialog records pages (its engine is a picture recorder)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() is QPaintEngine.Type.Picture


def print_dpi(printer: QPrinter) -> float:
    if previewing(printer):
        return PREVIEW_DPI
    return float(min(printer.resolution(), PRINT_DPI))


def _target(page: QSizeF, image: QImage) -> QRectF:
    """The image scaled into the page keeping its proportions, centred."""
    size = QSizeF(image.size()).scaled(page, Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF((page.width() - size.width()) / 2, (page.height() - size.height()) / 2,
                  size.width(), size.height())


def paint_images(printer: QPrinter, images: Iterable[QImage]) -> int:
    """One page of `printer` per image, each filling the sheet of paper; returns the count."""
    printer.setFullPage(True)  # the PDF brings its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(QCoreApplication.translate(
            "Printing", "The printer could not be started: check that it is on, then try again."))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    pages = 0
    try:
        for image in images:
            if pages:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel).size()
            painter.drawImage(_target(paper, image), image)
            pages += 1
    except BaseException:
        painter.end()
        _discard(printer)
        raise
    painter.end()
    return pages


def _discard(printer: QPrinter) -> None:
    """After a cancel or a failure: drop the print job where the engine can (Windows), and a
    half-written "print to file" document."""
    printer.abort()
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)


def paint_pdf(printer: QPrinter, pdf: bytes, step: Step | None = None) -> int:
    """Rasterise the PDF at the printer's resolution (capped) and print it page by page."""
    pages = rasterise(pdf, print_dpi(printer), step)
    try:
        return paint_images(printer, pages)
    finally:
        pages.close()  # releases PDFium at once if printing stopped half-way


def _pdfium() -> Any:
    """PDFium, loaded with the first document rasterised (not at the application's start)."""
    import pypdfium2  # type: ignore[import-untyped]

    return pypdfium2
