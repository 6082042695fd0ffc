"""The printer, paper size and orientation used last, remembered per user (QSettings) and
applied to the next QPrinter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

ORGANIZATION = APPLICATION = "FieldDesk"
GROUP = "printing"


@dataclass(frozen=True)
class PrintSettings:
    printer_name: str = ""  # empty: the system's default printer
    paper: str = ""  # a QPageSize.PageSizeId name ("A4"); empty: the printer's default
    landscape: bool = False


def store() -> QSettings:
    """The user's settings file (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def load(settings: QSettings | None = None) -> PrintSettings:
    s = settings or store()
    s.beginGroup(GROUP)
    try:
        return PrintSettings(str(s.value("printer", "")), str(s.value("paper", "")),
                             str(s.value("landscape", "false")).lower() == "true")
    finally:
        s.endGroup()


def save(remembered: PrintSettings, settings: QSettings | None = None) -> None:
    s = settings or store()
    s.beginGroup(GROUP)
    s.setValue("printer", remembered.printer_name)
    s.setValue("paper", remembered.paper)
    s.setValue("landscape", "true" if remembered.landscape else "false")
    s.endGroup()
    s.sync()


def page_size(name: str) -> QPageSize | None:
    size_id = QPageSize.PageSizeId.__members__.get(name)
    if size_id is None or size_id is QPageSize.PageSizeId.Custom:
        return None
    return QPageSize(size_id)


def apply(remembered: PrintSettings, printer: QPrinter) -> None:
    """Point `printer` at the remembered printer (if it still exists) and paper."""
    if remembered.printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(remembered.printer_name)
    if (size := page_size(remembered.paper)) is not None:
        printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if remembered.landscape
                               else QPageLayout.Orientation.Portrait)


def of_printer(printer: QPrinter, before: PrintSettings) -> PrintSettings:
    """What to remember after the user chose `printer` (printing to a file keeps the printer)."""
    native = printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
    layout = printer.pageLayout()
    size_id = layout.pageSize().id()
    return PrintSettings(
        printer.printerName() if native and printer.printerName() else before.printer_name,
        "" if size_id is QPageSize.PageSizeId.Custom else size_id.name,
        layout.orientation() is QPageLayout.Orientation.Landscape)


def new_printer() -> QPrinter:
    """A high-resolution QPrinter set up as the user left the last one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    apply(load(), printer)
    return printer


def remember(printer: QPrinter) -> None:
    save(of_printer(printer, load()))
