"""The customer editor's equipment of the chosen site: the list, adding, editing, deleting."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.customer_queries import EquipmentDetail, SiteDetail
from app.ui.context import AppContext
from app.ui.dialogs.equipment_form import EquipmentDialog, warranty_text
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
                unit.refrigerant, capacity, warranty_text(unit.warranty_end, unit.warranty)]

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
