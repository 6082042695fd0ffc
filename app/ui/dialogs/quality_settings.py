"""Tools › Business hours and callbacks…: the station's opening hours per weekday and its
holidays (the response promise and the complaints' dues are counted in them), and the
callback policy (days until the after-visit call is due, attempts before a customer counts as
not reached). A supervisor's station settings, checked and audited by
`app.services.station_settings`.

The body is `QualitySettingsForm`, a widget of its own, so that a later Settings dialog can
hold it beside the others; `QualitySettingsDialog` wraps it with the shared Save/Cancel.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.scheduling.calendar import BusinessCalendar
from app.services.station_settings import (
    MAX_ATTEMPTS,
    MAX_CALLBACK_DAYS,
    CallbackPolicy,
    business_calendar,
    callback_policy,
)
from app.ui import labels
from app.ui.context import AppContext
from app.ui.ops.settings import save_quality_settings
from app.ui.widgets.settings_dialog import SettingsDialog

_SEPARATORS = re.compile(r"[\s,，、;；]+")


class QualitySettingsForm(QWidget):
    """Seven opening-hours fields, the holidays (one date a line) and the callback policy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours: list[QLineEdit] = []
        hours_box = QGroupBox(self.tr("Opening hours"), self)
        hours_form = QFormLayout(hours_box)
        for weekday in range(7):
            field = QLineEdit(self, placeholderText=self.tr("closed"))
            field.setToolTip(self.tr("08:00-20:00; 00:00-24:00 round the clock; empty: closed"))
            self.hours.append(field)
            hours_form.addRow(labels.weekday(weekday), field)
        self.holidays = QPlainTextEdit(self)
        self.holidays.setPlaceholderText("2026-10-01")
        self.holidays.setTabChangesFocus(True)
        self.holidays.setToolTip(self.tr("One date a line (YYYY-MM-DD): closed all day"))
        self.holidays.setMaximumHeight(90)
        hours_form.addRow(self.tr("Holidays"), self.holidays)
        calls_box = QGroupBox(self.tr("Callbacks"), self)
        calls_form = QFormLayout(calls_box)
        self.callback_days = QSpinBox(self, minimum=1, maximum=MAX_CALLBACK_DAYS)
        self.callback_days.setSuffix(self.tr(" days"))
        self.attempts = QSpinBox(self, minimum=1, maximum=MAX_ATTEMPTS)
        calls_form.addRow(self.tr("Call back within"), self.callback_days)
        calls_form.addRow(self.tr("Attempts before not reached"), self.attempts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hours_box)
        layout.addWidget(calls_box)

    def show_settings(self, calendar: BusinessCalendar, policy: CallbackPolicy) -> None:
        for field, text in zip(self.hours, calendar.texts, strict=True):
            field.setText(text)
        self.holidays.setPlainText("\n".join(d.isoformat() for d in sorted(calendar.holidays)))
        self.callback_days.setValue(policy.days)
        self.attempts.setValue(policy.attempts)

    def opening_hours(self) -> list[str]:
        return [field.text().strip() for field in self.hours]

    def holiday_texts(self) -> list[str]:
        return [t for t in _SEPARATORS.split(self.holidays.toPlainText()) if t]

    def policy(self) -> CallbackPolicy:
        return CallbackPolicy(self.callback_days.value(), self.attempts.value())


class QualitySettingsDialog(SettingsDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Business hours and callbacks"), parent)
        self._ctx = ctx
        self.form = QualitySettingsForm(self)
        layout = QVBoxLayout()
        layout.addWidget(self.form)
        self.lay_out(layout, self.tr(
            "Response hours and the complaints' dues are counted in the opening hours. New "
            "hours apply to jobs and complaints received from now on; a new callback policy "
            "to jobs completed from now on."))
        db = ctx.db
        ctx.op(self, lambda _run: (business_calendar(db), callback_policy(db))).errors_to(
            self.error_label.show_error).success(self._read).run()

    def _read(self, found: tuple[BusinessCalendar, CallbackPolicy]) -> None:
        self.form.show_settings(*found)
        self.settings_read()

    def save(self) -> None:
        self.error_label.clear_error()
        form = self.form
        save_quality_settings(self._ctx, self, form.opening_hours(), form.holiday_texts(),
                              form.policy()).busy(self.save_button).errors_to(
            self.error_label.show_error).success(lambda _kept: self.accept()).run()


def open_quality_settings(ctx: AppContext, parent: QWidget) -> QualitySettingsDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    dialog = QualitySettingsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
