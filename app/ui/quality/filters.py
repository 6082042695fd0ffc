"""The Quality view's choices: the month (this month first, two years back), the team and the
technician (of the team chosen). `group_of` picks the figures they name from a month's."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.months import Month
from app.services.quality_figures import GroupFigures, MonthFigures
from app.services.technicians import TechnicianSummary
from app.texts import shown
from app.ui import labels

MONTHS_BACK = 24


def group_of(figures: MonthFigures, team: str | None, technician: str | None
             ) -> GroupFigures | None:
    """The technician's figures, else the team's, else the station's (None: nothing counted
    for that technician or team in the month)."""
    if technician is not None:
        return next((g for g in figures.technicians if g.key == technician), None)
    if team is not None:
        return next((g for g in figures.teams if g.key == team), None)
    return figures.station


def people_of(figures: MonthFigures, team: str | None, technician: str | None,
              teams: dict[str, str]) -> list[GroupFigures]:
    """The technicians' figures the people table lists (of the team, or the one chosen)."""
    return [g for g in figures.technicians
            if (technician is None or g.key == technician)
            and (team is None or teams.get(g.key, "") == team)]


class QualityFilters(QWidget):
    changed = Signal()

    def __init__(self, now: dt.datetime, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QComboBox(self)
        this = Month.of(now, tz)
        for back in range(MONTHS_BACK):
            m = this.shifted(-back)
            self.month.addItem(str(m), m)
        self.team = QComboBox(self)
        self.technician = QComboBox(self)
        self.teams: dict[str, str] = {}  # technician id -> team
        self._people: list[TechnicianSummary] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in ((self.tr("Month"), self.month), (self.tr("Team"), self.team),
                            (self.tr("Technician"), self.technician)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        self.set_technicians([])
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.team.currentIndexChanged.connect(lambda _i: self._team_chosen())
        self.technician.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_technicians(self, people: list[TechnicianSummary]) -> None:
        self._people = list(people)
        self.teams = {p.id: p.team for p in people}
        chosen = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), None)
        for team in sorted({p.team for p in people if p.team}):
            self.team.addItem(shown(team), team)
        self.team.setCurrentIndex(max(self.team.findData(chosen), 0))
        self.team.blockSignals(False)
        self._fill_technicians()

    def _team_chosen(self) -> None:
        self._fill_technicians()
        self.changed.emit()

    def _fill_technicians(self) -> None:
        team, chosen = self.team.currentData(), self.technician.currentData()
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItem(self.tr("All technicians"), None)
        for p in self._people:
            if team is None or p.team == team:
                self.technician.addItem(shown(labels.person(p.name, p.code)), p.id)
        self.technician.setCurrentIndex(max(self.technician.findData(chosen), 0))
        self.technician.blockSignals(False)

    def chosen_month(self) -> Month:
        month: Month = self.month.currentData()
        return month

    def chosen_team(self) -> str | None:
        team: str | None = self.team.currentData()
        return team

    def chosen_technician(self) -> str | None:
        tech: str | None = self.technician.currentData()
        return tech

    def group_text(self) -> str:
        """What the figures are of: the technician, the team or the station (for titles)."""
        if self.chosen_technician() is not None:
            return self.technician.currentText()
        if self.chosen_team() is not None:
            return self.team.currentText()
        return self.tr("the station")
