"""The customer editor's sites: the list (with how precisely each is located), and adding,
editing and deleting a site; a saved site is announced by `siteSaved`, to be located."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.services.customer_queries import CustomerDetail, SiteDetail
from app.ui.context import AppContext
from app.ui.dialogs.record_panel import RecordPanel
from app.ui.dialogs.site_form import SiteDialog
from app.ui.locating import location_text
from app.ui.ops import records as record_ops


class SitePanel(RecordPanel):
    siteSaved = Signal(str)  # the id of a site added or edited

    def __init__(self, ctx: AppContext, prompter: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, prompter,
            [self.tr("Address"), self.tr("District"), self.tr("Location"), self.tr("Equipment"),
             self.tr("Jobs")],
            (self.tr("Add site…"), self.tr("Edit site…"), self.tr("Delete site")), 0, parent)
        self._customer_id = ""
        self._sites: dict[str, SiteDetail] = {}

    def show_customer(self, customer: CustomerDetail) -> None:
        self._customer_id = customer.id
        self._sites = {site.id: site for site in customer.sites}
        self.set_rows([(site.id, [site.address, site.district,
                                  location_text(site.geocode_precision, site.geocode_source),
                                  str(len(site.equipment)), str(site.job_count)])
                       for site in customer.sites])

    def current_site(self) -> SiteDetail | None:
        record_id = self.current_id()
        return None if record_id is None else self._sites.get(record_id)

    def record_saved(self, result: object) -> None:
        site_id, _changes = cast(tuple[str, object], result)
        self.siteSaved.emit(site_id)

    def add(self) -> None:
        self.open_dialog(SiteDialog(self._ctx, self._customer_id, None, self), adding=True)

    def edit(self, record_id: str) -> None:
        site = self._sites[record_id]
        self.open_dialog(SiteDialog(self._ctx, self._customer_id, site, self), adding=False)

    def delete(self, record_id: str) -> None:
        self.confirm_and_run(
            self.tr("Delete site"),
            self.tr("Delete the site {address} and its equipment?").format(
                address=self._sites[record_id].address),
            record_ops.delete_site(self._ctx, self, record_id))
