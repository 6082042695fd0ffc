"""A job's sheet: Print…, Preview…, Save as PDF…, and the blank sheet to fill in on site (shown
in the preview, printed from there), for the job editor's main tab and the job list.

"Save as PDF…" proposes the job number in the user's documents folder and says what was
written (the path) under the buttons. Ctrl+P prints where the owner binds `print_sheet`.
Printing proposes the station's copies of each job sheet (Settings › Printing); a sheet
printed or saved (blank or not) is recorded as printed, so a day's batch leaves it out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.printing.document import Pdf
from app.services.printed_sheets import sheet_print
from app.services.settings_sections import Printing
from app.services.station_settings import get_section
from app.ui.context import AppContext
from app.ui.ops.printing import Produce
from app.ui.printing.document_printer import Batch, Copies, DocumentPrinter
from app.ui.widgets.error_label import ErrorLabel


def job_sheet_producer(db: Database, job_id: str, blank: bool = False,
                       batch: Batch | None = None) -> Produce:
    """What DocumentPrinter runs in the worker to lay out the job's sheet (the board's block
    menu prints with it too); `batch` hears which sheet it holds."""

    def produce(_cancelled: object, _progress: object) -> Pdf:
        from app.printing.job_sheet import render_job_sheet  # reportlab: when first used
        from app.services.job_sheet_data import sheet_data

        data = sheet_data(db, job_id)
        pdf = render_job_sheet(data, blank)
        if batch is not None:
            batch.pdf, batch.sheets = pdf, (sheet_print(data),)
        return pdf
    return produce


def sheet_copies(db: Database) -> Copies:
    """The copies of each job sheet the station prints (Settings › Printing)."""
    return lambda: get_section(db, Printing).copies


class SheetButtons(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job_id: str | None = None
        self.number = ""
        self.printer = DocumentPrinter(ctx, self, copies=sheet_copies(ctx.db))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Print the job sheet (Ctrl+P)"))
        self.preview_button = QPushButton(self.tr("Preview…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.blank_button = QPushButton(self.tr("Blank sheet for paper…"), self)
        self.blank_button.setToolTip(self.tr(
            "The job's data with an empty checklist and empty lines for parts and both "
            "signatures, to fill in on site"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = ErrorLabel(self)
        row = QHBoxLayout()
        for button in self.buttons():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)

        self.print_button.clicked.connect(self.print_sheet)
        self.preview_button.clicked.connect(self.preview_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.blank_button.clicked.connect(self.blank_sheet)
        self.printer.finished.connect(self.status.setText)
        self.printer.failed.connect(self.error_label.show_error)
        self.printer.running.connect(self._running)
        self._running(False)

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.print_button, self.preview_button, self.save_button, self.blank_button

    def set_job(self, job_id: str | None, number: str = "") -> None:
        """The job whose sheet the buttons print (None: no job, the buttons are off)."""
        self.job_id, self.number = job_id, number
        self._running(self.printer.busy)

    def _produce(self, blank: bool = False) -> Produce:
        assert self.job_id is not None
        return job_sheet_producer(self._ctx.db, self.job_id, blank, self.printer.batch())

    def _title(self, blank: bool = False) -> str:
        return (self.tr("Blank job sheet {number}") if blank
                else self.tr("Job sheet {number}")).format(number=self.number)

    def print_sheet(self) -> None:
        if self._start():
            self.printer.send_to_printer(self._produce(), self._title())

    def preview_sheet(self) -> None:
        if self._start():
            self.printer.preview(self._produce(), self._title())

    def save_sheet(self) -> None:
        if self._start():
            self.printer.save_as(self._produce(), f"{self.number or 'job'}.pdf")

    def blank_sheet(self) -> None:
        if self._start():
            self.printer.preview(self._produce(blank=True), self._title(blank=True))

    def _start(self) -> bool:
        self.status.clear()
        self.error_label.clear_error()
        return self.job_id is not None

    def _running(self, running: bool) -> None:
        for button in self.buttons():
            button.setEnabled(not running and self.job_id is not None)
