"""One call of a callback: reached or not (the task stays open for another try up to the
station's attempts); reached on an after-visit call, the customer's four scores 1-5
(timeliness, attitude, quality of work, price) and remarks; on a complaint's call, whether the
customer confirms the outcome (which closes the complaint). An answer of 2 or less opens a
complaint linked to the call (the service does it; the dialog says so).

Keyboard: Alt+R reached, Alt+N not reached; a score takes its digit; Ctrl+Enter saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CallbackKind
from app.services.callback_queries import CallbackRow
from app.services.callbacks import ASPECTS, CallInput, CallOutcome
from app.services.changes import Changes
from app.texts import shown
from app.ui.context import AppContext
from app.ui.ops import quality as quality_ops
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


class CallDialog(QDialog):
    called = Signal(object, object)  # CallOutcome, the CallInput recorded

    def __init__(self, ctx: AppContext, row: CallbackRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Callback: {customer}").format(customer=shown(
            row.customer_name)))
        who = QLabel(shown(self.tr("{customer}  {phone}  ·  {job}").format(
            customer=row.customer_name, phone=row.phone, job=row.job_number or "")), self)
        self.reached = QRadioButton(self.tr("&Reached"), self)
        self.not_reached = QRadioButton(self.tr("&Not reached"), self)
        group = QButtonGroup(self)
        for button in (self.reached, self.not_reached):
            group.addButton(button)
        self.reached.setChecked(True)
        self.scores: dict[str, QComboBox] = {}
        names = {"timeliness": self.tr("Timeliness"), "attitude": self.tr("Attitude"),
                 "quality": self.tr("Quality of work"), "price": self.tr("Price")}
        form = QFormLayout()
        form.addRow(who)
        answer = QHBoxLayout()
        answer.addWidget(self.reached)
        answer.addWidget(self.not_reached)
        answer.addStretch(1)
        form.addRow(self.tr("Call"), answer)
        complaint_call = row.kind is CallbackKind.COMPLAINT
        for aspect in ASPECTS:
            combo = QComboBox(self)
            combo.addItem("—", None)
            for score in range(5, 0, -1):
                combo.addItem(str(score), score)
            self.scores[aspect] = combo
            if not complaint_call:
                form.addRow(names[aspect], combo)
            else:
                combo.hide()
        self.confirm = QComboBox(self)
        self.confirm.addItem(self.tr("Choose…"), None)
        self.confirm.addItem(self.tr("Confirms the outcome"), True)
        self.confirm.addItem(self.tr("Does not confirm"), False)
        if complaint_call:
            form.addRow(self.tr("Complaint outcome"), self.confirm)
        else:
            self.confirm.hide()
        self.remarks = QLineEdit(self)
        form.addRow(self.tr("Remarks"), self.remarks)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reached.toggled.connect(self._answers_enabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys(self, self.save)

    def _answers_enabled(self, reached: bool) -> None:
        for combo in (*self.scores.values(), self.confirm):
            combo.setEnabled(reached)

    def call(self) -> CallInput:
        if not self.reached.isChecked():
            return CallInput(False, remarks=self.remarks.text())
        scores = {aspect: combo.currentData() for aspect, combo in self.scores.items()}
        confirmed = self.confirm.currentData() if self.row.kind is CallbackKind.COMPLAINT else None
        return CallInput(True, remarks=self.remarks.text(), confirmed=confirmed, **scores)

    def save(self) -> None:
        self.error_label.clear_error()
        quality_ops.record_call(self._ctx, self, self.row.id, self.call()).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, result: tuple[CallOutcome, Changes]) -> None:
        self.called.emit(result[0], self.call())
        self.accept()


def open_call_dialog(ctx: AppContext, parent: QWidget, row: CallbackRow) -> CallDialog:
    dialog = CallDialog(ctx, row, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
