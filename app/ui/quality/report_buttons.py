"""The monthly quality report from the Quality view: Save as PDF…, Print…, Preview… of the
chosen month, in the UI's language. The report is read and laid out on the database lane by
the document printer (`DocumentPrinter`: progress, Cancel), the same PDF as
`fielddesk report quality`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.db import Database
from app.printing.document import Pdf
from app.services.months import Month
from app.ui.context import AppContext
from app.ui.i18n import current_language
from app.ui.ops.printing import Produce, Progress
from app.ui.printing.document_printer import DocumentPrinter


def report_producer(db: Database, month: Month, language: str) -> Produce:
    """Read the month's report, then lay it out (reportlab: imported when first used)."""

    def produce(_cancelled: Callable[[], bool], progress: Progress) -> Pdf:
        from app.printing.quality_report import render_quality_report
        from app.services.quality_report import quality_report

        progress(0, 2)
        report = quality_report(db, month)
        progress(1, 2)
        pdf = render_quality_report(report, language)
        progress(2, 2)
        return pdf
    return produce


class ReportButtons(QWidget):
    def __init__(self, ctx: AppContext, month: Callable[[], Month],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._month = ctx, month
        self.printer = DocumentPrinter(ctx, self)
        self.save_button = QPushButton(self.tr("Report as PDF…"), self)
        self.save_button.setToolTip(self.tr("The month's quality report: figures, charts, "
                                            "technicians, complaints with their four stages"))
        self.print_button = QPushButton(self.tr("Print report…"), self)
        self.preview_button = QPushButton(self.tr("Preview report…"), self)
        self.status = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            layout.addWidget(button)
        layout.addWidget(self.status)
        self.save_button.clicked.connect(self.save_report)
        self.print_button.clicked.connect(self.print_report)
        self.preview_button.clicked.connect(self.preview_report)
        self.printer.finished.connect(self.status.setText)
        self.printer.failed.connect(self.status.setText)
        self.printer.running.connect(self._running)

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.save_button, self.print_button, self.preview_button

    def _running(self, running: bool) -> None:
        for button in self.buttons():
            button.setEnabled(not running)

    def _produce(self) -> Produce:
        return report_producer(self._ctx.db, self._month(), current_language())

    def _title(self) -> str:
        return self.tr("Quality report {month}").format(month=self._month())

    def save_report(self) -> None:
        self.status.clear()
        self.printer.save_as(self._produce(), f"quality-{self._month()}.pdf")

    def print_report(self) -> None:
        self.status.clear()
        self.printer.send_to_printer(self._produce(), self._title())

    def preview_report(self) -> None:
        self.status.clear()
        self.printer.preview(self._produce(), self._title())
