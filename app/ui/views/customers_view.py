"""The customers list: a search box, a paged table by name, and the customer editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.ui.context import AppContext, Notify
from app.ui.dialogs.customer_editor import CustomerEditor
from app.ui.itemmodels.customer_table_model import Column, CustomerTableModel
from app.ui.widgets.error_label import ErrorLabel

DEBOUNCE_MS = 200
COLUMN_WIDTHS = {
    Column.NAME: 140, Column.PHONE: 115, Column.DISTRICT: 80, Column.SITES: 70,
    Column.EQUIPMENT: 70, Column.JOBS: 70,
}


class CustomersView(QWidget):
    def __init__(self, ctx: AppContext, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._notify = ctx, notify
        self._activated = False
        self._select_after_load: str | None = None
        self.editor: CustomerEditor | None = None
        self.prompter: Any = None  # the editor's questions (None: standard dialogs; tests: fake)

        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search name, phone or address"))
        self.new_button = QPushButton(self.tr("New customer"), self)
        self.count_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.model = CustomerTableModel(ctx.db, ctx.runner, self)
        self.table = self._make_table()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.search_now)
        self._timer.timeout.connect(self.search_now)
        self.new_button.clicked.connect(self.new_customer)
        self.model.totalChanged.connect(self._show_total)
        self.model.loadFinished.connect(self._loaded)
        self.model.loadFailed.connect(self.error_label.show_error)
        self._show_total(0)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(Column.ADDRESS,
                                                      QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self.open_customer)
        return table

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if self._activated:
            return
        self._activated = True
        self.model.reload()

    def refresh(self) -> None:
        self._activated = True
        self.model.reload(keep_loaded=True)

    def on_changes(self, changes: Changes) -> None:
        if self._activated and changes & Changes.CUSTOMERS:
            self.model.reload(keep_loaded=True)

    # -- searching ---------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        if self.search.text().strip() == self.model.search and self._activated:
            return
        self._activated = True
        self.error_label.clear_error()
        self.model.set_search(self.search.text())

    def _show_total(self, total: int) -> None:
        if total == 1:
            self.count_label.setText(self.tr("1 customer"))
        else:
            self.count_label.setText(self.tr("{count} customers").format(count=f"{total:,}"))

    def _loaded(self) -> None:
        self.error_label.clear_error()
        if self._select_after_load is None:
            return
        row = self.model.row_of(self._select_after_load)
        self._select_after_load = None
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- the editor --------------------------------------------------------------------------

    def new_customer(self) -> CustomerEditor:
        return self._open_editor(None)

    def open_customer(self, index: QModelIndex) -> CustomerEditor | None:
        if not index.isValid():
            return None
        return self._open_editor(self.model.customer_id(index.row()))

    def _open_editor(self, customer_id: str | None) -> CustomerEditor:
        editor = CustomerEditor(self._ctx, customer_id, self, self.prompter)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self._report)
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        editor.open()
        return editor

    def _editor_gone(self) -> None:
        self.editor = None

    def _report(self, changes: Changes, customer_id: str) -> None:
        self._select_after_load = customer_id
        self._notify(changes)
