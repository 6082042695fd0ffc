"""The map's settings of this database file (never synced): the MBTiles file of its region.

The path is kept in `local_settings`; a file is checked (`MBTiles` opens it) before it is kept,
so a kept path names a raster MBTiles file unless it was moved or deleted since: `tiles_path`
returns it as kept and the map falls back to the basemap when it cannot be opened.
"""

from __future__ import annotations

from pathlib import Path

from app.db import Database
from app.map.mbtiles import MBTiles, TileSetInfo
from app.models import LocalSetting

TILES_KEY = "map.tiles"


def tiles_path(db: Database) -> Path | None:
    """The MBTiles file set for this database, or None: the map draws the basemap."""
    with db.session() as s:
        row = s.get(LocalSetting, TILES_KEY)
        return Path(row.value) if row is not None and row.value else None


def set_tiles_path(db: Database, path: Path | None) -> TileSetInfo | None:
    """Use the MBTiles file at `path` (None: no file, the basemap). Raises ValidationError
    when the file is not a raster MBTiles file; answers what it holds."""
    info = None
    if path is not None:
        path = Path(path).resolve()
        with MBTiles(path) as tiles:
            info = tiles.info
    with db.session() as s:
        row = s.get(LocalSetting, TILES_KEY)
        if path is None:
            if row is not None:
                s.delete(row)
        else:
            s.merge(LocalSetting(key=TILES_KEY, value=str(path)))
    return info
