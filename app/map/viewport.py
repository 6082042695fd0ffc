"""What a map window shows: the world point at its centre, the zoom and its size in pixels.

World coordinates are Web Mercator pixels at zoom 0 (the world is 256 x 256, see `mercator`);
a screen pixel is `2**zoom` times smaller. Zoom is continuous (wheel steps of a half level);
tiles are drawn from the nearest whole level, scaled. Pure: the widget keeps one `Viewport`
and asks it where to draw and what the pointer is over.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.map.mercator import MAX_ZOOM, MIN_ZOOM, TILE_SIZE, to_world

FIT_MARGIN = 40  # pixels kept free around what `fit` shows


@dataclass(frozen=True)
class Rect:
    left: float
    top: float
    right: float
    bottom: float

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def expanded(self, d: float) -> Rect:
        return Rect(self.left - d, self.top - d, self.right + d, self.bottom + d)

    def intersects(self, other: Rect) -> bool:
        return (self.left <= other.right and other.left <= self.right
                and self.top <= other.bottom and other.top <= self.bottom)


@dataclass(frozen=True)
class Viewport:
    cx: float = TILE_SIZE / 2  # world x at the centre
    cy: float = TILE_SIZE / 2
    zoom: float = 3.0
    width: int = 800
    height: int = 600
    min_zoom: float = MIN_ZOOM
    max_zoom: float = MAX_ZOOM

    @property
    def scale(self) -> float:
        """Screen pixels per world unit."""
        return math.pow(2.0, self.zoom)

    def to_screen(self, wx: float, wy: float) -> tuple[float, float]:
        s = self.scale
        return (wx - self.cx) * s + self.width / 2, (wy - self.cy) * s + self.height / 2

    def to_world(self, sx: float, sy: float) -> tuple[float, float]:
        s = self.scale
        return self.cx + (sx - self.width / 2) / s, self.cy + (sy - self.height / 2) / s

    def world_rect(self) -> Rect:
        """The world shown, in world units."""
        left, top = self.to_world(0, 0)
        right, bottom = self.to_world(self.width, self.height)
        return Rect(left, top, right, bottom)

    def resized(self, width: int, height: int) -> Viewport:
        return replace(self, width=max(1, width), height=max(1, height))

    def centred(self, wx: float, wy: float) -> Viewport:
        return replace(self, cx=min(max(wx, 0.0), TILE_SIZE), cy=min(max(wy, 0.0), TILE_SIZE))

    def panned(self, dx: float, dy: float) -> Viewport:
        """Moved as if the map were dragged by (dx, dy) screen pixels."""
        s = self.scale
        return self.centred(self.cx - dx / s, self.cy - dy / s)

    def zoomed(self, zoom: float, anchor: tuple[float, float] | None = None) -> Viewport:
        """At `zoom` (clamped), keeping the world point under screen point `anchor` there."""
        zoom = min(max(zoom, self.min_zoom), self.max_zoom)
        sx, sy = anchor if anchor is not None else (self.width / 2, self.height / 2)
        wx, wy = self.to_world(sx, sy)
        s = math.pow(2.0, zoom)
        return replace(self, zoom=zoom).centred(wx - (sx - self.width / 2) / s,
                                                wy - (sy - self.height / 2) / s)

    def fitted(self, points: Iterable[tuple[float, float]], max_zoom: float = 16.0,
               margin: int = FIT_MARGIN) -> Viewport:
        """Centred on the WGS84 (lat, lon) `points` at the largest zoom (at most `max_zoom`)
        that shows them all; unchanged when there are none."""
        xy = [to_world(lat, lon) for lat, lon in points]
        if not xy:
            return self
        xs, ys = [p[0] for p in xy], [p[1] for p in xy]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        room_w, room_h = max(self.width - 2 * margin, 1), max(self.height - 2 * margin, 1)
        zoom = max_zoom
        if w > 0 or h > 0:
            fit = min(room_w / w if w > 0 else math.inf, room_h / h if h > 0 else math.inf)
            zoom = min(max_zoom, math.log2(fit))
        zoom = min(max(zoom, self.min_zoom), self.max_zoom)
        return replace(self, zoom=zoom).centred((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
