"""A site's fields (address, province, city, district, access notes) and the dialog saving one.

The location found by geocoding (latitude, longitude, source, precision) is not edited here: an
edit hands it back unchanged (the service drops it when the address changed), and the owner
locates the saved site (`SiteLocator`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.services import customers
from app.services.changes import Changes
from app.services.customer_queries import SiteDetail
from app.services.customers import SiteInput
from app.ui.context import AppContext
from app.ui.dialogs.record_dialog import RecordDialog


class SiteForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit(self)
        self.province = QLineEdit(self)
        self.city = QLineEdit(self)
        self.district = QLineEdit(self)
        self.access_notes = QPlainTextEdit(self)
        self.access_notes.setTabChangesFocus(True)
        self.access_notes.setFixedHeight(56)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Access notes"), self.access_notes)

    def load(self, site: SiteDetail) -> None:
        self.address.setText(site.address)
        self.province.setText(site.province)
        self.city.setText(site.city)
        self.district.setText(site.district)
        self.access_notes.setPlainText(site.access_notes)

    def site_input(self, editing: SiteDetail | None = None) -> SiteInput:
        """The form as a SiteInput; an edit keeps the site's geocoded location."""
        value = SiteInput(
            address=self.address.text(), province=self.province.text().strip(),
            city=self.city.text().strip(), district=self.district.text().strip(),
            access_notes=self.access_notes.toPlainText().strip(),
        )
        if editing is None:
            return value
        return dataclasses.replace(
            value, lat=editing.lat, lon=editing.lon, geocode_source=editing.geocode_source,
            geocode_precision=editing.geocode_precision)


class SiteDialog(RecordDialog):
    """Add a site to a customer (`site` None) or edit one; `saved` gives (site id, Changes)."""

    def __init__(self, ctx: AppContext, customer_id: str, site: SiteDetail | None,
                 parent: QWidget | None = None) -> None:
        form = SiteForm()
        db, actor = ctx.db, ctx.actor
        if site is None:
            def store(value: SiteInput) -> tuple[str, Changes]:
                return customers.add_site(db, actor, customer_id, value)
        else:
            form.load(site)
            site_id = site.id

            def store(value: SiteInput) -> tuple[str, Changes]:
                return site_id, customers.update_site(db, actor, site_id, value)
        super().__init__(ctx, "", form, lambda: form.site_input(site), store, parent)
        self.setWindowTitle(self.tr("New site") if site is None else self.tr("Site"))
        self.site_form = form
