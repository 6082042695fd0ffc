"""The job editor's customer part: pick an existing customer's site, or enter a new customer.

For an existing job it only shows who the job is for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.services.customers import CustomerInput, CustomerSummary, SiteInput, find_customers
from app.services.jobs import ExistingSite, NewCustomer
from app.texts import shown
from app.ui.context import AppContext
from app.ui.latest import Latest

SEARCH_DEBOUNCE_MS = 200
SITE_ID_ROLE = Qt.ItemDataRole.UserRole


class CustomerSection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._search = Latest()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        self.existing_radio = QRadioButton(self.tr("Existing customer"), self)
        self.new_radio = QRadioButton(self.tr("New customer"), self)
        group = QButtonGroup(self)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        self.new_radio.setChecked(True)

        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name, phone or address"))
        self.results = QListWidget(self)
        self.results.setMinimumHeight(80)
        existing = QWidget(self)
        existing_layout = QVBoxLayout(existing)
        existing_layout.setContentsMargins(0, 0, 0, 0)
        existing_layout.addWidget(self.search)
        existing_layout.addWidget(self.results)

        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = QLineEdit(self)
        new = QWidget(self)
        form = QFormLayout(new)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(new)
        self.pages.addWidget(existing)
        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()

        layout = QVBoxLayout(self)
        choice = QWidget(self)
        row = QVBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_radio)
        row.addWidget(self.existing_radio)
        layout.addWidget(choice)
        layout.addWidget(self.pages)
        layout.addWidget(self.summary)
        self._choice = choice

        self.existing_radio.toggled.connect(self._mode_changed)
        self.search.textChanged.connect(self._timer.start)

    def show_existing_job(self, name: str, phone: str, address: str) -> None:
        """An existing job: show its customer, no choosing."""
        self._choice.hide()
        self.pages.hide()
        self.summary.setText(shown(f"{name}  {phone}\n{address}"))
        self.summary.show()

    def _mode_changed(self) -> None:
        self.pages.setCurrentIndex(1 if self.existing_radio.isChecked() else 0)
        (self.search if self.existing_radio.isChecked() else self.name).setFocus()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            self._search.cancel()
            self.results.clear()
            return
        db = self._ctx.db
        self._search.run(self._ctx.op(self, lambda _run: find_customers(db, text))
                         .failure(self._search_failed).success(self._show_results))

    def _show_results(self, found: list[CustomerSummary]) -> None:
        self.results.clear()
        for c in found:
            item = QListWidgetItem(shown(f"{c.name}  {c.phone}  {c.address}"), self.results)
            item.setData(SITE_ID_ROLE, c.site_id)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)

    def _search_failed(self, exc: BaseException) -> bool:
        """A search the service refuses shows no results; other troubles are told."""
        self.results.clear()
        return isinstance(exc, DomainError)

    def who(self) -> NewCustomer | ExistingSite:
        """The customer part of a new job, or ValidationError saying what is missing."""
        if self.existing_radio.isChecked():
            item = self.results.currentItem()
            if item is None:
                raise ValidationError(self.tr(
                    "Pick the customer's site from the search results, or enter a new customer."
                ))
            return ExistingSite(str(item.data(SITE_ID_ROLE)))
        return NewCustomer(
            CustomerInput(name=self.name.text(), phone=self.phone.text()),
            SiteInput(address=self.address.text()),
        )
