"""Qt's print preview of a rendered PDF: the pages come as images prepared in the worker, so
opening even a long batch does not stall the GUI. A line under the pages says when the paper is
not A4 (the pages are scaled to fit) or too small. "Print" in the preview hands its printer to
`printing`: the document printer delivers the PDF as the Print button does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.printing.paper import paper_note
from app.ui.printing.print_settings import remember
from app.ui.printing.raster import paint_images, previewing


class PdfPreview(QPrintPreviewDialog):
    printing = Signal(QPrinter)

    def __init__(self, printer: QPrinter, pdf: bytes, pages: list[QImage], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.printer_ = printer  # the dialog does not own its printer: keep it alive
        self._pdf, self._pages = pdf, pages
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setContentsMargins(8, 4, 8, 4)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.note)
        self.paintRequested.connect(self.paint)
        self.finished.connect(self._remember)

    def paint(self, printer: QPrinter) -> None:
        if previewing(printer):
            self.note.setText(paper_note(printer))
            self.note.setVisible(bool(self.note.text()))
            paint_images(printer, self._pages)
        else:
            self.printing.emit(printer)

    def page_count(self) -> int:
        """The pages shown (0 until the preview has been laid out)."""
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0

    def _remember(self, _result: int) -> None:
        remember(self.printer_)
