"""Close from paper (File › Close from paper…, Ctrl+Shift+R): a signed sheet comes back and
the dispatcher keys it in without the mouse.

Type the job number, or scan the sheet's QR code (a scanner types it and presses Enter): the
job is found and the form fills. Then the visit's arrival and finish ("14:05"), the checklist
as on the sheet (the checklist form of the job editor), the parts used (the job editor's
Charges panel: they are written as they are added), whether the customer signed on paper and
the scanned sheet's file. Ctrl+Enter saves the times, the answers and the sheet, each through
its service; the job's status is left to the job editor.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.checklists import JobChecklist
from app.services.paper_sheets import PaperJob
from app.ui import labels
from app.ui.charges.charges_panel import ChargesPanel
from app.ui.checklist.form import ChecklistForm
from app.ui.context import AppContext
from app.ui.dialogs.prompts import Prompter
from app.ui.formatting import local_text
from app.ui.i18n import current_language
from app.ui.ops import paper as paper_ops
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClosePaperDialog(QDialog):
    closed = Signal(object)  # Changes, once saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.job: PaperJob | None = None
        self.checklist: ChecklistForm | None = None
        self.setWindowTitle(self.tr("Close from paper"))
        self.setMinimumWidth(760)
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Job number, or scan the sheet's code"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.visit_combo = QComboBox(self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.arrival = QLineEdit(self)
        self.arrival.setPlaceholderText("14:05")
        self.finish = QLineEdit(self)
        self.finish.setPlaceholderText("16:20")
        self.checklist_box = QGroupBox(self.tr("Checklist"), self)
        self.checklist_layout = QVBoxLayout(self.checklist_box)
        self.charges = ChargesPanel(ctx, None, self, prompter)
        self.signed = QCheckBox(self.tr("The customer signed the sheet on paper"), self)
        self.scan_path = QLineEdit(self)
        self.scan_path.setPlaceholderText(self.tr("The scanned sheet (PDF or image)"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setAutoDefault(False)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)
        self.body = QWidget(self)
        self._layout()
        self.body.setEnabled(False)
        self.save_button.setEnabled(False)
        self.find_field.installEventFilter(self)
        self.visit_combo.currentIndexChanged.connect(self._visit_chosen)
        self.browse.clicked.connect(self.choose_scan)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys(self, self.save)

    def _layout(self) -> None:
        find = QFormLayout()
        find.addRow(self.tr("Job:"), self.find_field)
        find.addRow("", self.summary)
        times = QHBoxLayout()
        for label, field in ((self.tr("Arrival:"), self.arrival),
                             (self.tr("Finish:"), self.finish)):
            times.addWidget(QLabel(label, self))
            times.addWidget(field)
        visit = QFormLayout()
        visit.addRow(self.tr("Visit:"), self.visit_combo)
        visit.addRow(self.tr("Date:"), self.day)
        visit.addRow(self.tr("Times on the sheet:"), times)
        scan = QHBoxLayout()
        scan.addWidget(self.scan_path, 1)
        scan.addWidget(self.browse)
        parts = QGroupBox(self.tr("Parts and labour used"), self)
        QVBoxLayout(parts).addWidget(self.charges)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(visit)
        body.addWidget(self.checklist_box, 1)
        body.addWidget(parts, 1)
        body.addWidget(self.signed)
        body.addLayout(scan)
        layout = QVBoxLayout(self)
        layout.addLayout(find)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the job field (a scanner ends with it) finds the job."""
        if watched is self.find_field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() in ENTER:
            self.find_job()
            return True
        return super().eventFilter(watched, event)

    # -- finding -----------------------------------------------------------------------------

    def find_job(self) -> None:
        self.error_label.clear_error()
        paper_ops.find(self._ctx, self, self.find_field.text()).busy().errors_to(
            self.error_label.show_error).success(self._found).run()

    def _found(self, found: tuple[PaperJob, JobChecklist | None]) -> None:
        job, checklist = found
        self.job = job
        text = self.tr("{number} · {type} · {customer}").format(
            number=job.number, type=labels.job_type(job.job_type), customer=job.customer_name)
        if job.sheet_current is False:
            text += "\n" + self.tr("The job changed after this sheet was printed: compare the "
                                   "paper with the job.")
        self.summary.setText(text)
        self.visit_combo.clear()
        for visit in job.visits:
            self.visit_combo.addItem(local_text(visit.start, self._ctx.tz), visit.id)
        if not job.visits:
            self.visit_combo.addItem(self.tr("No visit booked: the times cannot be kept"), None)
        self.visit_combo.setCurrentIndex(self.visit_combo.count() - 1)
        self._show_checklist(checklist)
        self.charges.set_job(job.id)
        self.body.setEnabled(True)
        self.save_button.setEnabled(True)
        self.arrival.setFocus(Qt.FocusReason.OtherFocusReason)

    def _visit_chosen(self) -> None:
        if self.job is None:
            return
        visit = next((v for v in self.job.visits if v.id == self.visit_combo.currentData()),
                     None)
        if visit is None:
            return
        start = visit.start.astimezone(self._ctx.tz)
        self.day.setDate(QDate(start.year, start.month, start.day))
        for field, moment in ((self.arrival, visit.actual_start),
                              (self.finish, visit.actual_end)):
            field.setText(moment.astimezone(self._ctx.tz).strftime("%H:%M") if moment else "")

    def _show_checklist(self, checklist: JobChecklist | None) -> None:
        if self.checklist is not None:
            self.checklist.deleteLater()
            self.checklist = None
        self.checklist_box.setVisible(checklist is not None)
        if checklist is None:
            return
        self.checklist = ChecklistForm(checklist.template, checklist.facts, current_language(),
                                       self.checklist_box)
        self.checklist.set_answers(checklist.answers)
        self.checklist_layout.addWidget(self.checklist)

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The scanned sheet"), "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self.scan_path.setText(path)

    # -- saving ------------------------------------------------------------------------------

    def entry(self) -> paper_ops.PaperEntry:
        assert self.job is not None
        answers: dict[str, Any] | None = (self.checklist.typed() if self.checklist is not None
                                          else None)
        scan = self.scan_path.text().strip()
        day = self.day.date()
        return paper_ops.PaperEntry(
            self.job.id, self.visit_combo.currentData(),
            dt.date(day.year(), day.month(), day.day()),
            self.arrival.text(), self.finish.text(), answers, self.signed.isChecked(),
            Path(scan) if scan else None)

    def save(self) -> None:
        if self.job is None or not self.save_button.isEnabled():
            return
        self.error_label.clear_error()
        paper_ops.close_from_paper(self._ctx, self, self.entry()).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, changes: Changes) -> None:
        self.closed.emit(changes)
        self.accept()


def open_close_from_paper(ctx: AppContext, parent: QWidget) -> ClosePaperDialog:
    dialog = ClosePaperDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
