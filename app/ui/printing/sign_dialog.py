"""Sign a job sheet: who signs (customer or technician), their name, and the pad.

Accept stays disabled until a name is written and something is drawn; the signature is stored
by an operation (`sign_job`), a refusal shows in red and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.services.signatures import SignatureState, SignerRole
from app.ui.context import AppContext
from app.ui.ops.people import sign_sheet
from app.ui.printing.signature_pad import SignaturePad
from app.ui.widgets.error_label import ErrorLabel


def role_label(role: SignerRole) -> str:
    if role is SignerRole.CUSTOMER:
        return QCoreApplication.translate("Signatures", "Customer")
    return QCoreApplication.translate("Signatures", "Technician")


class SignDialog(QDialog):
    signed = Signal(object, object)  # SignatureState, Changes

    def __init__(self, ctx: AppContext, job_id: str, role: SignerRole = SignerRole.CUSTOMER,
                 signer_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._job_id = ctx, job_id
        self.setWindowTitle(self.tr("Sign the job sheet"))
        self.role = QComboBox(self)
        for each in SignerRole:
            self.role.addItem(role_label(each), each.value)
        self.role.setCurrentIndex(self.role.findData(role.value))
        self.name = QLineEdit(signer_name, self)
        self.name.setPlaceholderText(self.tr("Name of the person signing"))
        self.pad = SignaturePad(self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(self.tr("Accept"))

        form = QFormLayout()
        form.addRow(self.tr("Signs as"), self.role)
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_buttons)
        self.name.textChanged.connect(self._update_buttons)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.accept_button.setEnabled(bool(self.name.text().strip()) and not self.pad.is_empty)
        self.clear_button.setEnabled(not self.pad.is_empty)

    def sign(self) -> None:
        if not self.accept_button.isEnabled():
            return
        self.error_label.clear_error()
        role, name, image = self.role.currentData(), self.name.text(), self.pad.to_png()
        sign_sheet(self._ctx, self, self._job_id, role, name, image).busy(
            self.accept_button).errors_to(self.error_label.show_error).success(
            self._signed).run()

    def _signed(self, result: tuple[SignatureState, Changes]) -> None:
        self.signed.emit(*result)
        self.accept()
