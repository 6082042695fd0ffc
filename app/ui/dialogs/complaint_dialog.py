"""A complaint taken from a phone call, in under a minute and by keyboard: the caller found
by phone number or name (`CallerSearch`), the job and unit it is about (the newest job and
its unit chosen), category, severity, what the customer said; for an installation, the
re-inspection job in the same step. Saved by `complaints.record_complaint` as an operation;
handling is then due by the end of the business day.

Keyboard: the dialog opens in the caller search; Enter takes the caller and goes to the
category; Tab moves through severity, the customer's words and the rest; Ctrl+Enter saves.
Reached from the Quality view, the job list, the job editor and Ctrl+Shift+N.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, JobType, Severity
from app.services.callers import Caller, CallerJob
from app.services.changes import Changes
from app.services.complaints import ComplaintInput
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.caller_search import CallerSearch
from app.ui.ops import quality as quality_ops
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


class ComplaintDialog(QDialog):
    recorded = Signal(str)  # the new complaint's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 job_id: str | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._job_id = ctx, job_id
        self.setWindowTitle(self.tr("New complaint"))
        self.setMinimumWidth(560)
        self.caller = CallerSearch(ctx, self)
        self.job = QComboBox(self)
        self.unit = QComboBox(self)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Choose…"), None)
        for category in ComplaintCategory:
            self.category.addItem(labels.complaint_category(category), category.value)
        self.severity = QComboBox(self)
        for severity in Severity:
            self.severity.addItem(labels.severity(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MODERATE.value))
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.words.setMaximumHeight(90)
        self.reinspect = QCheckBox(self.tr("Create the re-inspection job now"), self)
        self.reinspect.setToolTip(self.tr("For a complaint about an installation: a "
                                          "high-priority inspection of the unit"))
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self._lay_out()
        self._show_caller(None)
        self.caller.chosen.connect(self._chosen)
        self.job.currentIndexChanged.connect(self._job_chosen)
        self.category.currentIndexChanged.connect(lambda _i: self._enable_reinspect())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys(self, self.save)
        self.caller.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Caller"), self.caller)
        form.addRow(self.tr("Job"), self.job)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Customer's words"), self.words)
        form.addRow("", self.reinspect)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for first, second in ((self.caller.search, self.category),
                              (self.category, self.severity), (self.severity, self.words),
                              (self.words, self.job), (self.job, self.unit),
                              (self.unit, self.reinspect)):
            QWidget.setTabOrder(first, second)

    # -- the caller, their jobs and units ----------------------------------------------------

    def _chosen(self, caller: Caller) -> None:
        self._show_caller(caller)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_caller(self, caller: Caller | None) -> None:
        self.job.blockSignals(True)
        self.job.clear()
        self.job.addItem(self.tr("No job"), None)
        self.unit.clear()
        self.unit.addItem(self.tr("No unit"), None)
        for job in caller.jobs if caller else ():
            self.job.addItem(self.tr("{number} · {type} · {status}").format(
                number=job.number, type=labels.job_type(job.job_type),
                status=labels.status(job.status)), job.id)
        for unit in caller.units if caller else ():
            self.unit.addItem(shown(f"{unit.brand} {unit.model} · {unit.address}"), unit.id)
        wanted = self.job.findData(self._job_id) if self._job_id else -1
        self.job.setCurrentIndex(wanted if wanted >= 0 else min(1, self.job.count() - 1))
        self.job.blockSignals(False)
        self._job_chosen()
        for combo in (self.job, self.unit):
            combo.setEnabled(caller is not None)

    def _job_chosen(self, _index: int = 0) -> None:
        job = self._caller_job()
        if job is not None and job.equipment_id:
            self.unit.setCurrentIndex(max(self.unit.findData(job.equipment_id), 0))
        self._enable_reinspect()

    def _caller_job(self) -> CallerJob | None:
        caller, wanted = self.caller.caller, self.job.currentData()
        return next((j for j in caller.jobs if j.id == wanted), None) if caller else None

    def _enable_reinspect(self) -> None:
        job = self._caller_job()
        install = (self.category.currentData() == ComplaintCategory.INSTALLATION.value
                   or (job is not None and job.job_type is JobType.INSTALL))
        self.reinspect.setEnabled(install)
        if not install:
            self.reinspect.setChecked(False)

    # -- saving ------------------------------------------------------------------------------

    def complaint(self) -> ComplaintInput | None:
        """What the form says, or None (with the sentence shown) when it is not complete."""
        caller = self.caller.caller
        if caller is None:
            self.error_label.show_error(self.tr("Find the caller first: a phone number or a "
                                                "name, then Enter."))
            return None
        if self.category.currentData() is None:
            self.error_label.show_error(self.tr("Choose what the complaint is about."))
            return None
        return ComplaintInput(caller.customer_id, self.category.currentData(),
                              self.words.toPlainText(), self.severity.currentData(),
                              self.job.currentData(), self.unit.currentData(),
                              reinspect=self.reinspect.isChecked())

    def save(self) -> None:
        self.error_label.clear_error()
        complaint = self.complaint()
        if complaint is None:
            return
        quality_ops.record_complaint(self._ctx, self, complaint).busy(
            self.save_button).errors_to(self.error_label.show_error).success(self._saved).run()

    def _saved(self, result: tuple[str, Changes]) -> None:
        self.recorded.emit(result[0])
        self.accept()


def open_complaint_dialog(ctx: AppContext, parent: QWidget, search: str = "",
                          job_id: str | None = None) -> ComplaintDialog:
    """Open the dialog (non-modal, deleted when closed): on a phone number already known
    (`search`) the caller is looked up at once, and `job_id` is the job chosen."""
    dialog = ComplaintDialog(ctx, parent, job_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if search:
        dialog.caller.search_for(search)
        if dialog.caller.callers:
            dialog.caller.take_current()
    return dialog
