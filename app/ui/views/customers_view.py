"""The customers list: a search box, a paged table by name, and the customer editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.customer_editor import CustomerEditor
from app.ui.itemmodels.customer_table_model import Column, CustomerTableModel
from app.ui.views.record_list import PagedListView
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table
from app.ui.widgets.shortcuts import find_key

DEBOUNCE_MS = 200
COLUMN_WIDTHS = {
    Column.NAME: 140, Column.PHONE: 115, Column.DISTRICT: 80, Column.SITES: 70,
    Column.EQUIPMENT: 70, Column.JOBS: 70,
}


class CustomersView(PagedListView[CustomerEditor]):
    CHANGES = Changes.CUSTOMERS
    model: CustomerTableModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prompter: Any = None  # the editor's questions (None: standard dialogs; tests: fake)

        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search name, phone or address"))
        self.new_button = QPushButton(self.tr("New customer"), self)
        self.count_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.model = CustomerTableModel(ctx.db, ctx.runner, self)
        self.table = record_table(self, self.model, COLUMN_WIDTHS)
        self.table.horizontalHeader().setSectionResizeMode(Column.ADDRESS,
                                                           QHeaderView.ResizeMode.Stretch)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        self._lay_out(top).addWidget(self.count_label)

        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.search_now)
        self._timer.timeout.connect(self.search_now)
        self.new_button.clicked.connect(self.new_customer)
        self.table.activated.connect(self.open_customer)
        find_key(self, self.search)  # Ctrl+F
        self._follow_model()

    new_customer = PagedListView.new_record
    open_customer = PagedListView.open_record

    def make_editor(self, customer_id: str | None) -> CustomerEditor:
        return CustomerEditor(self._ctx, customer_id, self, self.prompter)

    def count_texts(self) -> tuple[str, str]:
        return self.tr("1 customer"), self.tr("{count} customers")

    def search_now(self) -> None:
        self._timer.stop()
        if self.search.text().strip() == self.model.search and self._activated:
            return
        self._activated = True
        self.error_label.clear_error()
        self.model.set_search(self.search.text())
