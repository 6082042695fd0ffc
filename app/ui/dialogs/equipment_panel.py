"""The customer editor's equipment of the chosen site: the list, adding, editing, deleting."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.customer_queries import EquipmentDetail, SiteDetail
from app.services.warranty import WarrantyStatus
from app.ui.context import AppContext
from app.ui.dialogs.equipment_form import EquipmentDialog
from app.ui.dialogs.record_panel import RecordPanel
from app.ui.ops import records as record_ops


class EquipmentPanel(RecordPanel):
    def __init__(self, ctx: AppContext, prompter: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, prompter,
            [self.tr("Brand"), self.tr("Model"), self.tr("Indoor unit serial"),
             self.tr("Outdoor unit serial"), self.tr("Refrigerant"), self.tr("Capacity"),
             self.tr("Warranty")],
            (self.tr("Add equipment…"), self.tr("Edit equipment…"), self.tr("Delete equipment")),
            1, parent)
        self._site_id: str | None = None
        self._units: dict[str, EquipmentDetail] = {}
        self.add_button.setEnabled(False)

    def show_site(self, site: SiteDetail | None) -> None:
        self._site_id = None if site is None else site.id
        units = () if site is None else site.equipment
        self._units = {unit.id: unit for unit in units}
        self.set_rows([(unit.id, self._texts(unit)) for unit in units])
        self.add_button.setEnabled(site is not None)

    def _texts(self, unit: EquipmentDetail) -> list[str]:
        capacity = "" if unit.capacity_kw is None else f"{unit.capacity_kw:g} kW"
        return [unit.brand, unit.model, unit.indoor_serial, unit.outdoor_serial,
                unit.refrigerant, capacity, self.warranty_text(unit)]

    def warranty_text(self, unit: EquipmentDetail) -> str:
        if unit.warranty_end is None or unit.warranty is WarrantyStatus.UNKNOWN:
            return self.tr("Unknown")
        end = unit.warranty_end.isoformat()
        if unit.warranty is WarrantyStatus.UNDER_WARRANTY:
            return self.tr("Until {date}").format(date=end)
        return self.tr("Expired {date}").format(date=end)

    def add(self) -> None:
        if self._site_id is not None:
            self.open_dialog(EquipmentDialog(self._ctx, self._site_id, None, self), adding=True)

    def edit(self, record_id: str) -> None:
        assert self._site_id is not None
        unit = self._units[record_id]
        self.open_dialog(EquipmentDialog(self._ctx, self._site_id, unit, self), adding=False)

    def delete(self, record_id: str) -> None:
        unit = self._units[record_id]
        self.confirm_and_run(
            self.tr("Delete equipment"),
            self.tr("Delete the equipment {brand} {model}?").format(
                brand=unit.brand, model=unit.model),
            record_ops.delete_equipment(self._ctx, self, record_id))
