"""Reading an MBTiles file the test writes: metadata, XYZ tiles from TMS rows, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.map.mbtiles import MBTiles
from app.models import AuditEntry
from app.services.actor import Actor
from app.services.map_settings import TILES_KEY, set_tiles_path, tiles_path

from .helpers import png_bytes, write_mbtiles

RED, BLUE = png_bytes((200, 0, 0), 4), png_bytes((0, 0, 200), 4)


@pytest.fixture
def tiles_file(tmp_path: Path) -> Path:
    # zoom 1: the north-west tile red, the south-west tile blue (XYZ rows)
    return write_mbtiles(tmp_path / "region.mbtiles", {(1, 0, 0): RED, (1, 0, 1): BLUE,
                                                        (3, 6, 3): RED},
                         {"name": "南京", "bounds": "118.3,31.2,119.3,32.7",
                          "attribution": "© test"})


def test_reads_metadata_and_zoom_range(tiles_file: Path) -> None:
    with MBTiles(tiles_file) as tiles:
        info = tiles.info
    assert (info.name, info.format, info.min_zoom, info.max_zoom) == ("南京", "png", 1, 3)
    assert info.bounds == (118.3, 31.2, 119.3, 32.7)
    assert info.attribution == "© test"


def test_a_tile_is_found_by_xyz_numbers(tiles_file: Path) -> None:
    with MBTiles(tiles_file) as tiles:
        assert tiles.tile(1, 0, 0) == RED
        assert tiles.tile(1, 0, 1) == BLUE
        assert tiles.tile(3, 6, 3) == RED
        assert tiles.tile(1, 1, 0) is None
        assert tiles.tile(1, 2, 0) is None  # outside the world
        assert tiles.tile(-1, 0, 0) is None


def test_the_file_stores_rows_the_tms_way(tiles_file: Path) -> None:
    with sqlite3.connect(tiles_file) as conn:
        rows = set(conn.execute("SELECT zoom_level, tile_column, tile_row FROM tiles"))
    conn.close()
    assert rows == {(1, 0, 1), (1, 0, 0), (3, 6, 4)}


def test_zooms_come_from_metadata_when_given(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "m.mbtiles", {(5, 1, 1): RED},
                         {"minzoom": "3", "maxzoom": "12", "format": "jpg"})
    with MBTiles(path) as tiles:
        assert (tiles.info.min_zoom, tiles.info.max_zoom, tiles.info.format) == (3, 12, "jpg")
        assert tiles.info.bounds is None


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.mbtiles"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ValidationError, match="not an MBTiles file"):
        MBTiles(path)


def test_an_sqlite_file_without_tiles_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
    conn.close()
    with pytest.raises(ValidationError, match="no metadata and tiles tables"):
        MBTiles(path)


def test_a_missing_file_unknown_tiles_and_an_empty_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        MBTiles(tmp_path / "nowhere.mbtiles")
    svg = write_mbtiles(tmp_path / "v.mbtiles", {(0, 0, 0): b"<svg/>"}, {"format": "svg"})
    with pytest.raises(ValidationError, match="only raster tiles"):
        MBTiles(svg)
    empty = write_mbtiles(tmp_path / "e.mbtiles", {})
    with pytest.raises(ValidationError, match="holds no tiles"):
        MBTiles(empty)


def test_the_tiles_file_is_a_setting_of_the_database(db: Database, supervisor: Actor,
                                                     tiles_file: Path, tmp_path: Path) -> None:
    assert tiles_path(db) is None
    info = set_tiles_path(db, supervisor, tiles_file)
    assert info is not None and info.max_zoom == 3
    assert tiles_path(db) == tiles_file.resolve()
    bad = tmp_path / "bad.mbtiles"
    bad.write_text("nope")
    with pytest.raises(ValidationError):
        set_tiles_path(db, supervisor, bad)
    assert tiles_path(db) == tiles_file.resolve()  # unchanged
    assert set_tiles_path(db, supervisor, None) is None
    assert tiles_path(db) is None


def tiles_audit(db: Database) -> list[tuple[str, object, object]]:
    with db.session() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == TILES_KEY)
                         .order_by(AuditEntry.at))
        return [(e.username, e.before[TILES_KEY], e.after[TILES_KEY]) for e in rows]


def test_a_dispatcher_calling_the_service_is_refused(db: Database, dispatcher: Actor,
                                                     tiles_file: Path) -> None:
    with pytest.raises(PermissionDenied):
        set_tiles_path(db, dispatcher, tiles_file)
    with pytest.raises(PermissionDenied):
        set_tiles_path(db, dispatcher, None)
    assert tiles_path(db) is None and tiles_audit(db) == []


def test_choosing_and_dropping_the_tiles_is_audited(db: Database, supervisor: Actor,
                                                    tiles_file: Path) -> None:
    set_tiles_path(db, supervisor, tiles_file)
    set_tiles_path(db, supervisor, None)
    set_tiles_path(db, supervisor, None)  # nothing to change: no entry
    kept = str(tiles_file.resolve())
    assert tiles_audit(db) == [("super", None, kept), ("super", kept, None)]
