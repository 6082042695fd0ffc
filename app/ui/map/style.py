"""The map's colours, sizes and the pre-drawn pin images (one per status, priority, selection).

A pin's fill is its job's status; its ring its priority (urgent red, high orange, normal white,
low grey and smaller); a selected pin is larger with a dark blue ring. Pins are drawn from
pixmaps made once per device pixel ratio: 5,000 of them cost a few milliseconds a repaint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

from app.models.enums import JobStatus, Priority

LAND = QColor("#eef1ea")
GRATICULE = QColor("#dfe4da")
WATER = QColor("#9cc3e4")  # rivers and lakes
WATER_EDGE = QColor("#7fb0db")
BORDER = QColor("#a98fb3")  # between provinces
PLACE_DOT = QColor("#7b8794")
PROVINCE_TEXT = QColor("#4a5560")
PLACE_TEXT = QColor("#5c6670")
STREET_TEXT = QColor("#6d4c2f")  # street names of vector tiles
HALO = QColor(255, 255, 255, 210)
CLUSTER = QColor("#37618e")
CLUSTER_URGENT = QColor("#c62828")
SELECTED = QColor("#0d47a1")
RUBBER_BAND = QColor(13, 71, 161, 40)
ROUTE_STOP_TEXT = QColor("#ffffff")
SCALE_BAR = QColor("#37474f")
HOME_EDGE = QColor("#263238")

STATUS = {
    JobStatus.NEW: QColor("#1e88e5"),
    JobStatus.SCHEDULED: QColor("#8e24aa"),
    JobStatus.DISPATCHED: QColor("#f4a300"),
    JobStatus.IN_PROGRESS: QColor("#2e9d4f"),
    JobStatus.ON_HOLD: QColor("#8d6e63"),
    JobStatus.COMPLETED: QColor("#90a4ae"),
    JobStatus.CLOSED: QColor("#b0bec5"),
    JobStatus.CANCELLED: QColor("#cfd8dc"),
}
RING = {
    Priority.URGENT: QColor("#d50000"),
    Priority.HIGH: QColor("#ff8f00"),
    Priority.NORMAL: QColor("#ffffff"),
    Priority.LOW: QColor("#9e9e9e"),
}
PIN_DIAMETER = 14.0
LOW_DIAMETER = 11.0
SELECTED_DIAMETER = 20.0
PIN_HIT = 10.0  # pixels from a pin's centre that still hit it
HOME_SIZE = 13.0
ROUTE_STOP = 10.0  # radius of a numbered stop of a route


def pin_diameter(priority: Priority, selected: bool) -> float:
    if selected:
        return SELECTED_DIAMETER
    return LOW_DIAMETER if priority is Priority.LOW else PIN_DIAMETER


@cache
def pin_pixmap(status: JobStatus, priority: Priority, selected: bool, ratio: float) -> QPixmap:
    """The pin's image, centred in its square; `ratio`: the device pixel ratio."""
    d = pin_diameter(priority, selected)
    ring = 3.0 if priority in (Priority.URGENT, Priority.HIGH) or selected else 2.0
    side = d + 4
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2 + ring / 2, 2 + ring / 2, d - ring, d - ring)
    p.setPen(QPen(QColor(0, 0, 0, 90), ring + 1.5))
    p.drawEllipse(rect)
    p.setPen(QPen(SELECTED if selected else RING[priority], ring))
    p.setBrush(QBrush(STATUS[status]))
    p.drawEllipse(rect)
    if priority is Priority.URGENT:
        p.setPen(QPen(Qt.GlobalColor.white, 2.0))
        c = rect.center()
        p.drawLine(QPointF(c.x(), c.y() - d * 0.2), QPointF(c.x(), c.y() + d * 0.05))
        p.drawPoint(QPointF(c.x(), c.y() + d * 0.2))
    p.end()
    return pixmap
