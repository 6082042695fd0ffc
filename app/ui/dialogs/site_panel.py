"""The customer editor's sites: the list, and adding, editing and deleting a site."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.customer_queries import CustomerDetail, SiteDetail
from app.ui.context import AppContext
from app.ui.dialogs.record_panel import RecordPanel
from app.ui.dialogs.site_form import SiteDialog
from app.ui.ops import records as record_ops


class SitePanel(RecordPanel):
    def __init__(self, ctx: AppContext, prompter: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, prompter,
            [self.tr("Address"), self.tr("District"), self.tr("Equipment"), self.tr("Jobs")],
            (self.tr("Add site…"), self.tr("Edit site…"), self.tr("Delete site")), 0, parent)
        self._customer_id = ""
        self._sites: dict[str, SiteDetail] = {}

    def show_customer(self, customer: CustomerDetail) -> None:
        self._customer_id = customer.id
        self._sites = {site.id: site for site in customer.sites}
        self.set_rows([(site.id, [site.address, site.district, str(len(site.equipment)),
                                  str(site.job_count)]) for site in customer.sites])

    def current_site(self) -> SiteDetail | None:
        record_id = self.current_id()
        return None if record_id is None else self._sites.get(record_id)

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
