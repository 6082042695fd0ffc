"""One complaint beside the queue: what the customer said, its five stages (who, when, what,
by when), the next stage recorded with its text (handling: anyone; review and report back:
supervisors), its re-inspection job, its job opened."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.base import utcnow
from app.models.enums import ComplaintCategory, ComplaintStage
from app.services.complaint_queries import ComplaintDetail, complaint_detail
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.formatting import local_text
from app.ui.latest import Latest
from app.ui.ops import quality as quality_ops
from app.ui.quality.queue_models import OVERDUE
from app.ui.widgets.error_label import ErrorLabel

S = ComplaintStage
SUPERVISORS_ONLY = (S.HANDLED, S.REVIEWED)  # the review and the report back


class ComplaintDetailPanel(QWidget):
    changed = Signal()  # a stage or the re-inspection job was written
    openJob = Signal(str)  # job id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.detail: ComplaintDetail | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.stages = QTreeWidget(self)
        self.stages.setRootIsDecorated(False)
        self.stages.setHeaderLabels([self.tr("Stage"), self.tr("When"), self.tr("Who"),
                                     self.tr("What"), self.tr("Due")])
        self.stages.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stages.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.step_button = QPushButton(self)
        self.reinspect_button = QPushButton(self.tr("Create the re-inspection job"), self)
        self.job_button = QPushButton(self.tr("Open job…"), self)
        self.error_label = ErrorLabel(self)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.reinspect_button, self.job_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stages, 1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.step_button.clicked.connect(self.advance)
        self.reinspect_button.clicked.connect(self.reinspect)
        self.job_button.clicked.connect(self._open_job)
        self.show_detail(None)

    def load(self, complaint_id: str | None) -> None:
        self.error_label.clear_error()
        if complaint_id is None:
            self._query.cancel()
            self.show_detail(None)
            return
        db, now = self._ctx.db, utcnow()
        self._query.run(self._ctx.op(self, lambda _run: complaint_detail(db, complaint_id, now))
                        .errors_to(self.error_label.show_error).success(self.show_detail))

    def show_detail(self, detail: ComplaintDetail | None) -> None:
        if detail is None or self.detail is None or detail.row.id != self.detail.row.id:
            self.text.clear()
        self.detail = detail
        self.stages.clear()
        self.setEnabled(detail is not None)
        if detail is None:
            self.summary.setText(self.tr("Choose a complaint in the queue."))
            self.step_button.setText(self.tr("Record the handling"))
            return
        row = detail.row
        self.summary.setText(shown(self.tr("{customer} ({phone}) · {category} · {severity}\n"
                                           "“{words}”").format(
            customer=row.customer_name, phone=row.phone,
            category=labels.complaint_category(row.category),
            severity=labels.severity(row.severity), words=row.description)))
        now = utcnow()
        for stage in detail.stages:
            late = stage.due is not None and (stage.at or now) > stage.due
            item = QTreeWidgetItem([
                labels.complaint_stage(stage.stage), local_text(stage.at, self._ctx.tz),
                stage.by, shown(stage.text), local_text(stage.due, self._ctx.tz)])
            if late:
                item.setForeground(4, QBrush(OVERDUE))
                item.setText(4, self.tr("{due} (late)").format(due=item.text(4)))
            self.stages.addTopLevelItem(item)
        self._show_step(row.stage, detail)

    def _show_step(self, stage: ComplaintStage, detail: ComplaintDetail) -> None:
        steps = {S.RECORDED: self.tr("Record the handling"),
                 S.HANDLED: self.tr("Record the review"),
                 S.REVIEWED: self.tr("Record the report back")}
        allowed = stage not in SUPERVISORS_ONLY or self._ctx.actor.is_supervisor
        self.step_button.setText(steps.get(stage, self.tr("Waiting for the customer's "
                                                          "confirmation")))
        self.step_button.setEnabled(stage in steps and allowed)
        self.text.setEnabled(stage in steps and allowed)
        self.step_button.setToolTip("" if allowed else self.tr("Supervisors review complaints "
                                                               "and report them back."))
        self.text.setPlaceholderText(
            self.tr("What was done, found or said") if stage in steps else "")
        about_install = detail.row.category is ComplaintCategory.INSTALLATION
        self.reinspect_button.setEnabled(
            detail.reinspection_job_id is None and about_install and stage is not S.CLOSED)
        self.job_button.setEnabled(detail.row.job_id is not None
                                   or detail.reinspection_job_id is not None)

    # -- writes ------------------------------------------------------------------------------

    def advance(self) -> None:
        if self.detail is None:
            return
        self.error_label.clear_error()
        complaint_id = self.detail.row.id
        quality_ops.advance_complaint(self._ctx, self, complaint_id, self.text.toPlainText()
                                     ).busy(self.step_button).errors_to(
            self.error_label.show_error).success(lambda _done: self._written(complaint_id)).run()

    def reinspect(self) -> None:
        if self.detail is None:
            return
        complaint_id = self.detail.row.id
        quality_ops.create_reinspection(self._ctx, self, complaint_id).busy(
            self.reinspect_button).errors_to(self.error_label.show_error).success(
            lambda _done: self._written(complaint_id)).run()

    def _written(self, complaint_id: str) -> None:
        self.text.clear()
        self.load(complaint_id)
        self.changed.emit()

    def _open_job(self) -> None:
        if self.detail is not None:
            job = self.detail.reinspection_job_id or self.detail.row.job_id
            if job:
                self.openJob.emit(job)
