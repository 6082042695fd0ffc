"""The technician editor's Details tab: code, name, phone, team, skills, home, capacity, colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.models.enums import Skill
from app.services.technicians import TechnicianInput
from app.ui import labels

SKILL_ROLE = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
DEFAULT_COLOUR = "#4a90d9"


class TechnicianDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: TechnicianInput | None = None
        self.code = QLineEdit(self)
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("e.g. T012"))
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.team = QLineEdit(self)
        self.skills = QListWidget(self)
        for skill in Skill:
            item = QListWidgetItem(labels.skill(skill), self.skills)
            item.setData(SKILL_ROLE, skill.value)
            item.setCheckState(UNCHECKED)
        self.skills.setFixedHeight(self.skills.sizeHintForRow(0) * len(Skill) + 6)
        self.home_address = QLineEdit(self)
        self.max_jobs = QSpinBox(self, minimum=1, maximum=20, value=6)
        self.colour = QLineEdit(DEFAULT_COLOUR, self)
        self.colour.setMaxLength(7)
        self.colour_button = QPushButton(self.tr("Choose…"), self)
        colour = QHBoxLayout()
        colour.addWidget(self.colour)
        colour.addWidget(self.colour_button)
        colour.addStretch(1)
        self.active = QCheckBox(self.tr("Takes jobs"), self)
        self.active.setChecked(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Home address"), self.home_address)
        form.addRow(self.tr("Max jobs per day"), self.max_jobs)
        form.addRow(self.tr("Colour"), colour)
        form.addRow(self.tr("Active"), self.active)

        self.colour.textChanged.connect(self._show_colour)
        self.colour_button.clicked.connect(self.choose_colour)
        self._show_colour()

    def checked_skills(self) -> list[str]:
        return [str(item.data(SKILL_ROLE)) for item in self._skill_items()
                if item.checkState() == CHECKED]

    def set_skills(self, skills: tuple[str, ...] | list[str]) -> None:
        for item in self._skill_items():
            item.setCheckState(CHECKED if item.data(SKILL_ROLE) in skills else UNCHECKED)

    def _skill_items(self) -> list[QListWidgetItem]:
        return [self.skills.item(i) for i in range(self.skills.count())]

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text()), self, self.tr("Colour"))
        if chosen.isValid():
            self.colour.setText(chosen.name())

    def _show_colour(self) -> None:
        colour = QColor(self.colour.text())
        style = f"background: {colour.name()};" if colour.isValid() else ""
        self.colour_button.setStyleSheet(style)

    def load(self, tech: TechnicianInput) -> None:
        self._loaded = tech
        self.code.setText(tech.code)
        self.name.setText(tech.name)
        self.phone.setText(tech.phone)
        self.team.setText(tech.team)
        self.set_skills(tech.skills)
        self.home_address.setText(tech.home_address)
        self.max_jobs.setValue(tech.max_jobs_per_day)
        self.colour.setText(tech.colour)
        self.active.setChecked(tech.active)

    def technician_input(self) -> TechnicianInput:
        """The form as typed; the home position is kept unless the address changed."""
        loaded, address = self._loaded, self.home_address.text().strip()
        keep_position = loaded is not None and loaded.home_address.strip() == address
        return TechnicianInput(
            code=self.code.text(), name=self.name.text(), phone=self.phone.text().strip(),
            team=self.team.text().strip(), skills=tuple(self.checked_skills()),
            home_address=address,
            home_lat=loaded.home_lat if loaded and keep_position else None,
            home_lon=loaded.home_lon if loaded and keep_position else None,
            max_jobs_per_day=self.max_jobs.value(), colour=self.colour.text().strip(),
            active=self.active.isChecked(),
        )

