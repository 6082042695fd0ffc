"""Pages of the Settings dialog for what each PC keeps apart from the station: the language
(the station's choice, synced, and this PC's own, in QSettings), the backups (this desk's
folder and days kept, next to its database), and the links of this database file (the
geocoder, the map tiles, the central server), which their own dialogs edit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.db.backup import BackupPlan
from app.services.backup_settings import MAX_KEEP
from app.services.settings_sections import LANGUAGES, Language, Section
from app.ui.settings.station_pages import SectionPage


class LanguagePage(SectionPage):
    """The station's language (supervisors) and this PC's (anyone); a change shows at the
    next start."""

    KINDS = (Language,)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {"zh_CN": self.tr("Chinese (Simplified)"), "en": self.tr("English")}
        self.station_combo = QComboBox(self)
        self.pc_combo = QComboBox(self)
        self.pc_combo.addItem(self.tr("As the station"), "")
        for code in LANGUAGES:
            self.station_combo.addItem(names[code], code)
            self.pc_combo.addItem(names[code], code)
        hint = QLabel(self.tr("FieldDesk starts in the new language the next time it is "
                              "opened."), self)
        hint.setWordWrap(True)
        self.form.addRow(self.tr("The station's desks:"), self.station_combo)
        self.form.addRow(self.tr("This PC:"), self.pc_combo)
        self.form.addRow(hint)

    def show_sections(self, sections: dict[str, Section]) -> None:
        language = sections[Language.SECTION]
        assert isinstance(language, Language)
        self.station_combo.setCurrentIndex(self.station_combo.findData(language.language))

    def sections(self) -> list[Section]:
        return [Language(str(self.station_combo.currentData()))]

    def show_pc_language(self, language: str | None) -> None:
        self.pc_combo.setCurrentIndex(max(0, self.pc_combo.findData(language or "")))

    def pc_language(self) -> str | None:
        return str(self.pc_combo.currentData()) or None


class BackupPage(QWidget):
    """Where this desk's daily backups go and how many days are kept; "Back up now"."""

    backupRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self.folder_edit = QLineEdit(self, readOnly=True)
        choose = QPushButton(self.tr("Choose…"), self)
        self.default_button = QPushButton(self.tr("Next to the database"), self)
        row = QHBoxLayout()
        for widget in (self.folder_edit, choose, self.default_button):
            row.addWidget(widget)
        self.keep_spin = QSpinBox(self, minimum=1, maximum=MAX_KEEP)
        self.keep_spin.setSuffix(self.tr(" days"))
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        hint = QLabel(self.tr(
            "A backup is made at the first start of each day and again on exit. A USB stick "
            "or a network share keeps the data safe when this PC fails. To restore, quit "
            "FieldDesk and run: fielddesk restore FILE"), self)
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Backup folder:"), row)
        form.addRow(self.tr("Keep the last:"), self.keep_spin)
        form.addRow(self.backup_button)
        form.addRow(self.status_label)
        form.addRow(hint)
        choose.clicked.connect(self._choose)
        self.default_button.clicked.connect(lambda: self.use_folder(None))
        self.backup_button.clicked.connect(self.backupRequested)

    def show_plan(self, plan: BackupPlan) -> None:
        self.use_folder(plan.folder)
        self.keep_spin.setValue(plan.keep)

    def plan(self) -> BackupPlan:
        return BackupPlan(self._folder, self.keep_spin.value())

    def use_folder(self, folder: Path | None) -> None:
        """`folder` for the backups (None: `backups` next to the database)."""
        self._folder = folder
        self.folder_edit.setText(str(folder) if folder else self.tr("next to the database"))
        self.default_button.setEnabled(folder is not None)

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                str(self._folder or ""))
        if name:
            self.use_folder(Path(name))


class LinksPage(QWidget):
    """The geocoder, the map tiles or the central server: what is set, and the dialog (or the
    file choice) that changes it."""

    def __init__(self, intro: str, button: str, open_editor: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.button = QPushButton(button, self)
        self.form = QFormLayout(self)
        self.form.addRow(self.intro_label)
        self.form.addRow(self.current_label)
        self.form.addRow(self.button)
        self.button.clicked.connect(open_editor)
