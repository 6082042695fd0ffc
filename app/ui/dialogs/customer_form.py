"""A customer's own fields: name, phones, email and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.services.customer_queries import CustomerDetail
from app.services.customers import CustomerInput


class CustomerForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.alt_phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Second phone"), self.alt_phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Notes"), self.notes)

    def load(self, customer: CustomerDetail) -> None:
        self.name.setText(customer.name)
        self.phone.setText(customer.phone)
        self.alt_phone.setText(customer.alt_phone)
        self.email.setText(customer.email)
        self.notes.setPlainText(customer.notes)

    def customer_input(self) -> CustomerInput:
        return CustomerInput(name=self.name.text(), phone=self.phone.text(),
                             alt_phone=self.alt_phone.text(), email=self.email.text(),
                             notes=self.notes.toPlainText())
