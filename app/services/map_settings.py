"""The map's settings of this database file (never synced): the tiles file of its region, an
MBTiles or PMTiles file of raster or vector tiles, imported once by a supervisor.

The path is kept in `local_settings`; a file is checked (`open_tiles` opens it) before it is
kept, so a kept path names a tiles file the map can draw unless it was moved or deleted since:
`tiles_path` returns it as kept and the map falls back to the basemap when it cannot be opened.
Only a supervisor (or an admin) changes it, and each change is audited.
"""

from __future__ import annotations

from pathlib import Path

from app.db import Database
from app.map.mbtiles import TileSetInfo
from app.map.tilesets import open_tiles
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.local_settings import change_setting, setting_in

TILES_KEY = "map.tiles"


def tiles_path(db: Database) -> Path | None:
    """The tiles file set for this database, or None: the map draws the basemap."""
    with db.session() as s:
        kept = setting_in(s, TILES_KEY)
    return Path(kept) if kept else None


@guarded(*SUPERVISORS)
def set_tiles_path(db: Database, actor: Actor, path: Path | None) -> TileSetInfo | None:
    """Use the tiles file at `path` (None: no file, the basemap), a supervisor's choice,
    audited. Raises PermissionDenied for other roles and ValidationError when the file is not
    an MBTiles or PMTiles file of raster or vector tiles; answers what it holds."""
    info = None
    if path is not None:
        path = Path(path).resolve()
        tiles = open_tiles(path)
        info = tiles.info
        tiles.close()
    with db.session() as s:
        change_setting(s, actor, TILES_KEY, None if path is None else str(path))
    return info
