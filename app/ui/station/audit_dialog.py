"""Tools › Audit trail… (supervisors): every change of the station, newest first, filtered by
user, record kind, period and text; the selected change's fields before and after; "Open
record" opens the job, customer or technician it belongs to. The trail is read page by page
on the database lane (`app.services.audit_trail`), the newest request winning."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.audit_trail import AuditFilter, AuditPage, AuditRow
from app.texts import shown
from app.ui.context import AppContext
from app.ui.latest import Latest
from app.ui.ops import station as ops
from app.ui.widgets.error_label import ErrorLabel

PAGE = 500
DEBOUNCE_MS = 250


def _value(value: Any) -> str:
    if value is None:
        return ""
    return shown(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


def _date_edit(parent: QWidget, day: QDate) -> QDateEdit:
    edit = QDateEdit(day, parent)
    edit.setCalendarPopup(True)
    return edit


def _table(parent: QWidget, titles: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(titles), parent)
    table.setHorizontalHeaderLabels(titles)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class AuditTrailDialog(QDialog):
    openRecord = Signal(str, str)  # noqa: N815 (Qt signal): kind ("jobs"...), record id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 640)
        self._ctx = ctx
        self._query = Latest()
        self.user_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since = _date_edit(self, QDate.currentDate().addDays(-7))
        self.until_check = QCheckBox(self.tr("to"), self)
        self.until = _date_edit(self, QDate.currentDate())
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Text in a value, a reason or a user"))
        self.entries = _table(self, [self.tr("When"), self.tr("User"), self.tr("Record kind"),
                                     self.tr("Record"), self.tr("Action"), self.tr("Fields")])
        self.fields = _table(self, [self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.count_label = QLabel(self)
        self.open_button = QPushButton(self.tr("Open record"), self)
        self.error_label = ErrorLabel(self)
        self.rows: list[AuditRow] = []
        self._lay_out()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.user_combo, self.kind_combo):
            combo.addItem(self.tr("All"), "")
            combo.currentIndexChanged.connect(self.refresh)
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.entries.itemSelectionChanged.connect(self._show_fields)
        self.open_button.clicked.connect(self.open_selected)
        ops.audit_lists(ctx, self).errors_to(self.error_label.show_error).success(
            self._fill_lists).run()
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("User"), self))
        top.addWidget(self.user_combo)
        top.addWidget(QLabel(self.tr("Record kind"), self))
        top.addWidget(self.kind_combo)
        for widget in (self.since_check, self.since, self.until_check, self.until):
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        split = QSplitter(self)
        split.addWidget(self.entries)
        split.addWidget(self.fields)
        split.setSizes([620, 380])
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _fill_lists(self, lists: tuple[list[str], list[str]]) -> None:
        users, kinds = lists
        for combo, values in ((self.user_combo, users), (self.kind_combo, kinds)):
            combo.blockSignals(True)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        tz = self._ctx.tz

        def day(edit: QDateEdit, after: int) -> dt.datetime:
            d = edit.date().addDays(after)
            return dt.datetime(d.year(), d.month(), d.day(), tzinfo=tz)
        return AuditFilter(
            username=str(self.user_combo.currentData() or ""),
            entity=str(self.kind_combo.currentData() or ""),
            start=day(self.since, 0) if self.since_check.isChecked() else None,
            end=day(self.until, 1) if self.until_check.isChecked() else None,
            text=self.search.text())

    def refresh(self) -> None:
        self._query.run(ops.audit_page(self._ctx, self, self.current_filter(), 0, PAGE)
                          .errors_to(self.error_label.show_error).success(self._show))

    def _show(self, page: AuditPage) -> None:
        self.error_label.clear_error()
        self.rows = page.rows
        self.entries.setRowCount(len(page.rows))
        tz = self._ctx.tz
        for n, r in enumerate(page.rows):
            at = f"{r.at.astimezone(tz):%Y-%m-%d %H:%M:%S}"
            for column, text in enumerate((at, r.username, r.entity, shown(r.record),
                                           r.action, ", ".join(c.field for c in r.changes))):
                self.entries.setItem(n, column, QTableWidgetItem(text))
        self.count_label.setText(self.tr("{shown} of {total} changes").format(
            shown=len(page.rows), total=page.total))
        self._show_fields()

    def selected(self) -> AuditRow | None:
        rows = {i.row() for i in self.entries.selectedItems()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def _show_fields(self) -> None:
        row = self.selected()
        changes = row.changes if row is not None else ()
        self.fields.setRowCount(len(changes))
        for n, c in enumerate(changes):
            for column, text in enumerate((c.field, _value(c.before), _value(c.after))):
                self.fields.setItem(n, column, QTableWidgetItem(text))
        self.open_button.setEnabled(row is not None and row.opens is not None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None and row.opens is not None:
            self.openRecord.emit(*row.opens)
