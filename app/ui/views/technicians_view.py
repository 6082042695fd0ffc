"""The technicians list: search, inactive ones on request, the editor on double-click/Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.certificate_risks import ExpiredNeed, visits_needing_expired
from app.services.changes import Changes
from app.services.technicians import TechnicianSummary, list_technicians
from app.ui.context import AppContext
from app.ui.dialogs.technician_editor import TechnicianEditor
from app.ui.itemmodels.technician_table_model import (
    Column,
    TechnicianFilterProxy,
    TechnicianTableModel,
    expiring_before,
)
from app.ui.latest import Latest
from app.ui.views.record_list import RecordListView
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table
from app.ui.widgets.shortcuts import find_key

Loaded = tuple[list[TechnicianSummary], dict[str, tuple[ExpiredNeed, ...]]]
COLUMN_WIDTHS = {
    Column.CODE: 80, Column.NAME: 110, Column.TEAM: 110, Column.SKILLS: 330,
    Column.MAX_JOBS: 95, Column.ACTIVE: 60, Column.EXPIRED: 230,
}


class TechniciansView(RecordListView[TechnicianEditor]):
    CHANGES = Changes.TECHNICIANS
    model: TechnicianTableModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._query = Latest()

        self.new_button = QPushButton(self.tr("New technician"), self)
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search code, name, team, skill"))
        self.inactive_check = QCheckBox(self.tr("Show inactive"), self)
        self.count_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.model = TechnicianTableModel(self)
        self.proxy = TechnicianFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self, self.proxy, COLUMN_WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.inactive_check)
        top.addWidget(self.new_button)
        self._lay_out(top).addWidget(self.count_label)

        self.search.textChanged.connect(self._search_changed)
        self.inactive_check.toggled.connect(self.reload)
        self.new_button.clicked.connect(self.new_technician)
        self.table.activated.connect(self.open_technician)
        find_key(self, self.search)  # Ctrl+F
        self._show_count()

    new_technician = RecordListView.new_record
    open_technician = RecordListView.open_record

    def make_editor(self, tech_id: str | None) -> TechnicianEditor:
        return TechnicianEditor(self._ctx, tech_id, self)

    # -- loading -----------------------------------------------------------------------------

    def load(self, keep_loaded: bool = False) -> None:
        self.reload()  # the list is short: always read whole

    def reload(self) -> None:
        """Query the list in the background; the newest query wins."""
        db = self._ctx.db
        now = dt.datetime.now(dt.UTC)
        inactive, today = self.inactive_check.isChecked(), now.astimezone(self._ctx.tz).date()

        def query(_run: object) -> Loaded:
            return (list_technicians(db, inactive, expiring_before(today)),
                    visits_needing_expired(db, now))

        self._query.run(self._ctx.op(self, query)
                        .errors_to(self.error_label.show_error)
                        .success(lambda loaded: self._loaded(loaded, today)))

    def _loaded(self, loaded: Loaded, today: dt.date) -> None:
        rows, risks = loaded
        self.model.set_rows(rows, today, risks)
        self.table.resizeColumnToContents(Column.SKILLS)
        self._show_count()
        self._reloaded()

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
