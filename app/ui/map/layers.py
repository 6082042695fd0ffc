"""What the map paints below and above the pins: the offline basemap, MBTiles tiles, home
bases, a technician's day route and the scale bar. Each layer draws from plain data in screen
coordinates of one `Viewport`, culling what lies outside it."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import cached_property

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from app.geo.gazetteer import Level
from app.map.basemap import Basemap, Border, Shape
from app.map.labels import NOTHING, Blocked
from app.map.mercator import TILE_SIZE, metres_per_pixel, to_latlon, to_world
from app.map.viewport import Rect, Viewport
from app.services.map_data import DayRoute, HomeBase
from app.ui.map import style
from app.ui.map.tiles import Key, TileSource

GRID_STEPS = (20.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001)
GRID_MIN_PX = 140  # graticule lines at least this far apart
MAX_TILES = 160  # more tiles than this in view: zoomed too far out for the file
PARENT_LEVELS = 3  # a missing tile is drawn from an ancestor up to this many levels up
SCALE_STEPS = (1, 2, 5)
Lines = list[tuple[Rect, QPainterPath]]  # paths in world units, each with its bounds


def _font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class BasemapLayer:
    """Land colour, a graticule, lakes and rivers, provinces' borders, division dots and labels
    (placed without overlap). Lines are painter paths in world units, made once and drawn
    through the view's transform with cosmetic pens (Qt maps the points, not Python).

    The basemap is read and its paths made at the first paint (`source` is called then): the
    map page is built with the main window, whose start shows the jobs and should not wait some
    0.3 s for water and borders nobody looks at yet."""

    def __init__(self, source: Callable[[], Basemap], font: QFont) -> None:
        self._source = source
        self.fonts = {Level.PROVINCE: _font(font, 1.05, bold=True),
                      Level.CITY: _font(font, 0.95), Level.DISTRICT: _font(font, 0.85)}
        metrics = QFontMetricsF(self.fonts[Level.CITY])
        self.char_px = metrics.horizontalAdvance("南")
        self.line_px = metrics.height()
        self._texts: dict[str, QStaticText] = {}
        self.drawn_labels: list[QRectF] = []  # where the last paint put each label (screen)

    @cached_property
    def basemap(self) -> Basemap:
        return self._source()

    @cached_property
    def _lines(self) -> tuple[Lines, Lines, Lines]:
        """The lakes', rivers' and borders' paths."""
        water = self.basemap.water
        return _lines(water.lakes), _lines(water.rivers), _lines(self.basemap.borders)

    def draw(self, p: QPainter, vp: Viewport, avoid: Blocked = NOTHING) -> None:
        """Everything, the labels clear of what `avoid` covers (pins and the like)."""
        p.fillRect(QRectF(0, 0, vp.width, vp.height), style.LAND)
        _graticule(p, vp)
        rect = vp.world_rect().expanded(60 / vp.scale)
        s, ox, oy = vp.scale, vp.width / 2 - vp.cx * vp.scale, vp.height / 2 - vp.cy * vp.scale
        lakes, rivers, borders = self._lines
        p.save()
        p.setTransform(QTransform(s, 0, 0, s, ox, oy))
        p.setPen(_cosmetic(style.WATER_EDGE, 1.0))
        p.setBrush(QBrush(style.WATER))
        for bounds, path in lakes:
            if rect.intersects(bounds):
                p.drawPath(path)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_cosmetic(style.WATER, 2.0 if vp.zoom >= 10 else 1.2))
        for bounds, path in rivers if self.basemap.rivers_show(vp.zoom) else ():
            if rect.intersects(bounds):
                p.drawPath(path)
        p.setPen(_cosmetic(style.BORDER, 1.5, Qt.PenStyle.DashLine))
        for bounds, path in borders:
            if rect.intersects(bounds):
                p.drawPath(path)
        p.restore()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(style.PLACE_DOT))
        for place in self.basemap.places_at(vp.zoom):
            if rect.contains(place.x, place.y):
                r = 3.5 - place.level * 0.75
                p.drawEllipse(QPointF(place.x * s + ox, place.y * s + oy), r, r)
        self.drawn_labels = []
        for place, label in self.basemap.labels_at(vp.zoom, self.char_px, self.line_px, avoid):
            if rect.contains(place.x, place.y):
                p.setFont(self.fonts[place.level])
                p.setPen(style.PROVINCE_TEXT if place.level == Level.PROVINCE
                         else style.PLACE_TEXT)
                text = self._texts.get(place.adcode)
                if text is None:
                    text = self._texts[place.adcode] = QStaticText(place.label)
                    text.prepare(font=self.fonts[place.level])
                at = QPointF(place.x * s + ox + label.dx, place.y * s + oy + label.dy)
                p.drawStaticText(at, text)
                self.drawn_labels.append(QRectF(at, text.size()))


