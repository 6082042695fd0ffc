"""The station's menu entries, added to the main window by one call (`install`): File › Import…
(supervisors) and Export list…, Tools › Settings… (everyone: the station's settings for
supervisors, the PC's language for all), Users… (admins), Audit trail… (supervisors) and
Change my password… (everyone). The services refuse what a role may not do; the menus only
disable it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from app.ui.context import AppContext
from app.ui.operation import Operation
from app.ui.settings.settings_dialog import open_settings
from app.ui.station.audit_dialog import AuditTrailDialog
from app.ui.station.export_list import export_view, shown_list
from app.ui.station.import_wizard import ImportWizard
from app.ui.station.users_dialog import ChangePasswordDialog, UsersDialog


@dataclass
class StationActions:
    import_file: QAction
    export_list: QAction
    users: QAction
    audit_trail: QAction
    change_password: QAction
    settings: QAction


def _window_modal(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window: QMainWindow, ctx: AppContext, file_menu: QMenu, tools_menu: QMenu,
            views: dict[str, QWidget], current: Callable[[], str],
            central_server: Callable[[QWidget], object] | None = None) -> StationActions:
    """Add the entries; `views` by key and `current()` (the key shown) are the window's;
    `central_server(parent)` opens the central server's dialog from the Settings."""
    actions = StationActions(
        QAction(QCoreApplication.translate("StationMenus", "&Import…"), window),
        QAction(QCoreApplication.translate("StationMenus", "&Export list…"), window),
        QAction(QCoreApplication.translate("StationMenus", "&Users…"), window),
        QAction(QCoreApplication.translate("StationMenus", "&Audit trail…"), window),
        QAction(QCoreApplication.translate("StationMenus", "Change my &password…"), window),
        QAction(QCoreApplication.translate("StationMenus", "&Settings…"), window))
    first = file_menu.actions()[0] if file_menu.actions() else None
    file_menu.insertActions(first, [actions.import_file, actions.export_list])  # type: ignore[arg-type]
    file_menu.insertSeparator(first)  # type: ignore[arg-type]
    tools_menu.addSeparator()
    for action in (actions.settings, actions.users, actions.audit_trail, actions.change_password):
        tools_menu.addAction(action)
    actions.import_file.setEnabled(ctx.actor.is_supervisor)
    actions.users.setEnabled(ctx.actor.is_admin)
    actions.audit_trail.setEnabled(ctx.actor.is_supervisor)
    actions.import_file.triggered.connect(lambda: open_import(ctx, window))
    actions.users.triggered.connect(lambda: _window_modal(UsersDialog(ctx, window)))
    actions.settings.triggered.connect(lambda: open_settings(ctx, window, central_server))
    actions.audit_trail.triggered.connect(lambda: open_audit_trail(ctx, window, views))
    actions.change_password.triggered.connect(lambda: _window_modal(ChangePasswordDialog(
        ctx.db, ctx.runner, ctx.actor, parent=window)))
    actions.export_list.triggered.connect(
        lambda: export_current(ctx, window, views, current()))
    return actions


def open_import(ctx: AppContext, window: QWidget) -> ImportWizard:
    wizard = ImportWizard(ctx, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_audit_trail(ctx: AppContext, window: QWidget,
                     views: dict[str, QWidget]) -> AuditTrailDialog:
    dialog = AuditTrailDialog(ctx, window)
    dialog.openRecord.connect(lambda kind, record_id: open_record(views, kind, record_id))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()  # not modal: the record it opens is worked on beside it
    return dialog


def open_record(views: dict[str, QWidget], kind: str, record_id: str) -> QObject | None:
    """The record's editor (the job editor for a job...), as its list opens it."""
    view = views.get(kind)
    if view is None:
        return None
    editor = view.make_editor(record_id)  # type: ignore[attr-defined]
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor  # type: ignore[no-any-return]


def export_current(ctx: AppContext, window: QMainWindow, views: dict[str, QWidget],
                   key: str) -> Operation[int] | None:
    say = window.statusBar().showMessage
    name = shown_list(key, views[key]) if key in views else None
    if name is None:
        say(QCoreApplication.translate(
            "StationMenus", "Show the jobs, customers, technicians, complaints or callbacks "
                            "to export their list."), 10_000)
        return None
    return export_view(ctx, name, views[key], lambda text: say(text, 15_000))
