"""PDF pages as images (PDFium, through pypdfium2), for the preview and for printers that take
no PDF (Windows: `delivery.Route.NATIVE`), painted onto a QPrinter.

Qt's own PDF module is not part of PySide6-Essentials; PDFium renders the core's PDF exactly
as a viewer would. For a printer, each page is rendered at the printer's own resolution (up to
`MAX_PRINT_DPI`), in 8-bit grey when the page has no colour (a quarter of the colour bytes,
and what a laser printer prints anyway), one page at a time. QImage and QPainter on a QPrinter
are safe in a worker thread, so printing a batch runs in the task runner.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Generator, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.errors import DomainError
from app.printing.document import Pdf
from app.printing.pdfium import LOCK, pdfium

MAX_PRINT_DPI = 600  # a laser printer's resolution; an A4 page in grey is then 35 MB
MAX_COLOUR_DPI = 300  # colour pages take 4 bytes a dot
PREVIEW_DPI = 150
COLOUR_PROBE_DPI = 24  # enough to see a coloured mark, cheap to look at
PREVIEW_BUDGET = 400 * 1024 * 1024  # bytes of images a preview may hold in all
PDF_POINTS_PER_INCH = 72
Step = Callable[[int, int], None]  # pages done, pages in all


class PrinterError(DomainError):
    """The printer could not be started."""


def preview_dpi(pages: int) -> float:
    """`PREVIEW_DPI`, lowered so that a long batch's pages fit the preview's memory budget."""
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Inch)
    bytes_per_dot = 4 * a4.width() * a4.height() * max(pages, 1)
    return min(PREVIEW_DPI, math.sqrt(PREVIEW_BUDGET / bytes_per_dot))


def _image(page: Any, dpi: float, grey: bool) -> QImage:
    scale = dpi / PDF_POINTS_PER_INCH
    if grey:
        bitmap = page.render(scale=scale, grayscale=True)
        fmt = QImage.Format.Format_Grayscale8
    else:
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        fmt = QImage.Format.Format_RGBX8888
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    bitmap.close()  # the copy owns its pixels
    return image


def has_colour(page: Any) -> bool:
    """Whether anything on the page is not a shade of grey (seen at `COLOUR_PROBE_DPI`)."""
    return not _image(page, COLOUR_PROBE_DPI, grey=False).allGray()


def coloured_pages(pdf: bytes, pages: Iterable[int]) -> frozenset[int]:
    """Which of the 1-based `pages` have colour on them (each looked at once, small)."""
    with LOCK:
        doc = pdfium().PdfDocument(pdf)
        try:
            found = set()
            for number in set(pages):
                page = doc[number - 1]
                if has_colour(page):
                    found.add(number)
                page.close()
            return frozenset(found)
        finally:
            doc.close()


def rasterise(pdf: bytes, dpi: float, step: Step | None = None,
              pages: Sequence[int] | None = None, colour: Collection[int] | None = None
              ) -> Generator[QImage, None, None]:
    """The `pages` (1-based, repeats allowed; default all) as images at `dpi`. Given the
    pages that have `colour`, every other page comes in 8-bit grey and a coloured one at up
    to `MAX_COLOUR_DPI`. `step(done, total)` after each (it may raise to stop)."""
    with LOCK:
        doc = pdfium().PdfDocument(pdf)
        try:
            order = list(pages) if pages is not None else list(range(1, len(doc) + 1))
            for done, number in enumerate(order, 1):
                page = doc[number - 1]
                grey = colour is not None and number not in colour
                yield _image(page, dpi if grey or colour is None
                             else min(dpi, MAX_COLOUR_DPI), grey=grey)
                page.close()
                if step is not None:
                    step(done, len(order))
        finally:
            doc.close()


def previewing(printer: QPrinter) -> bool:
    """True while QPrintPreviewDialog records pages (its engine is a picture recorder)."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() is QPaintEngine.Type.Picture


def print_dpi(printer: QPrinter) -> float:
    """The printer's own resolution (up to `MAX_PRINT_DPI`)."""
    return float(min(printer.resolution(), MAX_PRINT_DPI))


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
    if not painter.end() or printer.printerState() is QPrinter.PrinterState.Error:
        raise PrinterError(QCoreApplication.translate(
            "Printing", "The printer did not take the pages: check that it is on and "
                        "ready, then try again."))
    return pages


def _discard(printer: QPrinter) -> None:
    """After a cancel or a failure: drop the print job where the engine can (Windows), and a
    half-written "print to file" document."""
    printer.abort()
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)


def paint_pdf(printer: QPrinter, pdf: Pdf, step: Step | None = None,
              pages: Sequence[int] | None = None) -> int:
    """Print the PDF's `pages` (default all) at the printer's resolution, page by page; in
    black and white (the printer's grey mode) when none of them has colour."""
    order = list(pages) if pages is not None else list(range(1, pdf.pages + 1))
    colour = coloured_pages(pdf, order)
    if not colour:
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
    images = rasterise(pdf, print_dpi(printer), step, order, colour)
    try:
        return paint_images(printer, images)
    finally:
        images.close()  # releases PDFium at once if printing stopped half-way
