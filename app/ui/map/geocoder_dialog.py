"""Tools › Geocoder…: which online service finds addresses when the line is up (supervisors).

The settings belong to this database file and are checked before they are kept
(`app.services.geocoder_settings`); reading and saving them are operations on the database lane.
A refused setting shows its sentence and nothing changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from app.geo.datum import Datum
from app.geo.online import ProviderSettings
from app.services.geocoder_settings import (
    DELAY_RANGE,
    KEYLESS_SERVICES,
    TIMEOUT_RANGE,
    geocoder_settings,
    set_geocoder_settings,
)
from app.ui.context import AppContext
from app.ui.widgets.settings_dialog import SettingsDialog


class GeocoderDialog(SettingsDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Geocoder"), parent)
        self.setMinimumWidth(520)
        self._ctx = ctx
        self._settings = ProviderSettings()

        self.service_combo = QComboBox(self)
        self.service_combo.setEditable(True)  # any keyless geopy service, e.g. pelias
        self.service_combo.addItems(KEYLESS_SERVICES)
        self.datum_combo = QComboBox(self)
        for datum, label in ((Datum.WGS84, self.tr("WGS84 (OpenStreetMap, GPS)")),
                             (Datum.GCJ02, self.tr("GCJ-02 (AMap, Tencent)")),
                             (Datum.BD09, self.tr("BD-09 (Baidu)"))):
            self.datum_combo.addItem(label, datum.value)
        self.server_edit = QLineEdit(self)
        self.server_edit.setPlaceholderText(self.tr("the service's own"))
        self.timeout_spin = self._seconds(TIMEOUT_RANGE, self._settings.timeout)
        self.delay_spin = self._seconds(DELAY_RANGE, self._settings.min_delay_seconds)
        form = QFormLayout()
        form.addRow(self.tr("Service:"), self.service_combo)
        form.addRow(self.tr("Answers in datum:"), self.datum_combo)
        form.addRow(self.tr("Server:"), self.server_edit)
        form.addRow(self.tr("Timeout:"), self.timeout_spin)
        form.addRow(self.tr("Pause between requests:"), self.delay_spin)
        self.lay_out(form, self.tr(
            "Sites are located from the local cache first, then by this service when the line "
            "is up, then by the offline gazetteer. Services that need an API key are not "
            "offered: the station database keeps no keys."))
        db = ctx.db
        ctx.op(self, lambda _run: geocoder_settings(db)).errors_to(
            self.error_label.show_error).success(self._show).run()

    def _show(self, settings: ProviderSettings) -> None:
        self._settings = settings
        self.service_combo.setCurrentText(settings.name)
        self.datum_combo.setCurrentIndex(self.datum_combo.findData(settings.datum.value))
        self.server_edit.setText(f"http://{settings.domain}" if settings.domain
                                 and settings.scheme == "http" else settings.domain)
        self.timeout_spin.setValue(settings.timeout)
        self.delay_spin.setValue(settings.min_delay_seconds)
        self.settings_read()

    def _seconds(self, bounds: tuple[float, float], value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(*bounds)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(value)
        return spin

    def save(self) -> None:
        server = self.server_edit.text()
        wanted = replace(
            self._settings, name=self.service_combo.currentText(),
            datum=Datum(self.datum_combo.currentData()), domain=server,
            scheme="https" if server.strip() else self._settings.scheme,
            timeout=self.timeout_spin.value(), min_delay_seconds=self.delay_spin.value())
        self.error_label.clear_error()
        db, actor = self._ctx.db, self._ctx.actor
        self._ctx.op(self, lambda _run: set_geocoder_settings(db, actor, wanted)).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            lambda _kept: self.accept()).run()


def open_geocoder_settings(ctx: AppContext, parent: QWidget) -> GeocoderDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    dialog = GeocoderDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
