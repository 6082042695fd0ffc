"""The Quality view's figures: the chosen group's figures this month against last month, the
technicians' main figures this month, and the three rates' definitions (the omission rate's
parts named). A double click (or Enter) on a figure opens the jobs behind it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.quality_figures import MonthFigures
from app.ui.quality import texts
from app.ui.quality.figures_model import FIGURE_ROLE, GROUP_ROLE, FiguresModel, PeopleModel
from app.ui.quality.filters import group_of, people_of
from app.ui.widgets.record_table import record_table


class FiguresPanel(QWidget):
    figureChosen = Signal(str, str, str, int)  # figure, group kind, group key, months back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = FiguresModel(self)
        self.people = PeopleModel(self)
        self.figures_table = record_table(self, self.figures, {0: 260, 1: 100, 2: 100})
        self.figures_table.horizontalHeader().setStretchLastSection(True)
        self.people_table = record_table(self, self.people, {0: 150})
        self.people_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.title = QLabel(self)
        self.people_title = QLabel(self.tr("Technicians this month"), self)
        self.definitions = QLabel(texts.definitions(), self)
        self.definitions.setWordWrap(True)
        self.definitions.setStyleSheet("color: #555;")
        self.hint = QLabel(self.tr("Double-click a figure (or Enter) for the jobs behind it."),
                           self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.figures_table, 3)
        layout.addWidget(self.hint)
        layout.addWidget(self.people_title)
        layout.addWidget(self.people_table, 2)
        layout.addWidget(self.definitions)
        self.figures_table.activated.connect(lambda i: self._chosen(self.figures_table, i))
        self.people_table.activated.connect(lambda i: self._chosen(self.people_table, i))

    def show_figures(self, current: MonthFigures, previous: MonthFigures, team: str | None,
                     technician: str | None, teams: dict[str, str], group_text: str) -> None:
        self.title.setText(self.tr("{month} against {previous}: {group}").format(
            month=current.month, previous=previous.month, group=group_text))
        self.figures.set_groups(group_of(current, team, technician),
                                group_of(previous, team, technician))
        self.people.set_groups(people_of(current, team, technician, teams))

    def _chosen(self, table: QTableView, index: QModelIndex) -> None:
        figure = index.data(FIGURE_ROLE)
        group = index.data(GROUP_ROLE)
        if not figure or group is None:
            return
        back = 1 if table is self.figures_table and index.column() == 2 else 0
        self.figureChosen.emit(figure, group[0], group[1], back)



