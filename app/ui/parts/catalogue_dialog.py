"""Tools › Catalogue… (supervisors): the parts, labour and travel items with today's price, and
the selected item's prices by the day they take effect. An item is edited in the form (Ctrl+
Enter saves; "New item" starts an empty one); a price is given with the day it takes effect
(a job keeps the price its line was written with). The head office's shared items are read
only: a station's own item with the same code takes their place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import CatalogueEntry, ItemInput, ItemKind, PriceEntry
from app.services.changes import Changes
from app.ui.charges.lines_table import money_text
from app.ui.context import AppContext
from app.ui.ops import catalogue as catalogue_ops
from app.ui.parts.text_table import TextTable
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


def _kinds() -> dict[ItemKind, str]:
    return {ItemKind.PART: QCoreApplication.translate("CatalogueDialog", "Part"),
            ItemKind.LABOUR: QCoreApplication.translate("CatalogueDialog", "Labour"),
            ItemKind.TRAVEL: QCoreApplication.translate("CatalogueDialog", "Travel charge")}


class CatalogueDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = dt.datetime.now(ctx.tz).date()
        self.entries: list[CatalogueEntry] = []
        self.editing: str | None = None
        self.setWindowTitle(self.tr("Catalogue and prices"))
        self.setMinimumSize(860, 600)
        self.items = TextTable([self.tr("Code"), self.tr("Name"), self.tr("Kind"),
                                self.tr("Unit"), self.tr("Price today"),
                                self.tr("Warranty months")], self)
        self.prices = TextTable([self.tr("From"), self.tr("Price")], self)
        self.kind = QComboBox(self)
        for kind, label in _kinds().items():
            self.kind.addItem(label, kind.value)
        self.code, self.name, self.name_en = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.maker_number, self.unit = QLineEdit(self), QLineEdit(self)
        self.months = QSpinBox(self)
        self.months.setRange(0, 240)
        self.months.setSpecialValueText(self.tr("the unit's"))
        self.reorder = QLineEdit(self)
        self.active = QCheckBox(self.tr("Offered"), self)
        self.active.setChecked(True)
        self.save_button = QPushButton(self.tr("Save item"), self)
        self.new_button = QPushButton(self.tr("New item"), self)
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("45.50")
        self.price_from = QDateEdit(self)
        self.price_from.setCalendarPopup(True)
        self.price_from.setDisplayFormat("yyyy-MM-dd")
        self.price_from.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.price_button = QPushButton(self.tr("Set price"), self)
        self.error_label = ErrorLabel(self)
        self._layout()
        self.items.currentCellChanged.connect(lambda row, *_: self.edit(row))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        self.price_button.clicked.connect(self.set_price)
        save_keys(self, self.save)
        self.setEnabled(ctx.actor.is_supervisor)
        self.load()

    def _layout(self) -> None:
        for button in (self.save_button, self.new_button, self.price_button):
            button.setAutoDefault(False)
        form = QFormLayout()
        for label, field in ((self.tr("Kind:"), self.kind), (self.tr("Code:"), self.code),
                             (self.tr("Name:"), self.name),
                             (self.tr("English name:"), self.name_en),
                             (self.tr("Maker's part number:"), self.maker_number),
                             (self.tr("Unit:"), self.unit),
                             (self.tr("Own warranty (months):"), self.months),
                             (self.tr("Reorder level:"), self.reorder)):
            form.addRow(label, field)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        price = QHBoxLayout()
        price.addWidget(self.price)
        price.addWidget(self.price_from)
        price.addWidget(self.price_button)
        form.addRow(self.tr("New price from:"), price)
        form.addRow(self.prices)
        top = QHBoxLayout()
        top.addWidget(self.items, 3)
        top.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.error_label)

    def load(self, select: str | None = None) -> None:
        catalogue_ops.load(self._ctx, self, self.today).errors_to(
            self.error_label.show_error).success(lambda found: self._loaded(found, select)).run()

    def _loaded(self, entries: list[CatalogueEntry], select: str | None) -> None:
        self.entries = entries
        kinds = _kinds()
        self.items.blockSignals(True)
        self.items.show_rows([(e.id, [
            e.code, e.name, kinds[e.kind], e.unit,
            money_text(e.price) if e.price is not None else "–",
            str(e.warranty_months) if e.warranty_months is not None else ""])
            for e in entries])
        row = next((i for i, e in enumerate(entries) if e.id == select), -1)
        if row >= 0:
            self.items.setCurrentCell(row, 0)
        self.items.blockSignals(False)
        self.edit(row)  # its form and prices as saved

    def edit(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.editing = None if entry.shared else entry.id
        self.kind.setCurrentIndex(self.kind.findData(entry.kind.value))
        for field, text in ((self.code, entry.code), (self.name, entry.name),
                            (self.name_en, entry.name_en),
                            (self.maker_number, entry.maker_part_number),
                            (self.unit, entry.unit), (self.reorder, f"{entry.reorder_level}")):
            field.setText(text)
        self.months.setValue(entry.warranty_months or 0)
        self.active.setChecked(entry.active)
        catalogue_ops.prices(self._ctx, self, entry.id).errors_to(
            self.error_label.show_error).success(self._prices).run()

    def _prices(self, history: list[PriceEntry]) -> None:
        self.prices.show_rows([(p.id, [p.effective_from.isoformat(), money_text(p.price)])
                               for p in reversed(history)])

    def new(self) -> None:
        self.editing = None
        self.items.clearSelection()
        for field in (self.code, self.name, self.name_en, self.maker_number, self.unit,
                      self.reorder):
            field.clear()
        self.months.setValue(0)
        self.prices.setRowCount(0)
        self.code.setFocus()

    def item_input(self) -> ItemInput:
        return ItemInput(str(self.kind.currentData()), self.code.text(), self.name.text(),
                         self.name_en.text(), self.maker_number.text(), self.unit.text(),
                         self.months.value() or None, self.reorder.text().strip() or "0",
                         self.active.isChecked())

    def save(self) -> None:
        self.error_label.clear_error()
        catalogue_ops.save_item(self._ctx, self, self.editing, self.item_input()).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, result: tuple[str, Changes]) -> None:
        self.editing = result[0]
        self.load(select=result[0])

    def set_price(self) -> None:
        row = self.items.currentRow()
        if not 0 <= row < len(self.entries):
            self.error_label.show_error(self.tr("Choose the item to price."))
            return
        item_id, day = self.entries[row].id, self.price_from.date()
        catalogue_ops.set_price(self._ctx, self, item_id, self.price.text().strip(),
                                dt.date(day.year(), day.month(), day.day())).errors_to(
            self.error_label.show_error).success(lambda _c: self.load(select=item_id)).run()


def open_catalogue(ctx: AppContext, parent: QWidget) -> CatalogueDialog:
    dialog = CatalogueDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
