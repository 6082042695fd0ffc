"""Vector tiles of the station's own data, as plain shapes to draw: water, parks and buildings
(areas), roads, railways and waterways (lines) and names (labels), in Chinese where the tile has
it.

A tile is a Mapbox Vector Tile (protobuf, often gzipped), decoded by `mapbox_vector_tile`
(tilezen's, the reference Python decoder). Two schemas are read:

- OpenMapTiles (https://openmaptiles.org/schema/): layers `water`, `waterway`, `park`,
  `landcover`, `building`, `transportation` (class motorway, trunk, primary, ...),
  `transportation_name`, `place`, `water_name`;
- Protomaps basemaps (https://docs.protomaps.com/basemaps/layers): `water`, `landuse`,
  `buildings`, `roads` (kind highway, major_road, minor_road, path), `places`.

Coordinates are tile pixels: 0 to `TILE_SIZE` from the tile's top-left corner. A name is the
tile's Chinese one (`name:zh-Hans`, `name:zh`, `name_zh`) or else its `name`.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from app.map.mercator import TILE_SIZE

NAME_KEYS = ("name:zh-Hans", "name:zh", "name_zh", "name")
GZIP = b"\x1f\x8b"


class Kind(IntEnum):
    """What a shape is; the order is the drawing order."""

    PARK = 0
    WATER = 1
    BUILDING = 2
    WATERWAY = 3
    RAIL = 4
    PATH = 5
    MINOR_ROAD = 6
    MAJOR_ROAD = 7
    HIGHWAY = 8
    PLACE = 9  # labels only
    STREET_NAME = 10


AREAS = {"water": Kind.WATER, "park": Kind.PARK, "landcover": Kind.PARK,
         "landuse": Kind.PARK, "building": Kind.BUILDING, "buildings": Kind.BUILDING}
GREEN = {"park", "wood", "grass", "forest", "garden", "nature_reserve", "pitch", "cemetery"}
ROADS = {"motorway": Kind.HIGHWAY, "trunk": Kind.HIGHWAY, "highway": Kind.HIGHWAY,
         "primary": Kind.MAJOR_ROAD, "secondary": Kind.MAJOR_ROAD, "major_road": Kind.MAJOR_ROAD,
         "tertiary": Kind.MINOR_ROAD, "minor": Kind.MINOR_ROAD, "minor_road": Kind.MINOR_ROAD,
         "service": Kind.MINOR_ROAD, "path": Kind.PATH, "track": Kind.PATH, "rail": Kind.RAIL,
         "transit": Kind.RAIL}
LABELLED = {"place": Kind.PLACE, "places": Kind.PLACE, "water_name": Kind.PLACE,
            "transportation_name": Kind.STREET_NAME, "roads": Kind.STREET_NAME}

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Shape:
    kind: Kind
    rings: tuple[Ring, ...]  # an area's outer and inner rings, or a line's parts


@dataclass(frozen=True, slots=True)
class TileLabel:
    kind: Kind
    text: str
    x: float  # tile pixels
    y: float


@dataclass(frozen=True, slots=True)
class VectorTile:
    shapes: tuple[Shape, ...]  # in drawing order
    labels: tuple[TileLabel, ...]  # places first, then street names


def name_of(properties: dict[str, Any]) -> str:
    for key in NAME_KEYS:
        value = properties.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def decode(data: bytes) -> VectorTile:
    """The shapes and labels of one tile's bytes (gzipped or not). Raises ValueError when the
    bytes are not a vector tile."""
    # Imported at the first tile: the package loads its encoder too, and with it shapely and
    # numpy (some 0.1 s), which a start that opens on the jobs does not need.
    import mapbox_vector_tile  # type: ignore[import-untyped]

    if data[:2] == GZIP:
        data = gzip.decompress(data)
    try:
        layers = mapbox_vector_tile.decode(data, default_options={"y_coord_down": True})
    except Exception as exc:  # the protobuf decoder's own errors: not a tile
        raise ValueError(f"not a vector tile: {exc}") from None
    shapes: list[Shape] = []
    labels: list[TileLabel] = []
    for name, layer in layers.items():
        scale = TILE_SIZE / float(layer.get("extent", 4096))
        for feature in layer.get("features", ()):
            _feature(name, feature, scale, shapes, labels)
    shapes.sort(key=lambda s: s.kind)
    labels.sort(key=lambda k: k.kind)
    return VectorTile(tuple(shapes), tuple(labels))


def _feature(layer: str, feature: dict[str, Any], scale: float, shapes: list[Shape],
             labels: list[TileLabel]) -> None:
    props = feature.get("properties", {})
    geometry = feature.get("geometry", {})
    kind = _kind(layer, props)
    rings = tuple(_rings(geometry, scale))
    if kind is not None and rings:
        shapes.append(Shape(kind, rings))
    label_kind = LABELLED.get(layer)
    text = name_of(props)
    if label_kind is None or not text or not rings:
        return
    if layer == "roads" and kind not in (Kind.HIGHWAY, Kind.MAJOR_ROAD, Kind.MINOR_ROAD):
        return
    part = max(rings, key=len)
    (x1, y1), (x2, y2) = part[(len(part) - 1) // 2], part[len(part) // 2 if len(part) > 1 else 0]
    labels.append(TileLabel(label_kind, text, (x1 + x2) / 2, (y1 + y2) / 2))


def _kind(layer: str, props: dict[str, Any]) -> Kind | None:
    kind = str(props.get("class", props.get("kind", "")))
    if layer in ("transportation", "roads"):
        return ROADS.get(kind)
    if layer == "waterway":
        return Kind.WATERWAY
    area = AREAS.get(layer)
    if area is Kind.PARK and kind not in GREEN:
        return None
    return area


def _rings(geometry: dict[str, Any], scale: float) -> Iterator[Ring]:
    kind, coordinates = geometry.get("type", ""), geometry.get("coordinates", [])
    if kind == "Point":
        yield ((coordinates[0] * scale, coordinates[1] * scale),)
        return
    parts = {"LineString": [coordinates], "MultiLineString": coordinates,
             "Polygon": coordinates, "MultiPoint": [coordinates],
             "MultiPolygon": [ring for polygon in coordinates for ring in polygon]}.get(kind, [])
    for part in parts:
        if part:
            yield tuple((x * scale, y * scale) for x, y in part)
