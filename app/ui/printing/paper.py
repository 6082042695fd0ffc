"""The paper a QPrinter is set to, as the core's `Paper`; the preview's note about it; the
orientation kept portrait (job sheets are A4 portrait pages by design)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from app.printing.paper import Paper


def paper_of(printer: QPrinter) -> Paper:
    size = printer.pageLayout().pageSize()
    mm = size.size(QPageSize.Unit.Millimeter)
    return Paper(size.name(), mm.width(), mm.height())


def media_name(printer: QPrinter) -> str:
    """The paper as CUPS names it: its PPD key ("A4", "Letter"), a custom size in mm."""
    size = printer.pageLayout().pageSize()
    if size.id() is not QPageSize.PageSizeId.Custom:
        return size.key()
    mm = size.size(QPageSize.Unit.Millimeter)
    return f"Custom.{mm.width():.0f}x{mm.height():.0f}mm"


def keep_portrait(printer: QPrinter) -> None:
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def paper_note(printer: QPrinter) -> str:
    """The sentence the preview shows about the paper and orientation ("" for A4 portrait)."""
    paper = paper_of(printer)
    notes = []
    if paper.too_small:
        notes.append(QCoreApplication.translate(
            "Paper", "{paper} is smaller than A5: job sheets are not printed on it.").format(
            paper=paper.name))
    elif not paper.is_a4:
        notes.append(QCoreApplication.translate(
            "Paper", "Printed on {paper}: the A4 pages are scaled to {percent} %.").format(
            paper=paper.name, percent=round(paper.scale * 100)))
    if printer.pageLayout().orientation() is not QPageLayout.Orientation.Portrait:
        notes.append(QCoreApplication.translate(
            "Paper", "Job sheets are printed portrait whatever the orientation chosen."))
    return " ".join(notes)
