"""The callback queue: the open calls, the longest due first (overdue in red), all or only
those due by the end of today; a call recorded on the chosen one (`CallDialog`). What the
call led to is said under the queue: a complaint opened by an unsatisfied answer (shown in
the complaint queue), a complaint closed by the customer's confirmation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.base import utcnow
from app.models.enums import CallbackKind, CallbackStatus
from app.services.callback_queries import (
    CallbackCounts,
    CallbackRow,
    callback_counts,
    callback_queue,
)
from app.services.callbacks import CallInput, CallOutcome
from app.services.exports import ExportFilter
from app.ui.context import AppContext
from app.ui.dialogs.call_dialog import CallDialog, open_call_dialog
from app.ui.latest import Latest
from app.ui.quality.queue_models import CallbackColumn, CallbackQueueModel
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table

WIDTHS = {CallbackColumn.DUE: 130, CallbackColumn.KIND: 90, CallbackColumn.CUSTOMER: 80,
          CallbackColumn.PHONE: 100, CallbackColumn.JOB: 140, CallbackColumn.TECHNICIAN: 80,
          CallbackColumn.ATTEMPTS: 50}


class CallbacksPanel(QWidget):
    complaintOpened = Signal(str)  # the complaint an unsatisfied answer opened

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.today_only = QCheckBox(self.tr("Due by the end of today"), self)
        self.count_label = QLabel(self)
        self.call_button = QPushButton(self.tr("Record a call…"), self)
        self.call_button.setToolTip(self.tr("Record the call to the chosen customer (Enter)"))
        self.model = CallbackQueueModel(ctx.tz, self)
        self.table = record_table(self, self.model, WIDTHS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.dialog: CallDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.today_only)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        self.today_only.toggled.connect(lambda _on: self.reload())
        self.call_button.clicked.connect(lambda: self.record_call())
        self.table.activated.connect(lambda index: self.record_call(index))

    def _end_of_today(self, now: dt.datetime) -> dt.datetime:
        local = now.astimezone(self._ctx.tz)
        return dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(),
                                   tzinfo=self._ctx.tz)

    def reload(self) -> None:
        db, now, today = self._ctx.db, utcnow(), self.today_only.isChecked()
        due_by = self._end_of_today(now)

        def work(_run: object) -> tuple[list[CallbackRow], CallbackCounts]:
            return (callback_queue(db, now, due_by if today else None),
                    callback_counts(db, now, due_by))
        self._query.run(self._ctx.op(self, work).errors_to(self.error_label.show_error)
                        .success(lambda found: self.show_rows(*found, now)))

    def export_filter(self) -> ExportFilter:
        """The queue as chosen above it (File › Export list…)."""
        today = self.today_only.isChecked()
        return ExportFilter(due_by=self._end_of_today(utcnow()) if today else None)

    def show_rows(self, rows: list[CallbackRow], counts: CallbackCounts,
                  now: dt.datetime) -> None:
        chosen = self.selected()
        self.model.set_rows(rows, now)
        self.count_label.setText(self.tr("{due} due today, {overdue} overdue").format(
            due=counts.due, overdue=counts.overdue))
        row = self.model.row_of(chosen.id) if chosen else -1
        self.table.selectRow(row if row >= 0 else 0)
        self.call_button.setEnabled(bool(rows))

    def selected(self) -> CallbackRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def record_call(self, index: QModelIndex | None = None) -> CallDialog | None:
        row = (self.model.row_at(index.row()) if index is not None and index.isValid()
               else self.selected())
        if row is None:
            return None
        self.outcome.clear()
        self.dialog = open_call_dialog(self._ctx, self, row)
        self.dialog.called.connect(lambda outcome, call: self._called(row, outcome, call))
        return self.dialog

    def _called(self, row: CallbackRow, outcome: CallOutcome, call: CallInput) -> None:
        if outcome.status is CallbackStatus.OPEN:
            text = self.tr("Not reached ({attempts} attempts): the call stays in the queue.")
        elif outcome.status is CallbackStatus.UNREACHED:
            text = self.tr("Not reached after {attempts} attempts: the customer counts as not "
                           "reached.")
        elif row.kind is CallbackKind.VISIT and outcome.complaint_id:
            text = self.tr("The customer is not satisfied: a complaint was opened.")
            self.complaintOpened.emit(outcome.complaint_id)
        elif row.kind is CallbackKind.COMPLAINT and call.confirmed:
            text = self.tr("The customer confirmed the outcome: the complaint is closed.")
        elif row.kind is CallbackKind.COMPLAINT:
            text = self.tr("Not confirmed: another call is due the next business day.")
        else:
            text = self.tr("Recorded.")
        self.outcome.setText(text.format(attempts=outcome.attempts))
