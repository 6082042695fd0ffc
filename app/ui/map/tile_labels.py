"""The names of vector tiles, drawn above the tiles and placed like the basemap's: beside their
point, clear of each other and of pins, badges, home bases and route stops (`app.map.labels`),
else left out. Placed per tile at the view's whole zoom level and kept until the pins change.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QPainter

from app.map.labels import Blocked, Label, place
from app.map.mercator import TILE_SIZE
from app.map.vector import Kind
from app.map.viewport import Viewport
from app.ui.map import style
from app.ui.map.tiles import Key, TileSource

KEPT = 600  # placements kept (tiles x levels x obstacles)


class TileLabels:
    def __init__(self, font: QFont, char_px: float, line_px: float) -> None:
        self.font = QFont(font)
        self.street_font = QFont(font)
        self.street_font.setBold(True)
        self.char_px, self.line_px = char_px, line_px
        self._placed: dict[tuple[Key, int, object], tuple[tuple[Label, Kind], ...]] = {}
        self.drawn: list[tuple[str, QRectF]] = []  # the last paint's names, where they went

    def placed(self, source: TileSource, key: Key, level: int,
               avoid: Blocked) -> tuple[tuple[Label, Kind], ...]:
        cached = (key, level, avoid.key)
        found = self._placed.get(cached)
        if found is None and source.known(key):  # placed once the tile is read
            zoom, tx, ty = key
            per = 2.0 ** zoom
            names = source.labels(key)
            spots = [((tx * TILE_SIZE + k.x) / per, (ty * TILE_SIZE + k.y) / per, k.text)
                     for k in names]
            kinds = {(x, y, text): k.kind for (x, y, text), k in zip(spots, names, strict=True)}
            found = tuple((label, kinds[(label.x, label.y, label.text)])
                          for label in place(spots, level, self.char_px, self.line_px, avoid))
            if len(self._placed) >= KEPT:
                self._placed.clear()
            self._placed[cached] = found
        return found or ()

    def draw(self, p: QPainter, vp: Viewport, source: TileSource, keys: list[Key],
             avoid: Blocked) -> None:
        self.drawn = []
        level = math.floor(vp.zoom)
        for key in keys:
            for label, kind in self.placed(source, key, level, avoid):
                sx, sy = vp.to_screen(label.x, label.y)
                box = QRectF(sx + label.dx, sy + label.dy, label.width, label.height)
                if not (box.right() >= 0 and box.left() <= vp.width and box.bottom() >= 0
                        and box.top() <= vp.height):
                    continue
                street = kind is Kind.STREET_NAME
                p.setFont(self.street_font if street else self.font)
                p.setPen(style.STREET_TEXT if street else style.PLACE_TEXT)
                p.drawText(box.bottomLeft() - QPointF(0, self.line_px * 0.25), label.text)
                self.drawn.append((label.text, box))