def _lines(shapes: Iterable[Shape | Border]) -> Lines:
    return [(shape.bounds, _path(shape.points)) for shape in shapes]


def _path(points: tuple[tuple[float, float], ...]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    return path


def _cosmetic(colour: QColor, width: float, pen_style: Qt.PenStyle = Qt.PenStyle.SolidLine
              ) -> QPen:
    """A pen `width` screen pixels wide whatever the painter's transform."""
    pen = QPen(colour, width, pen_style)
    pen.setCosmetic(True)
    return pen


def _graticule(p: QPainter, vp: Viewport) -> None:
    """Lines of latitude and longitude, as a sense of scale where nothing else is."""
    north, west = to_latlon(*vp.to_world(0, 0))
    south, east = to_latlon(*vp.to_world(vp.width, vp.height))
    px_per_degree = vp.scale * TILE_SIZE / 360
    step = next((d for d in reversed(GRID_STEPS) if d * px_per_degree >= GRID_MIN_PX),
                GRID_STEPS[0])
    p.setPen(QPen(style.GRATICULE, 1.0))
    lon = math.floor(west / step) * step
    while lon <= east:
        x = vp.to_screen(*to_world(0, lon))[0]
        p.drawLine(QPointF(x, 0), QPointF(x, vp.height))
        lon += step
    lat = math.floor(south / step) * step
    while lat <= north:
        y = vp.to_screen(*to_world(lat, 0))[1]
        p.drawLine(QPointF(0, y), QPointF(vp.width, y))
        lat += step


def tile_level(vp: Viewport, source: TileSource) -> int | None:
    """The whole zoom level of the file drawn at the view's zoom, or None: none fits."""
    info = source.info
    level = min(max(round(vp.zoom), info.min_zoom), info.max_zoom)
    return None if vp.zoom < info.min_zoom - 2 else level


def tiles_in_view(vp: Viewport, source: TileSource) -> list[Key]:
    """The tiles of the file's level that the view shows (none: no level fits, or too many)."""
    level = tile_level(vp, source)
    if level is None:
        return []
    n = 2 ** level
    rect = vp.world_rect()
    per_unit = n / TILE_SIZE
    x0, x1 = max(0, math.floor(rect.left * per_unit)), min(n - 1, math.floor(rect.right * per_unit))
    y0, y1 = max(0, math.floor(rect.top * per_unit)), min(n - 1, math.floor(rect.bottom * per_unit))
    if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES:
        return []
    return [(level, tx, ty) for tx in range(x0, x1 + 1) for ty in range(y0, y1 + 1)]


def draw_tiles(p: QPainter, vp: Viewport, source: TileSource, keys: list[Key]) -> list[Key]:
    """The cached tiles of `keys` (an ancestor's part where a tile is still missing); returns
    the tiles to read."""
    missing: list[Key] = []
    if not keys:
        return missing
    side = TILE_SIZE * 2.0 ** (vp.zoom - keys[0][0])
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, abs(side - TILE_SIZE) > 0.5)
    for key in keys:
        level, tx, ty = key
        sx, sy = vp.to_screen(tx * TILE_SIZE / 2 ** level, ty * TILE_SIZE / 2 ** level)
        target = QRectF(sx, sy, side, side)
        pixmap = source.cached(key)
        if pixmap is not None:
            p.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            continue
        if not source.known(key):
            missing.append(key)
        _draw_ancestor(p, source, key, target)
    return missing


def _draw_ancestor(p: QPainter, source: TileSource, key: Key, target: QRectF) -> None:
    level, tx, ty = key
    for up in range(1, PARENT_LEVELS + 1):
        if level - up < source.info.min_zoom:
            return
        parent = source.cached((level - up, tx >> up, ty >> up))
        if parent is None:
            continue
        part = parent.width() / 2 ** up
        sx, sy = (tx % 2 ** up) * part, (ty % 2 ** up) * part
        p.drawPixmap(target, parent, QRectF(sx, sy, part, part))
        return


