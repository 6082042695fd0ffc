"""Raster tiles from an MBTiles file: the station downloads its region once and draws offline.

MBTiles (https://github.com/mapbox/mbtiles-spec, 1.3) is one SQLite file with a `metadata`
table (name, value) and a `tiles` table (zoom_level, tile_column, tile_row, tile_data), rows in
the TMS scheme (counted from the south): `tile(z, x, y)` takes XYZ numbers and flips the row.
Raster tiles (png, jpg, webp) are drawn as images; vector tiles (pbf: Mapbox Vector Tiles in the
OpenMapTiles or Protomaps schema, gzipped or not) are decoded by `app.map.vector`. Anything else
is refused.

The file is opened read-only; one connection is shared by the threads that read tiles (the map
reads them in the task runner), each read under a lock.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.map.mercator import tms_row

RASTER_FORMATS = ("png", "jpg", "jpeg", "webp")
VECTOR_FORMAT = "pbf"


@dataclass(frozen=True)
class TileSetInfo:
    name: str
    format: str  # png, jpg, webp or pbf
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # west, south, east, north (degrees)
    attribution: str = ""

    @property
    def vector(self) -> bool:
        return self.format == VECTOR_FORMAT


def _connect(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise ValidationError("The map tiles file {path} does not exist.", path=path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        names = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    except sqlite3.DatabaseError:
        raise ValidationError("{name} is not an MBTiles file (not an SQLite database).",
                              name=path.name) from None
    if not {"metadata", "tiles"} <= names:
        conn.close()
        raise ValidationError("{name} is not an MBTiles file (it has no metadata and "
                              "tiles tables).", name=path.name)
    return conn


def _bounds(text: str) -> tuple[float, float, float, float] | None:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        return None
    return west, south, east, north


def _info(path: Path, conn: sqlite3.Connection) -> TileSetInfo:
    try:
        meta = dict(conn.execute("SELECT name, value FROM metadata").fetchall())
        low, high = conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
    except sqlite3.DatabaseError:
        raise ValidationError("{name} is not an MBTiles file (its tables are not "
                              "readable as MBTiles).", name=path.name) from None
    fmt = str(meta.get("format", "png")).lower()
    if fmt not in (*RASTER_FORMATS, VECTOR_FORMAT):
        raise ValidationError("{name} holds {format} tiles: only raster tiles (png, jpg, "
                              "webp) and vector tiles (pbf) can be drawn.", name=path.name,
                              format=fmt)
    if low is None:
        raise ValidationError("{name} holds no tiles.", name=path.name)

    def zoom(key: str, found: int) -> int:
        try:
            return int(meta.get(key, found))
        except ValueError:
            return found

    return TileSetInfo(str(meta.get("name", path.stem)), fmt, zoom("minzoom", low),
                       zoom("maxzoom", high), _bounds(str(meta.get("bounds", ""))),
                       str(meta.get("attribution", "")))


class MBTiles:
    """An open MBTiles file. Raises ValidationError when the file is not an MBTiles file of
    raster or vector tiles."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn = _connect(self.path)
        self._lock = threading.Lock()
        try:
            self.info = _info(self.path, self._conn)
        except ValidationError:
            self._conn.close()
            raise

    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        """The image bytes of XYZ tile (x, y) at `zoom`, or None when the file lacks it."""
        if zoom < 0 or not (0 <= x < 2 ** zoom and 0 <= y < 2 ** zoom):
            return None
        with self._lock:
            row = self._conn.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                "AND tile_row = ?", (zoom, x, tms_row(zoom, y))).fetchone()
        return bytes(row[0]) if row is not None and row[0] is not None else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> MBTiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
