"""The job editor's customer part: find a caller among the customers (by name, phone or
address) and pick their site, or enter a new customer.

"Existing customer" comes first and is chosen, with the search box focused: most calls come
from known customers. The arrow keys move between the two choices (one button group); a search
that found nothing carries its text over to the new customer's phone (digits) or name.
`siteChosen(customer_id, site_id)` tells which site the job is for ("", "" for a new customer
or none yet). For an existing job it only shows who the job is for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
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
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerSection(QWidget):
    siteChosen = Signal(str, str)  # customer id, site id ("" and "": none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._search = Latest()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        self.existing_radio = QRadioButton(self.tr("&Existing customer"), self)
        self.new_radio = QRadioButton(self.tr("Ne&w customer"), self)
        group = QButtonGroup(self)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        self.existing_radio.setChecked(True)

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
        self.pages.addWidget(existing)
        self.pages.addWidget(new)
        self.summary = QLabel(self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()

        layout = QVBoxLayout(self)
        choice = QWidget(self)
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.existing_radio)
        row.addWidget(self.new_radio)
        row.addStretch(1)
        layout.addWidget(choice)
        layout.addWidget(self.pages)
        layout.addWidget(self.summary)
        self._choice = choice

        self.existing_radio.toggled.connect(self._mode_changed)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._site_changed)
        self._tab_to_checked()

    def show_existing_job(self, name: str, phone: str, address: str) -> None:
        """An existing job: show its customer, no choosing."""
        self._choice.hide()
        self.pages.hide()
        self.summary.setText(shown(f"{name}  {phone}\n{address}"))
        self.summary.show()

    def _mode_changed(self) -> None:
        existing = self.existing_radio.isChecked()
        self.pages.setCurrentIndex(0 if existing else 1)
        self._tab_to_checked()
        if not existing:
            self._carry_over(self.search.text().strip())
        self._site_changed()

    def _tab_to_checked(self) -> None:
        """Tab stops at the chosen one of the two (the arrow keys move between them)."""
        for radio in (self.existing_radio, self.new_radio):
            radio.setFocusPolicy(Qt.FocusPolicy.StrongFocus if radio.isChecked()
                                 else Qt.FocusPolicy.ClickFocus)

    def first_field(self) -> QWidget:
        """Where typing starts: the search, or the new customer's name."""
        return self.search if self.existing_radio.isChecked() else self.name

    def _carry_over(self, typed: str) -> None:
        """A caller not found: what was searched for starts the new customer's form."""
        if not typed or self.results.count():
            return
        digits = typed.replace(" ", "").replace("-", "")
        field = self.phone if digits.lstrip("+").isdigit() else self.name
        if not field.text():
            field.setText(typed)

    def _site_changed(self) -> None:
        item = self.results.currentItem() if self.existing_radio.isChecked() else None
        if item is None:
            self.siteChosen.emit("", "")
        else:
            self.siteChosen.emit(str(item.data(CUSTOMER_ID_ROLE)), str(item.data(SITE_ID_ROLE)))

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
            item.setData(CUSTOMER_ID_ROLE, c.id)
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
