"""Vector tiles painted as images: each decoded tile (`app.map.vector`) is drawn once, in the
task runner, into an image twice the tile's size (sharp when zoomed between levels and on
high-density screens), then drawn like a raster tile. The names are not painted into the image:
the map places them above the tiles, clear of pins (`draw_tile_labels` in layers.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from app.map.mercator import TILE_SIZE
from app.map.vector import Kind, Shape, VectorTile
from app.ui.map import style

SCALE = 2  # image pixels per tile pixel

FILLS = {Kind.PARK: QColor("#d8ead0"), Kind.WATER: style.WATER, Kind.BUILDING: QColor("#e0dbd3")}
# kind: (casing colour, casing width, colour, width) in tile pixels
LINES = {
    Kind.WATERWAY: (None, 0.0, style.WATER, 1.5),
    Kind.RAIL: (None, 0.0, QColor("#9e9e9e"), 1.2),
    Kind.PATH: (None, 0.0, QColor("#bcaaa4"), 0.8),
    Kind.MINOR_ROAD: (QColor("#c8c2b8"), 3.5, QColor("#ffffff"), 2.2),
    Kind.MAJOR_ROAD: (QColor("#d9a441"), 5.0, QColor("#fde39a"), 3.6),
    Kind.HIGHWAY: (QColor("#c9762d"), 6.0, QColor("#f7b267"), 4.4),
}


def render(tile: VectorTile) -> QImage:
    """The tile's areas and lines on the land colour, `SCALE` times the tile's size."""
    side = TILE_SIZE * SCALE
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(style.LAND)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(SCALE, SCALE)
    for shape in tile.shapes:
        if shape.kind in FILLS:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(FILLS[shape.kind]))
            p.drawPath(_area(shape))
    p.setBrush(Qt.BrushStyle.NoBrush)
    lines = [s for s in tile.shapes if s.kind in LINES]
    for casing in (True, False):  # every casing first, so that crossings join
        for shape in lines:
            edge, edge_width, colour, width = LINES[shape.kind]
            if casing and edge is None:
                continue
            p.setPen(_pen(edge, edge_width) if casing and edge is not None
                     else _pen(colour, width))
            for ring in shape.rings:
                p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in ring]))
    p.end()
    return image


def _pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


def _area(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
    return path