def draw_homes(p: QPainter, vp: Viewport, homes: tuple[HomeBase, ...], font: QFont) -> None:
    """Each technician's home base: a little house in their colour, their code when zoomed in."""
    rect = vp.world_rect().expanded(20 / vp.scale)
    half = style.HOME_SIZE / 2
    house = QPolygonF([QPointF(-half, -half * 0.1), QPointF(0, -half * 1.1),
                       QPointF(half, -half * 0.1), QPointF(half, half),
                       QPointF(-half, half)])
    p.setFont(_font(font, 0.85, bold=True))
    for home in homes:
        x, y = to_world(home.lat, home.lon)
        if not rect.contains(x, y):
            continue
        sx, sy = vp.to_screen(x, y)
        p.setPen(QPen(style.HOME_EDGE, 1.5))
        p.setBrush(QBrush(QColor(home.colour)))
        p.drawPolygon(house.translated(sx, sy))
        if vp.zoom >= 12:
            p.setPen(QColor(home.colour).darker(140))
            p.drawText(QPointF(sx + half + 3, sy + half), home.code)


def draw_route(p: QPainter, vp: Viewport, route: DayRoute, font: QFont,
               leg_text: Callable[[int], str]) -> None:
    """The day in appointment order: a line from the home base through the located stops,
    each stop numbered, each leg labelled with its driving minutes."""
    colour = QColor(route.colour)
    points: list[QPointF | None] = []
    start = None if route.home_lat is None or route.home_lon is None else QPointF(
        *vp.to_screen(*to_world(route.home_lat, route.home_lon)))
    for stop in route.stops:
        points.append(None if stop.lat is None or stop.lon is None else QPointF(
            *vp.to_screen(*to_world(stop.lat, stop.lon))))
    chain = [start, *points]
    for casing, width in ((Qt.GlobalColor.white, 6.0), (colour, 3.5)):
        p.setPen(QPen(casing, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for a, b in zip(chain, chain[1:], strict=False):
            if a is not None and b is not None:
                p.drawLine(a, b)
    small = _font(font, 0.85, bold=True)
    p.setFont(small)
    metrics = QFontMetricsF(small)
    for a, b, stop in zip(chain, chain[1:], route.stops, strict=False):
        if a is None or b is None or stop.travel_minutes is None:
            continue
        text = leg_text(stop.travel_minutes)
        mid = (a + b) / 2
        box = metrics.boundingRect(text).adjusted(-4, -2, 4, 2)
        box.moveCenter(mid)
        p.setPen(QPen(colour, 1.0))
        p.setBrush(QBrush(QColor(255, 255, 255, 230)))
        p.drawRoundedRect(box, 4, 4)
        p.setPen(colour.darker(150))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    for number, point in enumerate(points, start=1):
        if point is None:
            continue
        p.setPen(QPen(Qt.GlobalColor.white, 2.0))
        p.setBrush(QBrush(colour))
        p.drawEllipse(point, style.ROUTE_STOP, style.ROUTE_STOP)
        p.setPen(style.ROUTE_STOP_TEXT)
        p.drawText(QRectF(point.x() - 10, point.y() - 10, 20, 20),
                   Qt.AlignmentFlag.AlignCenter, str(number))


def draw_scale_bar(p: QPainter, vp: Viewport, font: QFont) -> None:
    """A bar of a round length (1, 2 or 5 x 10^n metres) at most 120 pixels long."""
    lat = to_latlon(vp.cx, vp.cy)[0]
    per_px = metres_per_pixel(lat, vp.zoom)
    best = 1.0
    for exp in range(0, 8):
        for step in SCALE_STEPS:
            if step * 10 ** exp / per_px <= 120:
                best = step * 10.0 ** exp
    length = best / per_px
    text = f"{best / 1000:g} km" if best >= 1000 else f"{best:g} m"
    x, y = 12.0, vp.height - 14.0
    p.setPen(QPen(style.SCALE_BAR, 2.0))
    p.drawLine(QPointF(x, y), QPointF(x + length, y))
    p.drawLine(QPointF(x, y - 5), QPointF(x, y))
    p.drawLine(QPointF(x + length, y - 5), QPointF(x + length, y))
    p.setFont(_font(font, 0.85))
    p.drawText(QPointF(x + 4, y - 5), text)


def draw_attribution(p: QPainter, vp: Viewport, text: str, font: QFont) -> None:
    if not text:
        return
    p.setFont(_font(font, 0.8))
    metrics = QFontMetricsF(p.font())
    box = metrics.boundingRect(text).adjusted(-4, -2, 4, 2)
    box.moveBottomRight(QPointF(vp.width - 2, vp.height - 2))
    p.fillRect(box, style.HALO)
    p.setPen(style.SCALE_BAR)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
