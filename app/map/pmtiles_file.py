"""Tiles from a PMTiles file (https://github.com/protomaps/PMTiles, version 3): one file of tiles
addressed by a Hilbert-curve directory, read with the `pmtiles` package (Protomaps' own).

Like `MBTiles` it answers `info` (a `TileSetInfo`) and `tile(z, x, y)` with the tile's bytes as
stored (a vector tile may be gzipped: `app.map.vector` unpacks it). The file is memory-mapped
read-only; reads from several threads take a lock.
"""

from __future__ import annotations

import mmap
import threading
from pathlib import Path
from typing import Any

from pmtiles.reader import MemorySource, Reader
from pmtiles.tile import MagicNumberNotFound, SpecVersionUnsupported, TileType

from app.errors import ValidationError
from app.map.mbtiles import TileSetInfo

MAGIC = b"PMTiles"
FORMATS = {TileType.MVT: "pbf", TileType.PNG: "png", TileType.JPEG: "jpg",
           TileType.WEBP: "webp"}


def _info(path: Path, reader: Reader) -> TileSetInfo:
    try:
        header: dict[str, Any] = dict(reader.header())  # type: ignore[no-untyped-call]
        meta = reader.metadata()  # type: ignore[no-untyped-call]
    except (MagicNumberNotFound, SpecVersionUnsupported, ValueError, OSError):
        raise ValidationError("{name} is not a PMTiles file this map can read (version 3).",
                              name=path.name) from None
    fmt = FORMATS.get(header["tile_type"])
    if fmt is None:
        raise ValidationError("{name} holds tiles of a kind the map cannot draw.",
                              name=path.name)
    bounds = tuple(header[k] / 1e7 for k in ("min_lon_e7", "min_lat_e7", "max_lon_e7",
                                             "max_lat_e7"))
    meta = meta if isinstance(meta, dict) else {}
    return TileSetInfo(str(meta.get("name", path.stem)), fmt, int(header["min_zoom"]),
                       int(header["max_zoom"]), (bounds[0], bounds[1], bounds[2], bounds[3]),
                       str(meta.get("attribution", "")))


class PMTiles:
    """An open PMTiles file. Raises ValidationError when it is not one the map can draw."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ValidationError("The map tiles file {path} does not exist.", path=path)
        self._file = self.path.open("rb")
        self._lock = threading.Lock()
        try:
            self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
            self._reader = Reader(MemorySource(self._map))  # type: ignore[no-untyped-call]
            self.info = _info(self.path, self._reader)
        except (ValidationError, ValueError, OSError) as exc:
            self.close()
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError("{name} is not a PMTiles file this map can read "
                                  "(version 3).", name=self.path.name) from None

    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        if zoom < 0 or not (0 <= x < 2 ** zoom and 0 <= y < 2 ** zoom):
            return None
        with self._lock:
            data = self._reader.get(zoom, x, y)  # type: ignore[no-untyped-call]
        return bytes(data) if data else None

    def close(self) -> None:
        with self._lock:
            if getattr(self, "_map", None) is not None:
                self._map.close()
            self._file.close()

    def __enter__(self) -> PMTiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_pmtiles(path: Path) -> bool:
    try:
        with Path(path).open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False
