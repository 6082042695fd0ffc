"""The job list: filters, a server-sorted paged table (with the business time left to each
open job's response promise), the job editor on double-click/Enter, the selected job's sheet
(Print… (Ctrl+P), Preview…, Save as PDF…, the blank sheet), and a complaint about it
(Complaint…, Ctrl+Shift+N from the main window).

Ctrl+F goes to the search box. A new caller's address saved with a new job is located at once
(`SiteLocator`); the line under the list says how precisely.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from app.geo.address_parts import home_area
from app.services.changes import Changes
from app.services.job_queries import JobFilter
from app.ui.context import AppContext
from app.ui.dialogs.complaint_dialog import ComplaintDialog, open_complaint_dialog
from app.ui.dialogs.job_editor import JobEditor
from app.ui.itemmodels.job_table_model import SORT_KEYS, Column, JobTableModel
from app.ui.locating import SiteLocator
from app.ui.printing.sheet_buttons import SheetButtons
from app.ui.views.job_filter_bar import JobFilterBar
from app.ui.views.record_list import PagedListView
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table
from app.ui.widgets.shortcuts import find_key

COLUMN_WIDTHS = {
    Column.NUMBER: 135, Column.TYPE: 80, Column.PRIORITY: 55, Column.STATUS: 75,
    Column.CUSTOMER: 75, Column.PHONE: 105, Column.ADDRESS: 245, Column.TECHNICIANS: 80,
    Column.NEXT_VISIT: 115, Column.SLA_DUE: 115, Column.TIME_LEFT: 110, Column.CREATED: 115,
}


class JobsView(PagedListView[JobEditor]):
    model: JobTableModel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter_bar = JobFilterBar(ctx, self)
        self.new_button = QPushButton(self.tr("New job"), self)
        self.complaint_button = QPushButton(self.tr("Complaint…"), self)
        self.complaint_button.setToolTip(self.tr("Take a complaint; about the selected job "
                                                 "when one is selected (Ctrl+Shift+N)"))
        self.complaint_dialog: ComplaintDialog | None = None
        self.count_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.model = JobTableModel(ctx.db, ctx.runner, ctx.tz, self)
        self.table = record_table(self, self.model, COLUMN_WIDTHS)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        header.setStretchLastSection(True)
        self.sheet = SheetButtons(ctx, self)
        self.located = QLabel(self)  # where a new caller's address was located
        self.located.setWordWrap(True)
        self.locator = SiteLocator(ctx, self)

        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.complaint_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.sheet)
        layout = self._lay_out(top)
        layout.addLayout(bottom)
        layout.addWidget(self.located)

        self.filter_bar.filterChanged.connect(self.apply_filter)
        self.new_button.clicked.connect(self.new_job)
        self.complaint_button.clicked.connect(self.take_complaint)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.table.activated.connect(self.open_job)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.locator.located.connect(self._located)
        printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        printing.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing.activated.connect(self.sheet.print_sheet)
        find_key(self, self.filter_bar.search)
        self._follow_model()

    new_job = PagedListView.new_record
    open_job = PagedListView.open_record

    def make_editor(self, job_id: str | None) -> JobEditor:
        editor = JobEditor(self._ctx, job_id, self)
        editor.siteSaved.connect(self.locator.locate)
        return editor

    def _located(self, text: str, attention: bool) -> None:
        self.located.setStyleSheet("color: #ef6c00;" if attention else "")
        self.located.setText(text)

    def count_texts(self) -> tuple[str, str]:
        return self.tr("1 job"), self.tr("{count} jobs")

    # -- the view protocol -------------------------------------------------------------------

    def load(self, keep_loaded: bool = False) -> None:
        """The technicians (for the filter) and the first page; once, the station's area (the
        gazetteer is read on the lane, not while the window opens)."""
        self.filter_bar.load_technicians()
        if self.model.home is None:
            address = self._ctx.station.address
            self._ctx.op(self, lambda _run: home_area(address)).success(self.model.set_home).run()
        self.model.reload(keep_loaded)

    def on_changes(self, changes: Changes, initiator: QObject | None = None) -> None:
        if not self._activated:
            return
        if changes & Changes.TECHNICIANS:
            self.filter_bar.load_technicians()
        if changes & Changes.JOBS:
            self._follow_editor(initiator)
            self.model.reload(keep_loaded=True)

    # -- filtering and sorting ---------------------------------------------------------------

    def apply_filter(self, job_filter: JobFilter | None = None) -> None:
        self.error_label.clear_error()
        self.model.set_filter(job_filter or self.filter_bar.current_filter())

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(column):
            self.model.sort(column, order)
            return
        key, descending = self.model.sort_key
        current = next(c for c, k in SORT_KEYS.items() if k is key)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # -- the selected job's sheet ------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            job = self.model.row_at(rows[0].row())
            self.sheet.set_job(job.id, job.number)
        else:
            self.sheet.set_job(None)

    def take_complaint(self) -> ComplaintDialog:
        """The complaint dialog, on the selected job's customer and job if one is selected."""
        rows = self.table.selectionModel().selectedRows()
        job = self.model.row_at(rows[0].row()) if len(rows) == 1 else None
        self.complaint_dialog = open_complaint_dialog(
            self._ctx, self, job.phone if job else "", job.id if job else None)
        return self.complaint_dialog

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_job(index))
        menu.addAction(self.tr("Complaint…"), self.take_complaint)
        menu.addSeparator()
        for button in self.sheet.buttons():
            menu.addAction(button.text(), button.click).setEnabled(button.isEnabled())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))
