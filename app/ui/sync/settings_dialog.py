"""Tools › Central server…: the address and credentials this station syncs with.

"Test and save" runs one cycle with the address and the password (typed in a masked field);
only when it went through are they kept (a file next to the database that only the user can
read) and the dialog closes; otherwise it shows the error's sentence and the address in use
stays. The password is never shown back.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.ui.sync.controller import Cycle, SyncController
from app.ui.widgets.error_label import ErrorLabel

URL_EXAMPLE = "postgresql://ROLE@HOST:5432/DATABASE"


class CentralServerDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Central server"))
        self.setMinimumWidth(560)
        self._controller = controller

        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText(URL_EXAMPLE)
        self.password_edit = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self.hint_label = QLabel(self.tr(
            "Paste the address and the password that `fielddesk server add-station` printed "
            "for this station. They are kept in a file only your user account can read."), self)
        self.hint_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("Test and save"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.url_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.save_button.clicked.connect(self.test_and_save)
        self.buttons.rejected.connect(self.reject)
        self._show_current()

    def _show_current(self) -> None:
        if self._controller.safe_url is None:
            self.current_label.setText(self.tr("This station does not sync yet."))
        else:
            self.current_label.setText(self.tr("Now syncing with {url}").format(
                url=self._controller.safe_url))

    def test_and_save(self) -> None:
        self.error_label.clear_error()
        self.status_label.clear()
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Trying the address…"))
        try:  # the cycle with the new address: this one, or the one after the cycle running
            tried = self._controller.try_settings(self.url_edit.text(),
                                                  self.password_edit.text(), self._tested)
        except DomainError as exc:
            tried = False
            self.error_label.show_error(exc)
        if not tried:
            self.status_label.clear()
            self.save_button.setEnabled(True)

    def _tested(self, cycle: Cycle) -> None:
        if not shiboken6.isValid(self):
            return  # closed meanwhile
        self.save_button.setEnabled(True)
        if cycle.report is not None:
            self.url_edit.clear()  # the password does not stay on screen
            self.password_edit.clear()
            self._show_current()
            self.status_label.setText(self.tr(
                "Connected. Changes sent: {sent}, records received: {received}.").format(
                sent=cycle.report.pushed.entries, received=cycle.report.pulled.rows))
            self.accept()
        elif cycle.cancelled:
            self.status_label.setText(self.tr("Not saved: the sync with this address was "
                                              "stopped before it ended."))
        else:
            self.status_label.setText(self.tr("Not saved: the sync with this address failed."))
            self.error_label.show_error(cycle.error or "")


def open_central_server(controller: SyncController, parent: QWidget) -> CentralServerDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    dialog = CentralServerDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
