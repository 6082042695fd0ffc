"""Create or edit a job: customer, job details and its unit, status actions, its visits and the
job sheet's printing (main tab), the checklist (for job types that have one), the charges
(parts, labour and travel with the warranty's decision), signatures, and the job's history.

Every read and write is an operation on the database lane; a refusal (or an environmental
error) shows its sentence in red, the dialog stays open and Save stays usable. Each successful
write is announced on the change bus by its operation, the editor (or its tab) as initiator.
A new caller's site is announced by `siteSaved` once the job is saved, to be located.

Keyboard: a new job opens in the customer search; Ctrl+Enter saves from any field; Ctrl+P
prints an existing job's sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, TransitionError
from app.models.enums import JobStatus
from app.services import jobs
from app.services.changes import Changes
from app.services.checklists import JobChecklist, job_checklist
from app.services.jobs import JobDetail
from app.services.status import OPEN
from app.ui.charges.charges_panel import ChargesPanel
from app.ui.checklist.tab import ChecklistTab
from app.ui.context import AppContext
from app.ui.dialogs.complaint_dialog import open_complaint_dialog
from app.ui.dialogs.completion_note import CompletionNote
from app.ui.dialogs.customer_section import CustomerSection
from app.ui.dialogs.history_tab import HistoryTab
from app.ui.dialogs.job_form import JobForm
from app.ui.dialogs.job_visits import VisitsBox
from app.ui.dialogs.prompts import Prompter
from app.ui.dialogs.status_buttons import StatusButtons
from app.ui.i18n import error_text
from app.ui.latest import Latest
from app.ui.ops import jobs as job_ops
from app.ui.ops.saving import Created
from app.ui.printing.sheet_buttons import SheetButtons
from app.ui.printing.signatures_tab import SignaturesTab
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys

EDITABLE = OPEN | {JobStatus.COMPLETED}


def _box(title: str, content: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    QVBoxLayout(box).addWidget(content)
    return box


class JobEditor(QDialog):
    siteSaved = Signal(str)  # the site of a new caller, saved with the new job

    def __init__(self, ctx: AppContext, job_id: str | None = None,
                 parent: QWidget | None = None, prompter: Any = None) -> None:
        super().__init__(parent)
        self._ctx, self._job_id = ctx, job_id
        self.prompter = prompter or Prompter()
        self.detail: JobDetail | None = None
        self.checklist: ChecklistTab | None = None
        self.signatures: SignaturesTab | None = None
        self.charges: ChargesPanel | None = None
        self._load = Latest()
        self.setWindowTitle(self.tr("New job") if job_id is None else self.tr("Job"))
        self.setMinimumWidth(720)

        self.customer = CustomerSection(ctx, self)
        self.form = JobForm(ctx, self)
        self.status_buttons = StatusButtons(self)
        self.status_buttons.setVisible(job_id is not None)
        self.blockers = CompletionNote(ctx, self)  # why the job cannot be completed yet
        self.complaint_button = QPushButton(self.tr("Complaint…"), self)
        self.complaint_button.setToolTip(self.tr("Take a complaint about this job "
                                                 "(Ctrl+Shift+N)"))
        self.complaint_button.setVisible(job_id is not None)
        self.complaint_button.setEnabled(False)  # until the job is loaded
        self.complaint_dialog: QDialog | None = None
        self.visits = VisitsBox(ctx, job_id, self) if job_id is not None else None
        self.sheet = SheetButtons(ctx, self) if job_id is not None else None
        self.history = HistoryTab(ctx, self)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_page(), self.tr("Details"))
        if job_id is not None:
            self.charges = ChargesPanel(ctx, job_id, self, self.prompter)
            self.charges.changed.connect(self._checklist_changed)
            self.tabs.addTab(self.charges, self.tr("Charges"))
            self.signatures = SignaturesTab(ctx, job_id, self)
            self.signatures.changed.connect(self._signed)
            self.tabs.addTab(self.signatures, self.tr("Signatures"))
            self.tabs.addTab(self.history, self.tr("History"))
        else:
            self.history.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.status_buttons.requested.connect(self.request_status)
        self.buttons.addButton(self.complaint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.complaint_button.clicked.connect(self.take_complaint)
        complaint_keys = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        complaint_keys.activated.connect(self.take_complaint)
        if self.visits is not None:
            self.visits.recorded.connect(self.reload)
        save_keys(self, self.save)
        if self.sheet is not None:
            printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
            printing.activated.connect(self.sheet.print_sheet)
        if job_id is None:
            self.customer.siteChosen.connect(self._site_chosen)
            self._site_chosen("", "")
        else:
            self.save_button.setEnabled(False)  # until the job is loaded
            self.reload()
            self._load_checklist(job_id)

    def _details_page(self) -> QScrollArea:
        """Status, customer, the job and its unit; an existing job's visits and sheet."""
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.status_buttons)
        page_layout.addWidget(self.blockers)
        page_layout.addWidget(_box(self.tr("Customer"), self.customer, page))
        page_layout.addWidget(_box(self.tr("Job"), self.form, page))
        if self.visits is not None and self.sheet is not None:
            page_layout.addWidget(self.visits)
            page_layout.addWidget(_box(self.tr("Job sheet"), self.sheet, page))
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        scroll.setWidget(page)
        return scroll

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Opens with the cursor where typing starts: the customer search for a new job."""
        first = not self.property("shown_once")
        super().showEvent(event)
        if first:
            self.setProperty("shown_once", True)
            target = (self.customer.first_field() if self._job_id is None
                      else self.form.type_combo)
            target.setFocus(Qt.FocusReason.TabFocusReason)

    @property
    def record_id(self) -> str | None:
        """The job edited (None until a new one is saved)."""
        return self._job_id

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        assert self._job_id is not None
        db, job_id = self._ctx.db, self._job_id
        self._load.run(self._ctx.op(self, lambda _run: jobs.get_job(db, job_id))
                       .errors_to(self.error_label.show_error).success(self._loaded))
        self.history.load(job_id)
        if self.signatures is not None:
            self.signatures.load()
        if self.visits is not None:
            self.visits.load()
        if self.charges is not None:
            self.charges.load()

    def _loaded(self, detail: JobDetail) -> None:
        self.detail = detail
        self.setWindowTitle(self.tr("Job {number}").format(number=detail.number))
        if self.sheet is not None:
            self.sheet.set_job(detail.id, detail.number)
        self.customer.show_existing_job(detail.customer_name, detail.phone, detail.address)
        self.form.load(detail)
        editable = detail.status in EDITABLE
        self.form.setEnabled(editable)
        self.save_button.setEnabled(editable)
        if self.charges is not None:
            self.charges.setEnabled(editable)
        if self.checklist is not None:
            self.checklist.setEnabled(editable)
            self.checklist.set_job(detail.number, detail.job_type)
        self.status_buttons.set_status(detail.status, detail.hold_reason)
        self.complaint_button.setEnabled(True)
        self.blockers.load(detail)

    def _load_checklist(self, job_id: str) -> None:
        """Once: a reload after a status change keeps what was typed in the checklist."""
        db = self._ctx.db
        self._ctx.op(self, lambda _run: job_checklist(db, job_id)).errors_to(
            self.error_label.show_error).success(self._checklist_loaded).run()

    def _checklist_loaded(self, checklist: JobChecklist | None) -> None:
        if checklist is None:
            return
        self.checklist = ChecklistTab(self._ctx, checklist, self)
        self.checklist.changed.connect(self._checklist_changed)
        if self.detail is not None:
            self.checklist.setEnabled(self.detail.status in EDITABLE)
            self.checklist.set_job(self.detail.number, self.detail.job_type)
        self.tabs.insertTab(1, self.checklist, self.tr("Checklist"))

    def _checklist_changed(self, _changes: Changes) -> None:
        """The checklist or the charges changed: the history has more, and the signatures
        given before show as void."""
        assert self._job_id is not None
        self.history.load(self._job_id)
        if self.signatures is not None:
            self.signatures.load()  # the signed content changed: earlier signatures are void

    def _signed(self, _changes: Changes) -> None:
        assert self._job_id is not None
        self.history.load(self._job_id)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save; a refusal shows its sentence under the form and Save stays usable."""
        self.error_label.clear_error()
        try:
            job = self.form.job_input(self.detail)
            who = self.customer.who() if self._job_id is None else None
        except DomainError as exc:
            self.error_label.show_error(exc)
            return
        job_ops.save_job(self._ctx, self, self._job_id, who, job).busy(
            self.save_button, self.status_buttons).errors_to(
            self.error_label.show_error).success(self._saved).run()

    def _site_chosen(self, customer_id: str, site_id: str) -> None:
        """A new job's unit is one of the chosen site's, or a new one."""
        if customer_id:
            self.form.equipment.load_units(customer_id, site_id)
        else:
            self.form.equipment.clear_units()

    def _saved(self, result: Created) -> None:
        self._job_id, _changes, new_site = result
        if new_site is not None:
            self.siteSaved.emit(new_site)
        self.accept()

    def take_complaint(self) -> QDialog | None:
        """The complaint dialog on this job's customer and job (non-modal)."""
        if self.detail is None:
            return None
        self.complaint_dialog = open_complaint_dialog(self._ctx, self, self.detail.phone,
                                                      self.detail.id)
        return self.complaint_dialog

    # -- status ------------------------------------------------------------------------------

    def request_status(self, target: JobStatus) -> None:
        """A status button: ask a reason where the service needs one, then change."""
        self.error_label.clear_error()
        reason = ""
        if target is JobStatus.ON_HOLD:
            answer = self.prompter.reason(self, self.tr("Put on hold"),
                                          self.tr("Why is the job on hold?"))
            if answer is None:
                return
            reason = answer
        elif target is JobStatus.CANCELLED:
            answer = self.prompter.reason(self, self.tr("Cancel job"),
                                          self.tr("Why is the job cancelled?"))
            if answer is None:
                return
            reason = answer
        self.change_status(target, reason)

    def change_status(self, target: JobStatus, reason: str = "", override: bool = False) -> None:
        assert self._job_id is not None
        job_ops.change_status(self._ctx, self, self._job_id, target, reason, override).busy(
            self.save_button, self.status_buttons).errors_to(
            self.error_label.show_error).failure(
            lambda exc: self._gate_override(exc, target, override)).success(
            self._status_changed).run()

    def _status_changed(self, _changes: Changes) -> None:
        self.reload()

    def _gate_override(self, exc: BaseException, target: JobStatus, override: bool) -> bool:
        """Completion refused by its gate: a supervisor may complete anyway, with a reason
        (True: asked and done; False: the refusal is shown)."""
        gate = (isinstance(exc, TransitionError) and target is JobStatus.COMPLETED
                and not override and self._ctx.actor.is_supervisor)
        if not gate:
            return False
        label = self.tr("{problem}\nComplete anyway as supervisor? Give the reason:").format(
            problem=error_text(exc))
        reason = self.prompter.reason(self, self.tr("Supervisor override"), label)
        if reason is None:
            return False
        self.change_status(JobStatus.COMPLETED, reason, override=True)
        return True


def open_job_editor(ctx: AppContext, job_id: str | None, parent: QWidget) -> JobEditor:
    """Open the editor on a job (None: a new one), non-modal, deleted when closed (each save
    is announced on the change bus by its operation)."""
    editor = JobEditor(ctx, job_id, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
