"""The controls above the board: day or week, back/today/forward, zoom, undo/redo, grouping,
the technician filter (a skill and words matching code, name, team or skills) and the legend."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.models.enums import Skill
from app.ui import labels
from app.ui.board.geometry import ZOOM_STEP, Grouping, Scale
from app.ui.board.legend import LegendPanel


class BoardToolbar(QWidget):
    scaleChanged = Signal(object)  # Scale
    stepped = Signal(int)  # -1 back, +1 forward, 0 today
    zoomed = Signal(float)  # a factor; 0: fit the working hours into the width
    filterChanged = Signal()
    planRequested = Signal()

    def __init__(self, stack: QUndoStack, undo: QAction, redo: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_button = self._button(self.tr("Day"), checkable=True)
        self.week_button = self._button(self.tr("Week"), checkable=True)
        self.week_button.setChecked(True)
        scales = QButtonGroup(self)
        scales.addButton(self.day_button)
        scales.addButton(self.week_button)
        self.back_button = self._button("")
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolTip(self.tr("Earlier"))
        self.today_button = self._button(self.tr("Today"))
        self.forward_button = self._button("")
        self.forward_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.forward_button.setToolTip(self.tr("Later"))
        self.range_label = QLabel(self)
        self.zoom_out = self._button("−")
        self.zoom_in = self._button("+")
        self.fit_button = self._button(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the working hours into the width (0)"))
        self.grouping = QComboBox(self)
        for text, value in ((self.tr("By team"), Grouping.TEAM),
                            (self.tr("By skills"), Grouping.SKILLS),
                            (self.tr("No groups"), Grouping.NONE)):
            self.grouping.addItem(text, value)
        self.skill = QComboBox(self)
        self.skill.addItem(self.tr("Any skill"), "")
        for skill in Skill:
            self.skill.addItem(labels.skill(skill), skill.value)
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Find technicians"))
        self.legend_button = self._legend_button()
        self.plan_button = self._button(self.tr("Plan day…"))
        self.plan_button.setToolTip(self.tr("Plan a day's routes for a team or the technicians "
                                            "shown: the jobs of the queue and the day's "
                                            "unpinned visits"))
        self.undo_button, self.redo_button = self._history_buttons(stack, undo, redo)
        self._lay_out(self.plan_button, self.undo_button, self.redo_button)
        self.day_button.clicked.connect(lambda: self.scaleChanged.emit(Scale.DAY))
        self.week_button.clicked.connect(lambda: self.scaleChanged.emit(Scale.WEEK))
        self.back_button.clicked.connect(lambda: self.stepped.emit(-1))
        self.today_button.clicked.connect(lambda: self.stepped.emit(0))
        self.forward_button.clicked.connect(lambda: self.stepped.emit(1))
        self.zoom_out.clicked.connect(lambda: self.zoomed.emit(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoomed.emit(ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.zoomed.emit(0.0))
        self.plan_button.clicked.connect(self.planRequested)
        self.grouping.currentIndexChanged.connect(self.filterChanged)
        self.skill.currentIndexChanged.connect(self.filterChanged)
        self.search.textChanged.connect(self.filterChanged)

    def _history_buttons(self, stack: QUndoStack, undo: QAction,
                         redo: QAction) -> tuple[QToolButton, QToolButton]:
        """Short buttons for the actions; what they would undo or redo shows as tooltips."""
        undo_button, redo_button = self._button(self.tr("Undo")), self._button(self.tr("Redo"))
        undo_button.clicked.connect(undo.trigger)
        redo_button.clicked.connect(redo.trigger)
        undo_button.setEnabled(stack.canUndo())
        redo_button.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo_button.setEnabled)
        stack.canRedoChanged.connect(redo_button.setEnabled)
        stack.undoTextChanged.connect(undo_button.setToolTip)
        stack.redoTextChanged.connect(redo_button.setToolTip)
        return undo_button, redo_button

    def _legend_button(self) -> QToolButton:
        """A button whose menu shows what the board's colours and marks mean."""
        button = self._button(self.tr("Legend"))
        button.setToolTip(self.tr("What the colours and marks on the board mean"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.legend = LegendPanel(menu)
        shown = QWidgetAction(menu)
        shown.setDefaultWidget(self.legend)
        menu.addAction(shown)
        button.setMenu(menu)
        return button

    def _button(self, text: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(checkable)
        return button

    def _lay_out(self, *history: QWidget) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        left: list[QWidget] = [self.day_button, self.week_button, self.back_button,
                               self.today_button, self.forward_button, self.range_label]
        right: list[QWidget] = [self.zoom_out, self.zoom_in, self.fit_button, *history,
                                self.grouping, self.skill, self.legend_button]
        for widget in left:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in right:
            row.addWidget(widget)
        row.addWidget(self.search, 1)

    def show_range(self, first: dt.date, days: int) -> None:
        last = first + dt.timedelta(days=days - 1)
        self.range_label.setText(first.isoformat() if days == 1
                                 else f"{first.isoformat()} – {last:%m-%d}")

    def set_scale(self, scale: Scale) -> None:
        (self.day_button if scale is Scale.DAY else self.week_button).setChecked(True)

    def filter(self) -> tuple[Grouping, str, str]:
        return Grouping(self.grouping.currentData()), self.search.text(), self.skill.currentData()
