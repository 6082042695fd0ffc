"""Where a printed document goes once the print dialog is accepted: the platform seam.

- `Route.FILE` ("print to file"): the document's own PDF, the chosen pages only (text kept).
- `Route.CUPS` (Linux, macOS): the document's own PDF submitted to the CUPS printer as it is,
  with copies, collation, page range, sides, paper and colour (`app.printing.cups`); the print
  system lays out the pages for the printer.
- `Route.NATIVE` (Windows, or wherever there is no CUPS): the chosen pages rendered by PDFium at
  the printer's resolution, grey when they have no colour, onto the QPrinter (`raster.py`);
  copies by the printer's driver where it makes them, else painted here.

`order_of` reads the dialog's choices on the GUI thread; `deliver` runs in the worker.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from app.printing import cups
from app.printing.document import Pdf
from app.printing.page_ranges import Ranges, chosen_pages, copies_of, select_pages
from app.printing.paper import check_paper
from app.ui.printing.paper import keep_portrait, media_name, paper_of
from app.ui.printing.raster import Step, paint_pdf


class Route(Enum):
    FILE = "file"
    CUPS = "cups"
    NATIVE = "native"


SIDES = {QPrinter.DuplexMode.DuplexNone: "one-sided",
         QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",  # portrait pages
         QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
         QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}


@dataclass(frozen=True)
class Order:
    route: Route
    options: cups.JobOptions
    file: Path | None = None


@dataclass(frozen=True)
class Delivered:
    route: Route
    pages: int  # pages put out: the chosen ones times the copies (one copy for a file)
    order: Order
    submitted: cups.Submitted | None = None


def route_of(printer: QPrinter) -> Route:
    if (printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
            and printer.outputFileName()):
        return Route.FILE
    return Route.CUPS if sys.platform != "win32" and cups.available() else Route.NATIVE


def ranges_of(printer: QPrinter) -> Ranges:
    if printer.printRange() is not QPrinter.PrintRange.PageRange:
        return ()
    return tuple((r.from_, r.to) for r in printer.pageRanges().toRangeList())


def order_of(printer: QPrinter, title: str) -> Order:
    """What the print dialog chose, portrait whatever it said; a paper smaller than A5 is
    refused."""
    keep_portrait(printer)
    check_paper(paper_of(printer))
    options = cups.JobOptions(
        printer.printerName(), title, printer.copyCount(), printer.collateCopies(),
        ranges_of(printer), SIDES.get(printer.duplex(), "one-sided"), media_name(printer),
        printer.colorMode() is QPrinter.ColorMode.GrayScale)
    route = route_of(printer)
    return Order(route, options, Path(printer.outputFileName()) if route is Route.FILE
                 else None)


def deliver(order: Order, printer: QPrinter, pdf: Pdf, step: Step | None = None) -> Delivered:
    """Send `pdf` where `order` says (in the worker)."""
    options = order.options
    pages = chosen_pages(options.ranges, pdf.pages)  # refuses a range outside the document
    if order.route is Route.FILE:
        assert order.file is not None
        order.file.write_bytes(select_pages(pdf, options.ranges))
        return Delivered(Route.FILE, len(pages), order)
    out = len(pages) * max(options.copies, 1)
    if order.route is Route.CUPS:
        return Delivered(Route.CUPS, out, order, cups.submit(pdf, options, step))
    if printer.supportsMultipleCopies():  # the driver makes the copies
        sequence = pages
    else:
        sequence = copies_of(pages, options.copies, options.collate)
        printer.setCopyCount(1)
    paint_pdf(printer, pdf, step, sequence)
    return Delivered(Route.NATIVE, out, order)
