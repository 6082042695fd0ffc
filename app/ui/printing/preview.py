"""Qt's print preview of a rendered PDF: the pages come as images prepared in the worker, so
opening even a long batch does not stall the GUI; printing from the preview rasterises the PDF
again at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from app.ui.printing.print_settings import remember
from app.ui.printing.raster import paint_images, paint_pdf, previewing


class PdfPreview(QPrintPreviewDialog):
    def __init__(self, printer: QPrinter, pdf: bytes, pages: list[QImage], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.printer_ = printer  # the dialog does not own its printer: keep it alive
        self._pdf, self._pages = pdf, pages
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(self.paint)
        self.finished.connect(self._remember)

    def paint(self, printer: QPrinter) -> None:
        if previewing(printer):
            paint_images(printer, self._pages)
        else:  # "Print" in the preview: on the GUI thread, a sheet or a few is quick enough
            paint_pdf(printer, self._pdf)

    def page_count(self) -> int:
        """The pages shown (0 until the preview has been laid out)."""
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0

    def _remember(self, _result: int) -> None:
        remember(self.printer_)
