"""File > Print day sheets…: for a date, every technician's (or one's) route page, alone (the
default) or followed by the sheets of the day's jobs not printed yet as they stand, built in
the worker with progress and Cancel; previewed, printed or saved as one PDF. Once the PDF was
printed whole or saved, the sheets it held are recorded as printed (`DocumentPrinter.batch`),
so the next batch leaves them out until their jobs change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing.document import Pdf
from app.services.day_sheet_data import Sheets, day_sheets_data
from app.services.technicians import TechnicianSummary, list_technicians
from app.texts import shown
from app.ui.context import AppContext
from app.ui.ops.printing import Produce, Progress
from app.ui.printing.document_printer import DocumentPrinter
from app.ui.widgets.error_label import ErrorLabel


class DaySheetsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Print day sheets"))
        today = dt.datetime.now(ctx.tz).date()
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.technician = QComboBox(self)
        self.technician.addItem(self.tr("All technicians"), None)
        self.pages = QComboBox(self)
        self.pages.addItem(self.tr("Route pages only"), Sheets.NONE)
        self.pages.addItem(self.tr("Route pages and the sheets not printed yet"),
                           Sheets.UNPRINTED)
        self.pages.setToolTip(self.tr(
            "A job's sheet counts as printed once it was printed or saved as it stands; a "
            "change to the job makes it unprinted again"))
        self.printer = DocumentPrinter(ctx, self, show_after_ms=0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = self._button(self.tr("Preview…"))
        self.print_button = self._button(self.tr("Print…"))
        self.save_button = self._button(self.tr("Save as PDF…"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error_label = ErrorLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Technician"), self.technician)
        form.addRow(self.tr("Pages"), self.pages)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_sheets)
        self.save_button.clicked.connect(self.save)
        self.printer.finished.connect(self.status.setText)
        self.printer.failed.connect(self.error_label.show_error)
        self.printer.running.connect(self._running)
        db = ctx.db
        ctx.op(self, lambda _run: list_technicians(db)).errors_to(
            self.error_label.show_error).success(self._technicians_loaded).run()

    def _button(self, text: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        return button

    def _technicians_loaded(self, technicians: list[TechnicianSummary]) -> None:
        for tech in technicians:
            self.technician.addItem(shown(f"{tech.code} {tech.name}"), tech.code)

    # -- the batch ---------------------------------------------------------------------------

    def day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def _produce(self) -> Produce:
        db, day, code = self._ctx.db, self.day(), self.technician.currentData()
        sheets: Sheets = self.pages.currentData()
        batch = self.printer.batch()

        def produce(cancelled: Callable[[], bool], progress: Progress) -> Pdf:
            from app.printing.day_sheets import render_day_sheets  # reportlab: when first used

            data = day_sheets_data(db, day, code, cancelled, sheets=sheets)
            pdf = render_day_sheets(data, progress, cancelled)
            batch.pdf, batch.sheets = pdf, data.sheet_prints()
            return pdf
        return produce

    def _name(self) -> str:
        code = self.technician.currentData()
        return f"day-sheets-{self.day():%Y-%m-%d}" + (f"-{code}" if code else "")

    def _title(self) -> str:
        return self.tr("Day sheets {day}").format(day=f"{self.day():%Y-%m-%d}")

    def _start(self) -> None:
        self.status.clear()
        self.error_label.clear_error()

    def preview(self) -> None:
        self._start()
        self.printer.preview(self._produce(), self._title())

    def print_sheets(self) -> None:
        self._start()
        self.printer.send_to_printer(self._produce(), self._title())

    def save(self) -> None:
        self._start()
        self.printer.save_as(self._produce(), f"{self._name()}.pdf")

    def _running(self, running: bool) -> None:
        for widget in (self.preview_button, self.print_button, self.save_button, self.date,
                       self.technician, self.pages):
            widget.setEnabled(not running)

    def done(self, result: int) -> None:
        self.printer.cancel()  # closing the dialog stops its batch
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.printer.cancel()
        super().closeEvent(event)
