"""Web Mercator (EPSG:3857) as slippy maps use it: WGS84 lat/lon <-> world pixels at a zoom.

At zoom z the world is a square of `TILE_SIZE * 2**z` pixels, x growing east from the
antimeridian and y growing south from latitude +85.0511 (where the projection is cut so that the
world is square). Tile (x, y) at zoom z covers pixels [x*256, (x+1)*256) x [y*256, (y+1)*256):
the XYZ scheme of OpenStreetMap; MBTiles files store rows in the TMS scheme (y counted from the
south), see `tms_row`. Coordinates are WGS84: a point from a Chinese web map (GCJ-02) must be
converted first (`app.geo.datum`).
"""

from __future__ import annotations

import math

TILE_SIZE = 256
MAX_LAT = 85.05112877980659  # atan(sinh(pi)): the top and bottom edges of the square world
MIN_ZOOM = 0.0
MAX_ZOOM = 19.0


def world_size(zoom: float) -> float:
    """The width (and height) of the whole world in pixels at `zoom`."""
    return TILE_SIZE * math.pow(2.0, zoom)


def clamp_lat(lat: float) -> float:
    return max(-MAX_LAT, min(MAX_LAT, lat))


def to_world(lat: float, lon: float, zoom: float = 0.0) -> tuple[float, float]:
    """World pixel (x, y) of a WGS84 point at `zoom` (latitudes beyond +-85.05 are clamped)."""
    size = world_size(zoom)
    x = (lon + 180.0) / 360.0 * size
    s = math.sin(math.radians(clamp_lat(lat)))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * size
    return x, y


def to_latlon(x: float, y: float, zoom: float = 0.0) -> tuple[float, float]:
    """The WGS84 (lat, lon) of world pixel (x, y) at `zoom`."""
    size = world_size(zoom)
    lon = x / size * 360.0 - 180.0
    n = math.pi * (1 - 2 * y / size)
    lat = math.degrees(math.atan(math.sinh(n)))
    return lat, lon


def tile_of(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    """The XYZ tile (x, y) holding the point at integer `zoom`."""
    x, y = to_world(lat, lon, zoom)
    last = 2 ** zoom - 1
    return (min(max(int(x // TILE_SIZE), 0), last), min(max(int(y // TILE_SIZE), 0), last))


def tms_row(zoom: int, y: int) -> int:
    """The TMS row (counted from the south, as MBTiles stores it) of XYZ row `y`, and back."""
    return (1 << zoom) - 1 - y


def tile_bounds(zoom: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(south, west, north, east) in degrees of XYZ tile (x, y) at `zoom`."""
    north, west = to_latlon(x * TILE_SIZE, y * TILE_SIZE, zoom)
    south, east = to_latlon((x + 1) * TILE_SIZE, (y + 1) * TILE_SIZE, zoom)
    return south, west, north, east


def metres_per_pixel(lat: float, zoom: float) -> float:
    """Ground metres one pixel covers at latitude `lat` (the equator's 156,543 m at zoom 0)."""
    return 2 * math.pi * 6378137.0 * math.cos(math.radians(clamp_lat(lat))) / world_size(zoom)
