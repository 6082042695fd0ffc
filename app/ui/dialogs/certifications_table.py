"""The technician editor's certificates: kind, number and expiry date per row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from app.models.enums import CertKind
from app.services.technicians import CertificationInput
from app.ui import labels
from app.ui.widgets.rows_table import RowsTable

DATE_FORMAT = "yyyy-MM-dd"


class CertificationsTable(RowsTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Kind"), self.tr("Certificate number"), self.tr("Expires on")],
                         self._make_row, parent)

    @staticmethod
    def _make_row(parent: QWidget) -> list[QWidget]:
        kind = QComboBox(parent)
        for value in CertKind:
            kind.addItem(labels.cert_kind(value), value.value)
        number = QLineEdit(parent)
        expires = QDateEdit(QDate.currentDate().addYears(1), parent)
        expires.setCalendarPopup(True)
        expires.setDisplayFormat(DATE_FORMAT)
        return [kind, number, expires]

    def add_certification(self, cert: CertificationInput) -> None:
        kind, number, expires = self.add_row(cert.id)
        assert isinstance(kind, QComboBox) and isinstance(number, QLineEdit)
        assert isinstance(expires, QDateEdit)
        kind.setCurrentIndex(max(0, kind.findData(cert.kind)))
        number.setText(cert.number)
        d = cert.expires_on
        expires.setDate(QDate(d.year, d.month, d.day))

    def load(self, certs: tuple[CertificationInput, ...]) -> None:
        self.clear_rows()
        for cert in certs:
            self.add_certification(cert)

    def inputs(self) -> tuple[CertificationInput, ...]:
        result = []
        for row_id, (kind, number, expires) in self.rows():
            assert isinstance(kind, QComboBox) and isinstance(number, QLineEdit)
            assert isinstance(expires, QDateEdit)
            d = expires.date()
            result.append(CertificationInput(str(kind.currentData()), number.text(),
                                             dt.date(d.year(), d.month(), d.day()), row_id))
        return tuple(result)
