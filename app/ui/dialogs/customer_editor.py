"""Create or edit a customer: their fields, their sites and each site's equipment.

A new customer is saved together with a first site; the dialog then stays open on the saved
customer so that more sites and the equipment can be added. Saving an existing customer's
fields closes the dialog. Sites and equipment are saved one by one from their own small
dialogs. Every read and write is an operation on the database lane (announcing its changes); a
refusal shows its sentence in red and nothing typed is lost. A site saved (the first one, or one
added or edited) is located at once on the network lane (`SiteLocator`): the line under the form
says how precisely, and why when it could not do better.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.customer_queries import CustomerDetail, get_customer
from app.texts import shown
from app.ui.context import AppContext
from app.ui.dialogs.customer_form import CustomerForm
from app.ui.dialogs.equipment_panel import EquipmentPanel
from app.ui.dialogs.prompts import Prompter
from app.ui.dialogs.site_form import SiteForm
from app.ui.dialogs.site_panel import SitePanel
from app.ui.latest import Latest
from app.ui.locating import SiteLocator
from app.ui.ops import records as record_ops
from app.ui.ops.saving import Created
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.shortcuts import save_keys


def _box(title: str, content: QWidget, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    QVBoxLayout(box).addWidget(content)
    return box


class CustomerEditor(QDialog):
    def __init__(self, ctx: AppContext, customer_id: str | None = None,
                 parent: QWidget | None = None, prompter: Any = None) -> None:
        super().__init__(parent)
        self._ctx, self._customer_id = ctx, customer_id
        self.prompter = prompter or Prompter()
        self.detail: CustomerDetail | None = None
        self._load = Latest()  # an older read finishing after a newer one is dropped
        self.setMinimumWidth(760)

        self.form = CustomerForm(self)
        self.first_site = SiteForm(self)
        self.sites = SitePanel(ctx, self.prompter, self)
        self.equipment = EquipmentPanel(ctx, self.prompter, self)
        self.error_label = ErrorLabel(self)
        self.located = QLabel(self)  # where the last site saved was located
        self.located.setWordWrap(True)
        self.locator = SiteLocator(ctx, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete customer"), QDialogButtonBox.ButtonRole.DestructiveRole)

        self.first_site_box = _box(self.tr("Site"), self.first_site, self)
        self.sites_box = _box(self.tr("Sites"), self.sites, self)
        self.equipment_box = _box(self.tr("Equipment at the chosen site"), self.equipment, self)
        layout = QVBoxLayout(self)
        layout.addWidget(_box(self.tr("Customer"), self.form, self))
        layout.addWidget(self.first_site_box)
        layout.addWidget(self.sites_box, 1)
        layout.addWidget(self.equipment_box, 1)
        layout.addWidget(self.located)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_keys(self, self.save)  # Ctrl+Enter, from the notes box too
        self.delete_button.clicked.connect(self.delete_customer)
        self.sites.currentChanged.connect(self._site_chosen)
        self.sites.siteSaved.connect(self.locator.locate)
        self.locator.located.connect(self._located)
        for panel in (self.sites, self.equipment):
            panel.changed.connect(self._records_changed)
            panel.failed.connect(self.error_label.show_error)
        self._show_mode()
        if customer_id is not None:
            self.save_button.setEnabled(False)  # until the customer is loaded
            self.reload(fill_form=True)

    @property
    def customer_id(self) -> str | None:
        return self._customer_id

    record_id = customer_id

    def _show_mode(self) -> None:
        existing = self._customer_id is not None
        self.first_site_box.setVisible(not existing)
        self.sites_box.setVisible(existing)
        self.equipment_box.setVisible(existing)
        self.delete_button.setVisible(existing)
        if not existing:
            self.setWindowTitle(self.tr("New customer"))

    # -- loading -----------------------------------------------------------------------------

    def reload(self, fill_form: bool = False) -> None:
        """Read the customer again; the form is refilled only if asked (it may hold edits)."""
        assert self._customer_id is not None
        db, customer_id = self._ctx.db, self._customer_id
        today = dt.datetime.now(self._ctx.tz).date()
        self._load.run(self._ctx.op(self, lambda _run: get_customer(db, customer_id, today))
                       .errors_to(self.error_label.show_error)
                       .success(lambda detail: self._loaded(detail, fill_form)))

    def _loaded(self, detail: CustomerDetail, fill_form: bool) -> None:
        self.detail = detail
        self.setWindowTitle(self.tr("Customer {name}").format(name=shown(detail.name)))
        if fill_form:
            self.form.load(detail)
        self.sites.show_customer(detail)
        self._site_chosen()
        self.save_button.setEnabled(True)

    def _site_chosen(self) -> None:
        self.equipment.show_site(self.sites.current_site())

    # -- writing -----------------------------------------------------------------------------

    def save(self) -> None:
        self.error_label.clear_error()
        customer_id, customer = self._customer_id, self.form.customer_input()
        site = self.first_site.site_input() if customer_id is None else None
        op = record_ops.save_customer(self._ctx, self, customer_id, customer, site)
        op.busy(self.save_button, self.delete_button).errors_to(self.error_label.show_error)
        op.success(self._created if customer_id is None else self._updated).run()

    def _updated(self, _saved: Created) -> None:
        self.accept()

    def _created(self, saved: Created) -> None:
        self._customer_id, _changes, site_id = saved
        self._show_mode()
        self.reload(fill_form=True)
        if site_id is not None:
            self.locator.locate(site_id)

    def _located(self, text: str, attention: bool) -> None:
        self.located.setStyleSheet("color: #ef6c00;" if attention else "")
        self.located.setText(text)
        if self._customer_id is not None:
            self.reload()  # the sites' Location column

    def delete_customer(self) -> None:
        if self._customer_id is None or self.detail is None:
            return
        self.error_label.clear_error()
        question = self.tr("Delete the customer {name} with their sites and equipment?").format(
            name=self.detail.name)
        if not self.prompter.confirm(self, self.tr("Delete customer"), question):
            return
        record_ops.delete_customer(self._ctx, self, self._customer_id).busy(
            self.save_button, self.delete_button).errors_to(
            self.error_label.show_error).success(lambda _changes: self.accept()).run()

    def _records_changed(self, _changes: Changes) -> None:
        self.error_label.clear_error()
        self.reload()
