"""Tools › Contracts…: the maintenance contracts (reference, customer, unit, visits a year,
price, period, the jobs made for them), those due for renewal, and for supervisors the editor:
find the customer by phone or name (Enter), pick the unit, visits a year, price, period;
Ctrl+Enter saves. A row of the list (Enter) opens it in the editor. The days ahead a visit's job
is created are set here too; the jobs themselves are created after the first sign-in of each
day, or now with "Create due jobs"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.callers import Caller
from app.services.changes import Changes
from app.services.contracts import ContractInfo, ContractInput
from app.ui.charges.lines_table import money_text
from app.ui.context import AppContext
from app.ui.ops import contracts as contract_ops
from app.ui.ops.contracts import ContractsPicture
from app.ui.parts.text_table import TextTable
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ContractsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = dt.datetime.now(ctx.tz).date()
        self.picture: ContractsPicture | None = None
        self.editing: str | None = None  # the contract in the editor (None: a new one)
        self.setWindowTitle(self.tr("Maintenance contracts"))
        self.setMinimumSize(860, 600)
        headers = [self.tr("Reference"), self.tr("Customer"), self.tr("Unit"),
                   self.tr("Visits a year"), self.tr("Price"), self.tr("From"), self.tr("To"),
                   self.tr("Jobs")]
        self.list = TextTable(headers, self)
        self.renewals = TextTable(headers, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.list, self.tr("Contracts"))
        self.tabs.addTab(self.renewals, self.tr("Due for renewal"))
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("Phone or name, then Enter"))
        self.unit = QComboBox(self)
        self.visits = QSpinBox(self)
        self.visits.setRange(1, 12)
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("300.00")
        self.starts = _date_edit(self)
        self.ends = _date_edit(self)
        self.starts.setDate(_qdate(self.today))
        self.ends.setDate(_qdate(self.today.replace(year=self.today.year + 1)))
        self.reference = QLineEdit(self)
        self.save_button = QPushButton(self.tr("Save contract"), self)
        self.new_button = QPushButton(self.tr("New contract"), self)
        self.days_ahead = QSpinBox(self)
        self.days_ahead.setRange(0, 180)
        self.days_button = QPushButton(self.tr("Keep"), self)
        self.create_button = QPushButton(self.tr("Create due jobs"), self)
        self.made = QLabel(self)
        self.error_label = ErrorLabel(self)
        self._layout()
        self._connect()
        self.load()

    def _layout(self) -> None:
        for button in (self.save_button, self.new_button, self.days_button, self.create_button):
            button.setAutoDefault(False)
        editor = QGroupBox(self.tr("Contract"), self)
        form = QFormLayout(editor)
        form.addRow(self.tr("Customer:"), self.customer)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Visits a year:"), self.visits)
        form.addRow(self.tr("Price:"), self.price)
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.ends)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Reference:"), self.reference)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        editor.setEnabled(self._ctx.actor.is_supervisor)
        jobs = QHBoxLayout()
        jobs.addWidget(QLabel(self.tr("Create a visit's job this many days ahead:"), self))
        jobs.addWidget(self.days_ahead)
        jobs.addWidget(self.days_button)
        jobs.addStretch(1)
        jobs.addWidget(self.create_button)
        self.days_ahead.setEnabled(self._ctx.actor.is_supervisor)
        self.days_button.setEnabled(self._ctx.actor.is_supervisor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(jobs)
        layout.addWidget(self.made)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)

    def _connect(self) -> None:
        self.customer.installEventFilter(self)
        self.list.activated.connect(lambda index: self.edit(index.row()))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        self.days_button.clicked.connect(self.keep_days_ahead)
        self.create_button.clicked.connect(self.create_jobs)
        save_keys(self, self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.customer and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.find_units()
            return True
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        contract_ops.load(self._ctx, self, self.today).errors_to(
            self.error_label.show_error).success(self._loaded).run()

    def _loaded(self, picture: ContractsPicture) -> None:
        self.picture = picture
        self.list.show_rows([(c.id, self._cells(c)) for c in picture.contracts])
        self.renewals.show_rows([(c.id, self._cells(c)) for c in picture.renewals])
        self.tabs.setTabText(1, self.tr("Due for renewal ({count})").format(
            count=len(picture.renewals)))
        self.days_ahead.setValue(picture.days_ahead)

    def _cells(self, c: ContractInfo) -> list[str]:
        return [c.reference, c.customer_name, c.unit, str(c.visits_per_year),
                money_text(c.price), c.starts_on.isoformat(), c.ends_on.isoformat(),
                ", ".join(c.jobs)]

    def find_units(self) -> None:
        self.error_label.clear_error()
        contract_ops.find_units(self._ctx, self, self.customer.text()).errors_to(
            self.error_label.show_error).success(self._units_found).run()

    def _units_found(self, callers: list[Caller], current: str | None = None) -> None:
        self.unit.clear()
        for caller in callers:
            for unit in caller.units:
                self.unit.addItem(f"{caller.name} · {unit.brand} {unit.model} · "
                                  f"{unit.address}", unit.id)
        if self.unit.count() == 0:
            self.error_label.show_error(self.tr("No customer with a unit matches."))
            return
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing -----------------------------------------------------------------------------

    def new(self) -> None:
        self.editing = None
        for field in (self.customer, self.price, self.reference):
            field.clear()
        self.unit.clear()
        self.customer.setFocus()

    def edit(self, row: int) -> None:
        """The list's contract in the editor."""
        assert self.picture is not None
        info = self.picture.contracts[row]
        self.editing = info.id
        self.customer.setText(info.customer_name)
        self.unit.clear()
        self.unit.addItem(f"{info.customer_name} · {info.unit}", info.equipment_id)
        self.visits.setValue(info.visits_per_year)
        self.price.setText(f"{info.price:.2f}")
        self.starts.setDate(_qdate(info.starts_on))
        self.ends.setDate(_qdate(info.ends_on))
        self.reference.setText(info.reference)
        self.visits.setFocus()

    def save(self) -> None:
        self.error_label.clear_error()
        unit = self.unit.currentData()
        if not unit:
            self.error_label.show_error(self.tr("Find the customer and choose the unit."))
            return
        contract = ContractInput(unit, self.visits.value(), self.price.text().strip() or "0",
                                 _day(self.starts), _day(self.ends), self.reference.text())
        contract_ops.save(self._ctx, self, self.editing, contract).busy(
            self.save_button).errors_to(self.error_label.show_error).success(
            self._saved).run()

    def _saved(self, result: tuple[str, Changes]) -> None:
        self.editing = result[0]
        self.load()

    def keep_days_ahead(self) -> None:
        contract_ops.set_days_ahead(self._ctx, self, self.days_ahead.value()).errors_to(
            self.error_label.show_error).success(lambda _changes: self.load()).run()

    def create_jobs(self) -> None:
        contract_ops.create_due_jobs(self._ctx, self, self.today).errors_to(
            self.error_label.show_error).success(self._created).run()

    def _created(self, made: list[str]) -> None:
        self.made.setText(self.tr("Jobs created: {numbers}").format(numbers=", ".join(made))
                          if made else self.tr("No visit is due without its job."))
        self.load()


def open_contracts(ctx: AppContext, parent: QWidget) -> ContractsDialog:
    dialog = ContractsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
