"""The main window, kept thin: navigation, a stack of views, menus, the status bar.

Every write's operation announces its `Changes` on the context's change bus, with the widget
that initiated it; the window re-emits them as `changed(Changes, initiator)`, passes them to the
view on show (each decides whether its flags concern it) and recounts the outbox. A hidden view
is only marked stale: the changes it missed reach it when it is shown again, so views opened
once do not re-query on every write. The window owns the `SyncController` (started by `run_gui`
once the window shows, stopped when it closes); a finished cycle is announced like a write.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.services.changes import Changes
from app.texts import shown
from app.ui.actions import Actions
from app.ui.checklist.template_editor import TemplateEditor
from app.ui.context import AppContext
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.complaint_dialog import ComplaintDialog, open_complaint_dialog
from app.ui.dialogs.response_hours_dialog import ResponseHoursDialog, open_response_hours
from app.ui.map.geocoder_dialog import GeocoderDialog, open_geocoder_settings
from app.ui.parts import menus as parts_menus
from app.ui.printing.day_sheets_dialog import DaySheetsDialog
from app.ui.quality.badge import OverdueComplaints
from app.ui.selection import SelectionHub
from app.ui.station import menus as station_menus
from app.ui.status_bar import StatusBar
from app.ui.sync.controller import SyncController
from app.ui.sync.settings_dialog import CentralServerDialog, open_central_server
from app.ui.sync.sync_view import SyncView
from app.ui.views.base import View
from app.ui.views.registry import DEFAULT_VIEW, VIEWS, ViewSpec

KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    changed = Signal(object, object)  # Changes, the initiating widget (or None)

    def __init__(self, ctx: AppContext, views: list[ViewSpec] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("FieldDesk – {code} {name}").format(
            code=ctx.station.code, name=shown(ctx.station.name)))
        self.app_actions = Actions(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        self.views: dict[str, QWidget] = {}
        self.stale: dict[str, Changes] = {}  # what each hidden view missed
        for spec in views if views is not None else VIEWS:
            widget = spec.build(ctx)
            self.views[spec.key] = widget
            self.stack.addWidget(widget)
            item = QListWidgetItem(spec.title(), self.nav)
            item.setData(KEY_ROLE, spec.key)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.sync = SyncController(ctx, parent=self)
        self.status.attach_sync(self.sync)
        if isinstance(sync_view := self.views.get("sync"), SyncView):
            sync_view.attach(self.sync)
        self.selection = SelectionHub(self)  # jobs selected on the map, board and list
        self.selection.attach_all(self.views)
        self.overdue = OverdueComplaints(ctx, self)  # the Quality entry's badge
        self.overdue.counted.connect(self._show_overdue)
        self.overdue.failed.connect(lambda text: self.status.showMessage(text, 5000))
        self._build_menus()

        self.nav.currentRowChanged.connect(self._show_row)
        ctx.bus.changed.connect(self._dispatch)
        if DEFAULT_VIEW in self.views:
            self.select_view(DEFAULT_VIEW)
        elif self.views:
            self.nav.setCurrentRow(0)
        self.status.refresh_pending()
        self.overdue.recount()

    def _build_menus(self) -> None:
        a = self.app_actions
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a.new_job)
        file_menu.addAction(a.new_complaint)
        file_menu.addAction(a.day_sheets)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a.refresh)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(a.checklist_templates)
        a.checklist_templates.setEnabled(self._ctx.actor.is_supervisor)
        tools_menu.addAction(a.central_server)
        a.central_server.setEnabled(self._ctx.actor.is_supervisor)
        a.central_server.triggered.connect(self.edit_central_server)
        tools_menu.addAction(a.geocoder)
        a.geocoder.setEnabled(self._ctx.actor.is_supervisor)
        a.geocoder.triggered.connect(self.edit_geocoder)
        tools_menu.addAction(a.response_hours)
        a.response_hours.setEnabled(self._ctx.actor.is_supervisor)
        a.response_hours.triggered.connect(self.edit_response_hours)
        a.new_complaint.triggered.connect(self.new_complaint)
        a.new_job.triggered.connect(self.new_job)
        a.day_sheets.triggered.connect(self.print_day_sheets)
        a.checklist_templates.triggered.connect(self.edit_checklist_templates)
        a.refresh.triggered.connect(self.refresh)
        a.quit.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&Help")).addAction(a.about)
        a.about.triggered.connect(self.show_about)
        self.station_actions = station_menus.install(
            self, self._ctx, file_menu, tools_menu, self.views, self.current_key,
            lambda parent: open_central_server(self.sync, parent))
        self.parts_actions = parts_menus.install(self, self._ctx, file_menu, tools_menu)

    # -- views -------------------------------------------------------------------------------

    def select_view(self, key: str) -> QWidget:
        """Show the view named `key` (as in VIEWS) and return it."""
        widget = self.views[key]
        self.nav.setCurrentRow(self.stack.indexOf(widget))
        return widget

    def current_key(self) -> str:
        return str(self.nav.currentItem().data(KEY_ROLE))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        view = cast(View, self.stack.currentWidget())
        missed = self.stale.pop(self.current_key(), Changes.NONE)
        if missed:
            view.on_changes(missed)
        view.activate()

    def refresh(self) -> None:
        cast(View, self.stack.currentWidget()).refresh()
        self.status.refresh_pending()

    def new_job(self) -> None:
        if "jobs" in self.views:
            self.select_view("jobs").new_job()  # type: ignore[attr-defined]

    def new_complaint(self) -> ComplaintDialog:
        """Ctrl+Shift+N: a complaint, about the job selected in the job list when that list
        is shown."""
        view = self.stack.currentWidget()
        take = getattr(view, "take_complaint", None)
        if callable(take):
            dialog: ComplaintDialog = take()
            return dialog
        return open_complaint_dialog(self._ctx, self)

    def _show_overdue(self, count: int) -> None:
        """The Quality entry says how many complaints are overdue; supervisors see it in the
        status bar too."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(KEY_ROLE) == "quality":
                title = next(s.title() for s in VIEWS if s.key == "quality")
                item.setText(self.tr("{view} ({count})").format(view=title, count=count)
                             if count else title)
        self.status.set_overdue(count if self._ctx.actor.is_supervisor else 0)

    def edit_checklist_templates(self) -> TemplateEditor:
        """Supervisors: the checklist template editor (non-modal)."""
        editor = TemplateEditor(self._ctx, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def print_day_sheets(self) -> DaySheetsDialog:
        """A date's route lists and job sheets, built in the background (non-modal)."""
        dialog = DaySheetsDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_central_server(self) -> CentralServerDialog:
        """Supervisors: the central server's address and credentials."""
        return open_central_server(self.sync, self)

    def edit_geocoder(self) -> GeocoderDialog:
        """Supervisors: the online geocoding service of this station's database."""
        return open_geocoder_settings(self._ctx, self)

    def show_about(self) -> AboutDialog:
        """Help › About: version, data folder, licences (window-modal, not blocking)."""
        dialog = AboutDialog(self._ctx.db_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_response_hours(self) -> ResponseHoursDialog:
        """Supervisors: the station's response hours by priority."""
        return open_response_hours(self._ctx, self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.sync.stop()
        super().closeEvent(event)

    # -- changes -----------------------------------------------------------------------------

    def _dispatch(self, changes: Changes, initiator: QObject | None) -> None:
        current = self.stack.currentWidget()
        for key, widget in self.views.items():
            if widget is current:
                cast(View, widget).on_changes(changes, initiator)
            else:
                self.stale[key] = self.stale.get(key, Changes.NONE) | changes
        self.status.refresh_pending()
        self.overdue.on_changes(changes)
        self.changed.emit(changes, initiator)
