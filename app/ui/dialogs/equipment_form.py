"""An air conditioner's fields (brands, serials, refrigerant, capacity, dates), its warranty in
words, and its dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from app.models.enums import Refrigerant
from app.services import customers
from app.services.changes import Changes
from app.services.customer_queries import EquipmentDetail
from app.services.customers import EquipmentInput
from app.services.warranty import WarrantyStatus
from app.ui.context import AppContext
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.optional_date import OptionalDateEdit


def warranty_text(end: dt.date | None, state: WarrantyStatus) -> str:
    """`Until 2027-05-01`, `Expired 2024-01-31` or `Unknown`."""
    if end is None or state is WarrantyStatus.UNKNOWN:
        return QCoreApplication.translate("Equipment", "Unknown")
    if state is WarrantyStatus.UNDER_WARRANTY:
        return QCoreApplication.translate("Equipment", "Until {date}").format(
            date=end.isoformat())
    return QCoreApplication.translate("Equipment", "Expired {date}").format(date=end.isoformat())


class EquipmentForm(QWidget):
    """`compact`: only what a dispatcher asks on the phone (brand, model, serials, refrigerant,
    purchase date); capacity and the commissioning and warranty dates stay unknown."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.brand = QLineEdit(self)
        self.model = QLineEdit(self)
        self.indoor_serial = QLineEdit(self)
        self.outdoor_serial = QLineEdit(self)
        self.refrigerant = QComboBox(self)
        for gas in Refrigerant:
            self.refrigerant.addItem(gas.value, gas.value)
        self.capacity = QDoubleSpinBox(self, minimum=0.0, maximum=200.0, decimals=1,
                                       singleStep=0.5)
        self.capacity.setSuffix(" kW")
        self.capacity.setSpecialValueText(self.tr("Unknown"))
        self.purchase_date = OptionalDateEdit(self)
        self.commissioning_date = OptionalDateEdit(self)
        self.warranty_end = OptionalDateEdit(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Brand"), self.brand)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Indoor unit serial"), self.indoor_serial)
        form.addRow(self.tr("Outdoor unit serial"), self.outdoor_serial)
        form.addRow(self.tr("Refrigerant"), self.refrigerant)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Purchase date"), self.purchase_date)
        form.addRow(self.tr("Commissioning date"), self.commissioning_date)
        form.addRow(self.tr("Warranty end"), self.warranty_end)
        for later in (self.capacity, self.commissioning_date, self.warranty_end):
            form.setRowVisible(later, not compact)

    def load(self, unit: EquipmentDetail) -> None:
        self.brand.setText(unit.brand)
        self.model.setText(unit.model)
        self.indoor_serial.setText(unit.indoor_serial)
        self.outdoor_serial.setText(unit.outdoor_serial)
        if self.refrigerant.findData(unit.refrigerant) < 0:
            self.refrigerant.addItem(unit.refrigerant, unit.refrigerant)
        self.refrigerant.setCurrentIndex(self.refrigerant.findData(unit.refrigerant))
        self.capacity.setValue(unit.capacity_kw or 0.0)
        self.purchase_date.set_date(unit.purchase_date)
        self.commissioning_date.set_date(unit.commissioning_date)
        self.warranty_end.set_date(unit.warranty_end)

    def equipment_input(self) -> EquipmentInput:
        capacity = self.capacity.value()
        return EquipmentInput(
            brand=self.brand.text().strip(), model=self.model.text().strip(),
            indoor_serial=self.indoor_serial.text().strip(),
            outdoor_serial=self.outdoor_serial.text().strip(),
            refrigerant=str(self.refrigerant.currentData()),
            capacity_kw=capacity if capacity > 0 else None,
            purchase_date=self.purchase_date.date(),
            commissioning_date=self.commissioning_date.date(),
            warranty_end=self.warranty_end.date(),
        )


class EquipmentDialog(RecordDialog):
    """Add equipment to a site (`unit` None) or edit one."""

    def __init__(self, ctx: AppContext, site_id: str, unit: EquipmentDetail | None,
                 parent: QWidget | None = None) -> None:
        form = EquipmentForm()
        db, actor = ctx.db, ctx.actor
        if unit is None:
            def store(value: EquipmentInput) -> Changes:
                return customers.add_equipment(db, actor, site_id, value)[1]
        else:
            form.load(unit)
            unit_id = unit.id

            def store(value: EquipmentInput) -> Changes:
                return customers.update_equipment(db, actor, unit_id, value)
        super().__init__(ctx, "", form, form.equipment_input, store, parent)
        self.setWindowTitle(self.tr("New equipment") if unit is None else self.tr("Equipment"))
        self.equipment_form = form
