"""Tools › Settings…: every setting in one dialog, a page per section.

The station's own settings (profile and logo, working hours and holidays, SLA and callback
days, travel model, printing defaults, the station's language) are stored in the database and
synced; Save keeps every changed section in one transaction, each change audited
(`set_sections`), or none of them when one is refused (its sentence shows, the dialog stays).
This PC's own: the backups (folder and days kept, `set_backup_settings`), the language it
starts in (QSettings, audited by `note_desk_choice`), and the links of this database file,
whose own dialogs edit them (geocoder, central server) or a file choice (map tiles). Only
supervisors change the station's settings and the backups; everyone may change their PC's
language. Reading and saving run on the database lane; "Back up now" on the network lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.db.backup import BackupPlan
from app.services.actor import Actor
from app.services.backup_settings import backup_settings, make_backup, set_backup_settings
from app.services.changes import Changes
from app.services.desk_choices import DESK_LANGUAGE, note_desk_choice
from app.services.map_settings import tiles_path
from app.services.settings_sections import Section
from app.services.station_settings import all_sections, set_sections
from app.ui.context import AppContext
from app.ui.map.geocoder_dialog import open_geocoder_settings
from app.ui.ops.places import choose_tiles
from app.ui.settings.desk_pages import BackupPage, LanguagePage, LinksPage
from app.ui.settings.desk_store import pc_language, set_pc_language
from app.ui.settings.hours_page import HoursPage
from app.ui.settings.station_pages import (
    PlanningPage,
    PrintingPage,
    ProfilePage,
    SectionPage,
    SlaPage,
    TravelPage,
)
from app.ui.widgets.error_label import ErrorLabel


@dataclass(frozen=True)
class Loaded:
    sections: dict[str, Section]
    plan: BackupPlan | None  # None: no database file, no backups to set
    tiles: Path | None


@dataclass(frozen=True)
class Edits:
    sections: list[Section]  # changed sections of the station's settings
    plan: BackupPlan | None  # the backup plan, when changed
    language: tuple[str | None, str | None] | None  # this PC's, before and after, if changed

    def save(self, db: Database, actor: Actor, db_path: Path | None) -> Changes:
        changes = Changes.NONE
        if self.sections:
            changes |= set_sections(db, actor, self.sections)[1]
        if self.plan is not None and db_path is not None:
            changes |= set_backup_settings(db, actor, db_path, self.plan.folder,
                                           self.plan.keep)[1]
        if self.language is not None:
            note_desk_choice(db, actor, DESK_LANGUAGE, *self.language)
        return changes


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 central_server: Callable[[QWidget], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(760, 520)
        self._ctx = ctx
        self._loaded: Loaded | None = None
        self.profile_page, self.hours_page = ProfilePage(self), HoursPage(self)
        self.sla_page, self.travel_page = SlaPage(self), TravelPage(self)
        self.printing_page, self.language_page = PrintingPage(self), LanguagePage(self)
        self.backup_page, self.planning_page = BackupPage(self), PlanningPage(self)
        self.geocoder_page = LinksPage(
            self.tr("Sites are located from the local cache, then by this online service "
                    "when the line is up, then by the offline gazetteer."),
            self.tr("Geocoder…"), lambda: open_geocoder_settings(ctx, self), self)
        self.tiles_page = LinksPage(
            self.tr("The map draws the tiles of the region's MBTiles or PMTiles file (raster, "
                    "or vector tiles with street names), or the built-in basemap."),
            self.tr("Choose a map tiles file…"),
            self._choose_tiles, self)
        self.basemap_button = QPushButton(self.tr("Use the built-in basemap"), self.tiles_page)
        self.tiles_page.form.addRow(self.basemap_button)
        self.central_page = LinksPage(
            self.tr("The central server this station syncs with."),
            self.tr("Central server…"),
            lambda: central_server(self) if central_server is not None else None, self)
        self.central_page.button.setEnabled(central_server is not None and
                                            ctx.actor.is_supervisor)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget(self)
        for title, page in self._pages():
            self.nav.addItem(title)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the settings are read
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.backup_page.backupRequested.connect(self.back_up_now)
        self.basemap_button.clicked.connect(lambda: self.use_tiles(None))
        self._allow(ctx.actor.is_supervisor)
        self.language_page.show_pc_language(pc_language())
        self.reload()

    def _pages(self) -> list[tuple[str, QWidget]]:
        return [(self.tr("Station profile"), self.profile_page),
                (self.tr("Working hours"), self.hours_page),
                (self.tr("SLA and callbacks"), self.sla_page),
                (self.tr("Travel"), self.travel_page),
                (self.tr("Day planner"), self.planning_page),
                (self.tr("Geocoder"), self.geocoder_page),
                (self.tr("Map tiles"), self.tiles_page),
                (self.tr("Central server"), self.central_page),
                (self.tr("Printing"), self.printing_page),
                (self.tr("Language"), self.language_page),
                (self.tr("Backup"), self.backup_page)]

    def station_pages(self) -> list[SectionPage]:
        return [self.profile_page, self.hours_page, self.sla_page, self.travel_page,
                self.planning_page, self.printing_page, self.language_page]

    def _allow(self, supervisor: bool) -> None:
        """Only supervisors change the station's settings, the backups and the links (the
        services refuse the others anyway); anyone chooses their PC's language."""
        for page in (self.profile_page, self.hours_page, self.sla_page, self.travel_page,
                     self.planning_page, self.printing_page, self.backup_page):
            page.setEnabled(supervisor)
        self.language_page.station_combo.setEnabled(supervisor)
        for button in (self.geocoder_page.button, self.tiles_page.button, self.basemap_button):
            button.setEnabled(supervisor)

    def reload(self) -> None:
        db, path = self._ctx.db, self._ctx.db_path
        self._ctx.op(self, lambda _run: Loaded(
            all_sections(db), None if path is None else backup_settings(path),
            tiles_path(db))).errors_to(self.error_label.show_error).success(self._show).run()

    def _show(self, loaded: Loaded) -> None:
        self._loaded = loaded
        for page in self.station_pages():
            page.show_sections(loaded.sections)
        if loaded.plan is None:
            self.backup_page.setEnabled(False)
        else:
            self.backup_page.show_plan(loaded.plan)
        self._show_tiles(loaded.tiles)
        self.save_button.setEnabled(True)

    def _show_tiles(self, tiles: Path | None) -> None:
        self.tiles_page.current_label.setText(
            self.tr("In use: {file}").format(file=tiles) if tiles
            else self.tr("In use: the built-in basemap"))

    def edits(self) -> Edits:
        """What Save would keep: the changed sections, plan and PC language."""
        assert self._loaded is not None
        loaded = self._loaded
        sections = [s for page in self.station_pages() for s in page.sections()
                    if s != loaded.sections[s.SECTION]] if self._ctx.actor.is_supervisor else []
        plan = self.backup_page.plan()
        before, after = pc_language(), self.language_page.pc_language()
        return Edits(sections, plan if loaded.plan not in (None, plan) else None,
                     None if before == after else (before, after))

    def save(self) -> None:
        edits = self.edits()
        db, actor, path = self._ctx.db, self._ctx.actor, self._ctx.db_path
        self.error_label.clear_error()

        def saved(_changes: Changes) -> None:
            if edits.language is not None:
                set_pc_language(edits.language[1])
            self.accept()
        self._ctx.op(self, lambda _run: edits.save(db, actor, path)).busy(
            self.save_button).errors_to(self.error_label.show_error).success(saved).run()

    def back_up_now(self) -> None:
        """Today's backup made now, as the saved plan says."""
        path = self._ctx.db_path
        if path is None:
            return
        page = self.backup_page
        page.status_label.setText(self.tr("Backing up…"))
        self._ctx.network_op(self, lambda _run: make_backup(path)).busy(
            page.backup_button).errors_to(page.status_label.setText).success(
            lambda made: page.status_label.setText(
                self.tr("Backup written: {file}").format(file=made))).run()

    def _choose_tiles(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Map tiles"), "",
            self.tr("Map tiles files (*.mbtiles *.pmtiles);;All files (*)"))
        if name:
            self.use_tiles(Path(name))

    def use_tiles(self, path: Path | None) -> None:
        choose_tiles(self._ctx, self, path).errors_to(self.error_label.show_error).success(
            lambda _info: self._show_tiles(path)).run()


def open_settings(ctx: AppContext, parent: QWidget,
                  central_server: Callable[[QWidget], object] | None = None) -> SettingsDialog:
    """Show the dialog (window-modal, deleted when closed) and return it."""
    dialog = SettingsDialog(ctx, parent, central_server)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
