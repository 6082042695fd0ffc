"""Tools › Response hours…: how soon after the call a technician must be there, by priority
(a supervisor's station setting, checked and audited by `app.services.response_hours`).

Reading and saving are operations on the database lane; a refused setting shows its sentence
and nothing changes. New hours apply to jobs received from then on (and to a job whose
priority changes before its first visit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from app.models.enums import Priority
from app.scheduling.sla import MAX_RESPONSE_HOURS, ResponseHours
from app.services.response_hours import response_hours
from app.ui import labels
from app.ui.context import AppContext
from app.ui.ops.settings import save_response_hours
from app.ui.widgets.settings_dialog import SettingsDialog

ORDER = (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW)


class ResponseHoursDialog(SettingsDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Response hours"), parent)
        self._ctx = ctx
        self.spins: dict[Priority, QSpinBox] = {}
        form = QFormLayout()
        for priority in ORDER:
            spin = QSpinBox(self, minimum=1, maximum=MAX_RESPONSE_HOURS)
            spin.setSuffix(self.tr(" h"))
            self.spins[priority] = spin
            form.addRow(labels.priority(priority), spin)
        self.lay_out(form, self.tr(
            "How soon after the call the first visit must begin. New hours apply to jobs "
            "received from now on; the jobs already received keep the time promised."))
        db = ctx.db
        ctx.op(self, lambda _run: response_hours(db)).errors_to(
            self.error_label.show_error).success(self.show_hours).run()

    def show_hours(self, hours: ResponseHours) -> None:
        for priority, spin in self.spins.items():
            spin.setValue(hours.of(priority))
        self.settings_read()

    def hours(self) -> ResponseHours:
        value = {p: spin.value() for p, spin in self.spins.items()}
        return ResponseHours(urgent=value[Priority.URGENT], high=value[Priority.HIGH],
                             normal=value[Priority.NORMAL], low=value[Priority.LOW])

    def save(self) -> None:
        self.error_label.clear_error()
        save_response_hours(self._ctx, self, self.hours()).busy(self.save_button).errors_to(
            self.error_label.show_error).success(lambda _kept: self.accept()).run()


def open_response_hours(ctx: AppContext, parent: QWidget) -> ResponseHoursDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    dialog = ResponseHoursDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
