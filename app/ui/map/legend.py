"""The map's legend: what a pin's fill (the status) and ring (the priority) say, a cluster badge,
a home base, a technician's route, water and the border between provinces. Each sample is drawn
with the map's own pixmaps and colours, so the legend cannot drift from the map.

It floats in the map's top-right corner; the toolbar's "Legend" button shows or hides it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.models.enums import JobStatus, Priority
from app.ui import labels
from app.ui.map import style

SAMPLE = 22  # pixels: the side of each sample
NEUTRAL = JobStatus.CLOSED  # the fill of the ring samples


def _sample(paint: Callable[[QPainter], None], ratio: float) -> QPixmap:
    pixmap = QPixmap(round(SAMPLE * ratio), round(SAMPLE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(p)
    p.end()
    return pixmap


def _pin(status: JobStatus, priority: Priority, ratio: float) -> Callable[[QPainter], None]:
    def paint(p: QPainter) -> None:
        image = style.pin_pixmap(status, priority, False, ratio)
        half = image.width() / ratio / 2
        p.drawPixmap(QPointF(SAMPLE / 2 - half, SAMPLE / 2 - half), image)
    return paint


def _badge(p: QPainter) -> None:
    p.setPen(QPen(style.HALO, 2.0))
    p.setBrush(QBrush(style.CLUSTER))
    p.drawEllipse(QPointF(SAMPLE / 2 - 1, SAMPLE / 2 + 1), 8, 8)
    p.setPen(QPen(style.HALO, 1.0))
    p.setBrush(QBrush(style.CLUSTER_URGENT))
    p.drawEllipse(QPointF(SAMPLE / 2 + 5, SAMPLE / 2 - 5), 3.5, 3.5)


def _home(p: QPainter) -> None:
    half, c = style.HOME_SIZE / 2, SAMPLE / 2
    p.setPen(QPen(style.HOME_EDGE, 1.5))
    p.setBrush(QBrush(QColor("#4f83cc")))
    p.drawPolygon(QPolygonF([QPointF(c - half, c - half * 0.1), QPointF(c, c - half * 1.1),
                             QPointF(c + half, c - half * 0.1), QPointF(c + half, c + half),
                             QPointF(c - half, c + half)]))


def _route(p: QPainter) -> None:
    colour = QColor("#4f83cc")
    p.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(1, SAMPLE - 3), QPointF(SAMPLE - 6, 6))
    p.setPen(QPen(Qt.GlobalColor.white, 1.5))
    p.setBrush(QBrush(colour))
    p.drawEllipse(QPointF(SAMPLE - 7, 7), 6, 6)


def _line(colour: QColor, width: float, dashed: bool) -> Callable[[QPainter], None]:
    def paint(p: QPainter) -> None:
        p.setPen(QPen(colour, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(1, SAMPLE / 2 + 3), QPointF(SAMPLE - 1, SAMPLE / 2 - 3))
    return paint


def _water(p: QPainter) -> None:
    p.setPen(QPen(style.WATER_EDGE, 1.0))
    p.setBrush(QBrush(style.WATER))
    p.drawEllipse(QRectF(8, 3, 12, 8))
    _line(style.WATER, 2.0, False)(p)


class MapLegend(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.entries: list[str] = []  # the texts, in order
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        ratio = self.devicePixelRatioF()
        self._heading(grid, self.tr("Job status (fill)"))
        for status in style.STATUS:
            self._entry(grid, _pin(status, Priority.NORMAL, ratio), labels.status(status))
        self._heading(grid, self.tr("Priority (ring)"))
        for priority in style.RING:
            self._entry(grid, _pin(NEUTRAL, priority, ratio), labels.priority(priority))
        self._heading(grid, self.tr("On the map"))
        self._entry(grid, _badge, self.tr("Several jobs (red dot: one is urgent)"))
        self._entry(grid, _home, self.tr("A technician's home base"))
        self._entry(grid, _route, self.tr("A technician's day: visits in order"))
        self._entry(grid, _water, self.tr("River or lake"))
        self._entry(grid, _line(style.BORDER, 1.5, True), self.tr("Border between provinces"))

    def _heading(self, grid: QGridLayout, text: str) -> None:
        label = QLabel(f"<b>{text}</b>", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(label, grid.rowCount(), 0, 1, 2)

    def _entry(self, grid: QGridLayout, paint: Callable[[QPainter], None], text: str) -> None:
        row = grid.rowCount()
        icon = QLabel(self)
        icon.setPixmap(_sample(paint, self.devicePixelRatioF()))
        grid.addWidget(icon, row, 0)
        grid.addWidget(QLabel(text, self), row, 1)
        self.entries.append(text)
