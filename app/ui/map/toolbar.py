"""The map page's controls: show all jobs, finished jobs too, a technician's day route, the
tiles file."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.services.technicians import TechnicianSummary
from app.texts import shown

DATE_FORMAT = "yyyy-MM-dd"


class MapToolbar(QWidget):
    fitRequested = Signal()
    finishedToggled = Signal(bool)
    routeChanged = Signal()  # the technician or the day
    tilesRequested = Signal()  # choose a tiles file (MBTiles or PMTiles)
    basemapRequested = Signal()  # back to the built-in basemap
    lowPrecisionRequested = Signal()  # the low-precision queue
    legendToggled = Signal(bool)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit_button = QPushButton(self.tr("Show all jobs"), self)
        self.finished = QCheckBox(self.tr("Finished jobs too"), self)
        self.finished.setToolTip(self.tr("Also show completed, closed and cancelled jobs"))
        self.technician = QComboBox(self)
        self.technician.setMinimumContentsLength(12)
        self.technician.addItem(self.tr("No route"), None)
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.tiles_button = QToolButton(self)
        self.tiles_button.setText(self.tr("Map tiles…"))
        self.tiles_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.tiles_button)
        self.choose_action = menu.addAction(self.tr("Use a map tiles file…"))
        self.choose_action.setToolTip(self.tr("MBTiles or PMTiles, raster or vector tiles"))
        self.basemap_action = menu.addAction(self.tr("Use the built-in basemap"))
        self.tiles_button.setMenu(menu)
        self.legend_button = QPushButton(self.tr("Legend"), self)
        self.legend_button.setCheckable(True)
        self.legend_button.setToolTip(self.tr("What the pins, rings, houses and lines mean"))
        self.low_precision_button = QPushButton(self.tr("Low-precision sites…"), self)
        self.low_precision_button.setToolTip(self.tr(
            "Sites located only to their district or worse: re-geocode them when online"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fit_button)
        layout.addWidget(self.finished)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Route of"), self))
        layout.addWidget(self.technician)
        layout.addWidget(self.day)
        layout.addStretch(1)
        layout.addWidget(self.legend_button)
        layout.addWidget(self.low_precision_button)
        layout.addWidget(self.tiles_button)

        self.fit_button.clicked.connect(self.fitRequested)
        self.finished.toggled.connect(self.finishedToggled)
        self.technician.currentIndexChanged.connect(lambda _i: self.routeChanged.emit())
        self.day.dateChanged.connect(lambda _d: self.routeChanged.emit())
        self.choose_action.triggered.connect(self.tilesRequested)
        self.basemap_action.triggered.connect(self.basemapRequested)
        self.low_precision_button.clicked.connect(self.lowPrecisionRequested)
        self.legend_button.toggled.connect(self.legendToggled)

    def set_technicians(self, technicians: list[TechnicianSummary]) -> None:
        chosen = self.technician.currentData()
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItem(self.tr("No route"), None)
        for tech in technicians:
            self.technician.addItem(shown(f"{tech.code} {tech.name}"), tech.id)
        self.technician.setCurrentIndex(max(0, self.technician.findData(chosen)))
        self.technician.blockSignals(False)

    def route_of(self) -> tuple[str | None, dt.date]:
        d = self.day.date()
        return self.technician.currentData(), dt.date(d.year(), d.month(), d.day())

    def set_route_of(self, technician_id: str | None, day: dt.date) -> None:
        self.blockSignals(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.technician.setCurrentIndex(max(0, self.technician.findData(technician_id)))
        self.blockSignals(False)
        self.routeChanged.emit()
