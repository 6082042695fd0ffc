"""Key in a visit's times from the signed paper sheet: the visit's date and the arrival and
finish as the technician wrote them ("14:05"; "1405" and "14.05" are read too). They replace
the times recorded before (the service audits both); the finish may stay empty.

Keyboard: the dialog opens in the arrival field; Tab goes to the finish, Enter or Ctrl+Enter
saves. A refusal (a time in the future, a finish before the arrival) shows its sentence and
the dialog stays open.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.ops import visits as visit_ops
from app.ui.ops.visits import Recorded
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


def clock_text(moment: dt.datetime | None, tz: ZoneInfo) -> str:
    return "" if moment is None else moment.astimezone(tz).strftime("%H:%M")


class SheetTimesDialog(QDialog):
    recorded = Signal(object)  # Recorded: (VisitTimes, Changes)

    def __init__(self, ctx: AppContext, appointment_id: str, number: str, day: dt.date,
                 arrived: dt.datetime | None = None, finished: dt.datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.appointment_id = ctx, appointment_id
        self.setWindowTitle(self.tr("Times from the sheet: {number}").format(number=number))
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.arrival = QLineEdit(clock_text(arrived, ctx.tz), self, placeholderText="14:05")
        self.finish = QLineEdit(clock_text(finished, ctx.tz), self, placeholderText="16:10")
        self.finish.setToolTip(self.tr("Leave empty while the visit goes on"))
        form = QFormLayout()
        form.addRow(self.tr("Visit date"), self.date)
        form.addRow(self.tr("Arrived at"), self.arrival)
        form.addRow(self.tr("Finished at"), self.finish)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for field in (self.arrival, self.finish):
            field.returnPressed.connect(self.save)
        save_keys(self, self.save)
        self.arrival.setFocus(Qt.FocusReason.OtherFocusReason)

    def day(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def save(self) -> None:
        self.error_label.clear_error()
        visit_ops.sheet_times(self._ctx, self, self.appointment_id, self.day(),
                              self.arrival.text(), self.finish.text()).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, result: Recorded) -> None:
        self.recorded.emit(result)
        self.accept()


def open_sheet_times(ctx: AppContext, parent: QWidget, appointment_id: str, number: str,
                     day: dt.date, arrived: dt.datetime | None = None,
                     finished: dt.datetime | None = None) -> SheetTimesDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    dialog = SheetTimesDialog(ctx, appointment_id, number, day, arrived, finished, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
