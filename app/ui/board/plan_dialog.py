""""Plan day…": which day, which technicians (every one, a team, or those the board shows) and
how long the search may take."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from app.services.day_plans import Scope

SHOWN = "\0shown"  # the combo's value for "the technicians shown on the board"


class PlanDayDialog(QDialog):
    def __init__(self, day: dt.date, teams: Sequence[str], shown: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan day"))
        self._shown = tuple(shown)
        self.day = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.who = QComboBox(self)
        self.who.addItem(self.tr("Every technician"), None)
        self.who.addItem(self.tr("The technicians shown on the board ({count})").format(
            count=len(self._shown)), SHOWN)
        for team in teams:
            self.who.addItem(self.tr("Team {team}").format(team=team), team)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(1, 120)
        self.seconds.setValue(10)
        self.seconds.setSuffix(self.tr(" s"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.plan_button = buttons.addButton(self.tr("Plan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Technicians"), self.who)
        form.addRow(self.tr("Time limit"), self.seconds)
        form.addRow(buttons)

    def scope(self) -> Scope:
        d = self.day.date()
        day = dt.date(d.year(), d.month(), d.day())
        who = self.who.currentData()
        if who == SHOWN:
            return Scope(day, technician_ids=self._shown)
        return Scope(day, team=who)
