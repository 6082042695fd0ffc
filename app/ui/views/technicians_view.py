"""The technicians list: search, inactive ones on request, the editor on double-click/Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from app.services.errors import DomainError
from app.services.technicians import TechnicianSummary, list_technicians
from app.ui.context import AppContext, Notify
from app.ui.dialogs.technician_editor import TechnicianEditor
from app.ui.itemmodels.technician_table_model import (
    Column,
    TechnicianFilterProxy,
    TechnicianTableModel,
    expiring_before,
)
from app.ui.widgets.error_label import ErrorLabel

COLUMN_WIDTHS = {
    Column.CODE: 80, Column.NAME: 110, Column.TEAM: 110, Column.SKILLS: 330,
    Column.MAX_JOBS: 95, Column.ACTIVE: 60,
}


class TechniciansView(QWidget):
    def __init__(self, ctx: AppContext, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._notify = ctx, notify
        self._activated = False
        self._generation = 0
        self._select_after_load: str | None = None
        self.editor: TechnicianEditor | None = None

        self.new_button = QPushButton(self.tr("New technician"), self)
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search code, name, team, skill"))
        self.inactive_check = QCheckBox(self.tr("Show inactive"), self)
        self.count_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.model = TechnicianTableModel(self)
        self.proxy = TechnicianFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.inactive_check)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._search_changed)
        self.inactive_check.toggled.connect(self.reload)
        self.new_button.clicked.connect(self.new_technician)
        self._show_count()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        table.activated.connect(self.open_technician)
        return table

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if self._activated:
            return
        self._activated = True
        self.reload()

    def refresh(self) -> None:
        self._activated = True
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self._activated and changes & Changes.TECHNICIANS:
            self.reload()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Query the list in the background; an answer older than the newest query is dropped."""
        self._generation += 1
        generation, db = self._generation, self._ctx.db
        inactive, today = self.inactive_check.isChecked(), dt.datetime.now(self._ctx.tz).date()
        self._ctx.runner.submit(
            lambda _t: list_technicians(db, inactive, expiring_before(today)),
            lambda rows: self._loaded(generation, rows, today),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _loaded(self, generation: int, rows: list[TechnicianSummary], today: dt.date) -> None:
        if generation != self._generation:
            return
        self.error_label.clear_error()
        self.model.set_rows(rows, today)
        self._show_count()
        if self._select_after_load is not None:
            self.select_technician(self._select_after_load)
            self._select_after_load = None

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        if generation == self._generation:
            self.error_label.show_error(exc)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total == 1:
            text = self.tr("1 technician")
        elif shown == total:
            text = self.tr("{count} technicians").format(count=total)
        else:
            text = self.tr("{shown} of {count} technicians").format(shown=shown, count=total)
        self.count_label.setText(text)

    def select_technician(self, tech_id: str) -> None:
        row = self.model.row_of(tech_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def technician_at(self, row: int) -> str:
        """The id of the technician shown on the table's `row` (after sorting and search)."""
        return self.model.technician_id(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    # -- the editor --------------------------------------------------------------------------

    def new_technician(self) -> TechnicianEditor:
        return self._open_editor(None)

    def open_technician(self, index: QModelIndex) -> TechnicianEditor | None:
        if not index.isValid():
            return None
        return self._open_editor(self.technician_at(index.row()))

    def _open_editor(self, tech_id: str | None) -> TechnicianEditor:
        editor = TechnicianEditor(self._ctx, tech_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self._report)
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        editor.open()
        return editor

    def _editor_gone(self) -> None:
        self.editor = None

    def _report(self, changes: Changes, tech_id: str) -> None:
        self._select_after_load = tech_id
        self._notify(changes)
