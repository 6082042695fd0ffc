"""The bundled offline basemap: China's rivers, lakes, provinces' borders and its divisions as
labelled points.

Without a tiles file the map still shows where it is: the rivers and lakes
(`app/resources/basemap/cn-water.json`, from GSHHG), the lines between provinces
(`cn-province-borders.json`, from Natural Earth), and every province, prefecture-level city and
county-level division of the bundled gazetteer (`app/resources/gazetteer/cn-admin.csv`, read
through `app.geo.gazetteer`) as a dot with its name. Nothing else is drawn as a line: only what
is on the ground (no outline of the divisions is bundled: see the basemap README).

Which divisions show depends on the zoom (`levels_at`); labels are placed per whole zoom level
so that none overlaps another nor a pin, the larger division first (`labels_at`, computed once
per level and set of pins, and kept). Positions are world units (Web Mercator pixels at zoom 0).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.geo.gazetteer import Division, Level, default_gazetteer
from app.map.labels import NOTHING, Blocked, Label, place
from app.map.mercator import to_world
from app.map.viewport import Rect
from app.resources import BASEMAP

BORDERS_JSON = BASEMAP / "cn-province-borders.json"
WATER_JSON = BASEMAP / "cn-water.json"

CITY_ZOOM = 5  # cities show from this zoom on
DISTRICT_ZOOM = 8  # districts from this one
RIVER_ZOOM = 5  # rivers show from this zoom on (lakes always)
KEPT_LABELS = 24  # placements kept (levels x obstacles)
LONG_NAME = 4  # longer names show their short form (恩施土家族苗族自治州 -> 恩施)


@dataclass(frozen=True, slots=True)
class Place:
    adcode: str
    level: Level
    label: str
    lat: float
    lon: float
    x: float
    y: float


def label_of(d: Division) -> str:
    return d.name if len(d.name) <= LONG_NAME or not d.short_name else d.short_name


def levels_at(zoom: float) -> tuple[Level, ...]:
    if zoom < CITY_ZOOM:
        return (Level.PROVINCE,)
    if zoom < DISTRICT_ZOOM:
        return (Level.PROVINCE, Level.CITY)
    return (Level.PROVINCE, Level.CITY, Level.DISTRICT)


Points = tuple[tuple[float, float], ...]


def _bounds(points: Points) -> Rect:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return Rect(min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True, slots=True)
class Border:
    """The line between two provinces, in world units, with its bounding box for culling."""

    between: tuple[str, str]  # the provinces' adcodes
    points: Points
    bounds: Rect


@dataclass(frozen=True, slots=True)
class Shape:
    """A river (an open line) or a lake's shore (a closed ring), in world units."""

    points: Points
    bounds: Rect


@dataclass(frozen=True, slots=True)
class Water:
    rivers: tuple[Shape, ...] = ()
    lakes: tuple[Shape, ...] = ()


def _world(raw: list[list[float]]) -> Points:
    return tuple(to_world(lat, lon) for lat, lon in raw)


def load_borders(path: Path = BORDERS_JSON) -> tuple[Border, ...]:
    borders = []
    for raw in json.loads(path.read_text(encoding="utf-8"))["borders"]:
        points = _world(raw["points"])
        first, second = raw["between"]
        borders.append(Border((first, second), points, _bounds(points)))
    return tuple(borders)


def load_water(path: Path = WATER_JSON) -> Water:
    raw = json.loads(path.read_text(encoding="utf-8"))

    def shapes(lines: list[list[list[float]]]) -> tuple[Shape, ...]:
        return tuple(Shape(points, _bounds(points)) for points in map(_world, lines))

    return Water(shapes(raw["rivers"]), shapes(raw["lakes"]))


class Basemap:
    def __init__(self, divisions: list[Division], borders: tuple[Border, ...] = (),
                 water: Water = Water()) -> None:
        self.borders, self.water = borders, water
        ordered = sorted(divisions, key=lambda d: (d.level, d.adcode))
        self.places = tuple(Place(d.adcode, d.level, label_of(d), d.lat, d.lon,
                                  *to_world(d.lat, d.lon)) for d in ordered)
        self._places = {levels: tuple(p for p in self.places if p.level in levels)
                        for levels in map(levels_at, (0, CITY_ZOOM, DISTRICT_ZOOM))}
        self._labels: dict[tuple[object, ...], tuple[tuple[Place, Label], ...]] = {}

    def places_at(self, zoom: float) -> tuple[Place, ...]:
        return self._places[levels_at(zoom)]

    def rivers_show(self, zoom: float) -> bool:
        return zoom >= RIVER_ZOOM

    def labels_at(self, zoom: float, char_px: float, line_px: float,
                  avoid: Blocked = NOTHING) -> tuple[tuple[Place, Label], ...]:
        """The places whose labels fit at whole level `floor(zoom)` without overlapping each
        other nor what `avoid` covers (pins and the like), the larger division first, each
        beside its dot (`app.map.labels`). Once districts show, provinces go unnamed (their
        seat's city is named). Kept per level, size and `avoid.key`."""
        level = math.floor(zoom)
        key = (level, char_px, line_px, avoid.key if avoid.level == level else None)
        found = self._labels.get(key)
        if found is None:
            named = [p for p in self.places_at(level)
                     if p.level != Level.PROVINCE or level < DISTRICT_ZOOM]
            placed = place([(p.x, p.y, p.label) for p in named], level, char_px, line_px, avoid)
            by_point = {(p.x, p.y, p.label): p for p in named}
            found = tuple((by_point[(k.x, k.y, k.text)], k) for k in placed)
            if len(self._labels) >= KEPT_LABELS:
                self._labels.pop(next(iter(self._labels)))
            self._labels[key] = found
        return found


@cache
def default_basemap() -> Basemap:
    """The basemap of the bundled water, borders and gazetteer's current divisions, built
    once."""
    return Basemap([d for d in default_gazetteer().divisions.values() if not d.former],
                   load_borders(), load_water())
