"""The printer and paper size used last, remembered per user (QSettings) and applied to the
next QPrinter. Never the orientation (job sheets are portrait by design) nor a paper smaller
than A5: what is remembered never makes the next sheet unreadable."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.ui.printing.paper import keep_portrait, paper_of

ORGANIZATION = APPLICATION = "FieldDesk"
GROUP = "printing"


@dataclass(frozen=True)
class PrintSettings:
    printer_name: str = ""  # empty: the system's default printer
    paper: str = ""  # a QPageSize.PageSizeId name ("A4"); empty: the printer's default


def store() -> QSettings:
    """The user's settings file (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def load(settings: QSettings | None = None) -> PrintSettings:
    s = settings or store()
    s.beginGroup(GROUP)
    try:
        return PrintSettings(str(s.value("printer", "")), str(s.value("paper", "")))
    finally:
        s.endGroup()


def save(remembered: PrintSettings, settings: QSettings | None = None) -> None:
    s = settings or store()
    s.beginGroup(GROUP)
    s.setValue("printer", remembered.printer_name)
    s.setValue("paper", remembered.paper)
    s.remove("landscape")  # remembered by earlier versions
    s.endGroup()
    s.sync()


def page_size(name: str) -> QPageSize | None:
    size_id = QPageSize.PageSizeId.__members__.get(name)
    if size_id is None or size_id is QPageSize.PageSizeId.Custom:
        return None
    return QPageSize(size_id)


def apply(remembered: PrintSettings, printer: QPrinter) -> None:
    """Point `printer` at the remembered printer (if it still exists) and paper (if a sheet
    is readable on it), portrait."""
    if remembered.printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(remembered.printer_name)
    if (size := page_size(remembered.paper)) is not None:
        printer.setPageSize(size)
        if paper_of(printer).too_small:
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    keep_portrait(printer)


def of_printer(printer: QPrinter, before: PrintSettings) -> PrintSettings:
    """What to remember after the user chose `printer` (printing to a file keeps the printer;
    a custom paper or one smaller than A5 keeps the paper remembered before)."""
    native = printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
    size_id = printer.pageLayout().pageSize().id()
    readable = size_id is not QPageSize.PageSizeId.Custom and not paper_of(printer).too_small
    return PrintSettings(
        printer.printerName() if native and printer.printerName() else before.printer_name,
        size_id.name if readable else before.paper)


def new_printer() -> QPrinter:
    """A high-resolution QPrinter set up as the user left the last one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    apply(load(), printer)
    return printer


def remember(printer: QPrinter) -> None:
    save(of_printer(printer, load()))
