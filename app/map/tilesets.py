"""The station's own tiles file, whichever kind: `open_tiles` opens a PMTiles file (known by its
first bytes) or an MBTiles file, of raster or vector tiles. Both answer `info` and `tile`."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from app.map.mbtiles import MBTiles, TileSetInfo
from app.map.pmtiles_file import PMTiles, is_pmtiles


class TileArchive(Protocol):
    path: Path
    info: TileSetInfo

    def tile(self, zoom: int, x: int, y: int) -> bytes | None: ...

    def close(self) -> None: ...


def open_tiles(path: Path) -> TileArchive:
    """Raises ValidationError when `path` is neither kind, or holds tiles the map cannot draw."""
    return PMTiles(path) if is_pmtiles(path) else MBTiles(path)
