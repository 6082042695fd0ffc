"""Tools › Users… (admins): the desk's users with their role and state; add a user, change a
role, reset a password (the user changes it at the next sign-in), disable or enable an
account. Users are never deleted. Tools › Change my password… is everyone's.

Every change is the service's (`app.services.user_admin`), which checks the role and the
password rules; a refusal shows its sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.models.enums import Role
from app.services import user_admin
from app.services.actor import Actor
from app.services.users import UserInfo
from app.texts import shown
from app.ui import labels
from app.ui.context import AppContext
from app.ui.operation import Operation
from app.ui.ops import station as ops
from app.ui.station.password_dialog import PasswordDialog
from app.ui.tasks import Lane
from app.ui.widgets.error_label import ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole


class NewUserDialog(PasswordDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NewUserDialog", "Add a user"),
                         parent=parent)
        self._ctx = ctx
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        self.form.insertRow(0, self.tr("User name"), self.username)
        self.form.insertRow(1, self.tr("Full name"), self.full_name)
        self.form.insertRow(2, self.tr("Role"), self.role)

    def submit(self) -> None:
        ops.add_user(self._ctx, self, self.username.text().strip(), self.full_name.text(),
                     Role(self.role.currentData()), self.new.text()).busy(
            self.ok_button).errors_to(self.failed).success(lambda _done: self.accept()).run()


class ChangePasswordDialog(PasswordDialog):
    """The signed-in user's own password; `forced`: after an admin's reset, at sign-in."""

    def __init__(self, db: Database, runner: Lane, actor: Actor, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ChangePasswordDialog", "Change my password")
        intro = ""
        if forced:
            title = QCoreApplication.translate("ChangePasswordDialog", "Choose a new password")
            intro = QCoreApplication.translate(
                "ChangePasswordDialog", "An administrator reset your password: choose your "
                "own before you go on.")
        super().__init__(title, intro, current=True, parent=parent)
        self._db, self._runner, self._actor = db, runner, actor

    def submit(self) -> None:
        assert self.current is not None
        db, actor, current, new = self._db, self._actor, self.current.text(), self.new.text()
        Operation(self._runner, self, lambda _run: user_admin.change_own_password(
            db, actor, current, new)).busy(self.ok_button).errors_to(self.failed).success(
            lambda _done: self.accept()).run()


class UsersDialog(QDialog):
    COLUMNS = 4

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 420)
        self._ctx = ctx
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"),
                                              self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.role_combo = QComboBox(self)
        for role in Role:
            self.role_combo.addItem(labels.role(role), role.value)
        self.role_button = QPushButton(self.tr("Set role"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.active_button = QPushButton(self.tr("Disable"), self)
        self.error_label = ErrorLabel(self)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.role_combo, self.role_button, self.reset_button,
                       self.active_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.set_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._selected)
        self.users: list[UserInfo] = []
        self.reload()

    def reload(self) -> None:
        ops.users(self._ctx, self).errors_to(self.error_label.show_error).success(
            self._show).run()

    def _show(self, users: list[UserInfo]) -> None:
        chosen = self.selected()
        self.users = users
        self.table.setRowCount(len(users))
        for row, u in enumerate(users):
            state = self.tr("Active") if u.active else self.tr("Disabled")
            if u.must_change_password:
                state += self.tr(", must change password")
            for column, text in enumerate((u.username, shown(u.display_name),
                                           labels.role(u.role), state)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, u.id)
                self.table.setItem(row, column, item)
            if chosen is not None and u.id == chosen.id:
                self.table.selectRow(row)
        self._selected()

    def selected(self) -> UserInfo | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.users[rows.pop()] if len(rows) == 1 and self.users else None

    def _selected(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))
            self.active_button.setText(self.tr("Disable") if user.active else self.tr("Enable"))

    def _change(self, change: object, value: object) -> None:
        user = self.selected()
        if user is None:
            return
        self.error_label.clear_error()
        ops.change_user(self._ctx, self, change, user.id, value).errors_to(  # type: ignore[arg-type]
            self.error_label.show_error).success(lambda _done: self.reload()).run()

    def set_role(self) -> None:
        self._change(user_admin.set_role, Role(self.role_combo.currentData()))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._change(user_admin.set_active, not user.active)

    def add_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self._ctx, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        dialog = PasswordDialog(self.tr("Reset the password of {user}").format(
            user=user.username), self.tr("{user} must change it at the next sign-in.").format(
            user=user.username), parent=self)
        ctx, user_id = self._ctx, user.id

        def submit() -> None:
            ops.change_user(ctx, dialog, user_admin.reset_password, user_id,
                            dialog.new.text()).busy(dialog.ok_button).errors_to(
                dialog.failed).success(lambda _done: dialog.accept()).run()
        dialog.submit = submit  # type: ignore[method-assign]
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
