"""The unit a job is about: none, one of the customer's units at the job's site, or a new one
typed here (saved with the job, in its transaction).

The units are read on the database lane (`customer_units`, the newest request wins); until they
come, the job's own unit (`JobDetail.equipment`) is offered alone, so an edit saved early still
names it. `choice()` is what the job's input names: (equipment_id, new_equipment).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.services.customers import EquipmentInput
from app.services.job_equipment import UnitChoice, customer_units
from app.texts import shown
from app.ui.context import AppContext
from app.ui.dialogs.equipment_form import EquipmentForm, warranty_text
from app.ui.latest import Latest

NEW = "new"  # the combo's data for "a new unit"


class EquipmentPicker(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = Latest()
        self._units: dict[str, UnitChoice] = {}
        self.combo = QComboBox(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.new_form = EquipmentForm(self, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.details)
        layout.addWidget(self.new_form)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.show_units([])

    # -- what is offered ---------------------------------------------------------------------

    def load_units(self, customer_id: str, site_id: str, current: str | None = None) -> None:
        """Offer the customer's units at the site (`current` chosen when among them)."""
        db = self._ctx.db
        self._query.run(self._ctx.op(self, lambda _run: customer_units(db, customer_id, site_id))
                        .errors_to(self._failed)
                        .success(lambda units: self.show_units(units, current)))

    @property
    def loading(self) -> bool:
        return self._query.busy

    def _failed(self, sentence: str) -> None:
        self.details.setText(sentence)
        self.details.show()

    def show_units(self, units: list[UnitChoice], current: str | None = None) -> None:
        self._units = {unit.id: unit for unit in units}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No unit named"), None)
        for unit in units:
            self.combo.addItem(self.unit_title(unit), unit.id)
        self.combo.addItem(self.tr("New unit…"), NEW)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)) if current else 0)
        self.combo.blockSignals(False)
        self._chosen()

    def clear_units(self) -> None:
        """No customer chosen yet, or a new one: nothing to pick, a new unit may be typed."""
        self._query.cancel()
        self.show_units([])

    def unit_title(self, unit: UnitChoice) -> str:
        serial = unit.indoor_serial or unit.outdoor_serial
        title = f"{unit.brand} {unit.model}"
        return shown(self.tr("{unit}, serial {serial}").format(unit=title, serial=serial)
                     if serial else title)

    def unit_text(self, unit: UnitChoice) -> str:
        """Serials, refrigerant and warranty: what the technician and the sheet need."""
        return shown(self.tr("Indoor {indoor} / outdoor {outdoor}, {refrigerant}; warranty: "
                             "{warranty}").format(
            indoor=unit.indoor_serial or "—", outdoor=unit.outdoor_serial or "—",
            refrigerant=unit.refrigerant,
            warranty=warranty_text(unit.warranty_end, unit.warranty)))

    # -- what is chosen ----------------------------------------------------------------------

    def _chosen(self) -> None:
        data = self.combo.currentData()
        unit = self._units.get(data) if isinstance(data, str) else None
        self.details.setText("" if unit is None else self.unit_text(unit))
        self.details.setVisible(unit is not None)
        self.new_form.setVisible(data == NEW)

    def select(self, equipment_id: str | None) -> None:
        index = self.combo.findData(equipment_id) if equipment_id else 0
        self.combo.setCurrentIndex(max(0, index))

    def choose_new(self) -> None:
        self.combo.setCurrentIndex(self.combo.findData(NEW))

    def choice(self) -> tuple[str | None, EquipmentInput | None]:
        """(one of the units, None), (None, a new unit) or (None, None)."""
        data = self.combo.currentData()
        if data == NEW:
            return None, self.new_form.equipment_input()
        return (str(data) if data else None), None
