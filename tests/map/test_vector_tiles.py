"""Vector tiles of the station's own data: decoded from the OpenMapTiles and Protomaps schemas
with Chinese names, read from MBTiles and PMTiles files, kept as the map tiles setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import Database
from app.errors import ValidationError
from app.map.tilesets import open_tiles
from app.map.vector import Kind, decode
from app.services.actor import Actor
from app.services.map_settings import set_tiles_path, tiles_path

from .helpers import vector_tile, write_mbtiles, write_pmtiles

ROAD = "LINESTRING (0 2048, 4096 2048)"
OPENMAPTILES = {
    "water": [("POLYGON ((0 0, 1000 0, 1000 1000, 0 1000, 0 0))", {"class": "lake"})],
    "transportation": [(ROAD, {"class": "primary"}),
                       ("LINESTRING (2048 0, 2048 4096)", {"class": "minor"})],
    "transportation_name": [(ROAD, {"class": "primary", "name": "Zhongshan North Road",
                                    "name:zh": "中山北路"})],
    "place": [("POINT (3000 3000)", {"class": "suburb", "name": "Gulou", "name_zh": "鼓楼"})],
}
PROTOMAPS = {
    "roads": [(ROAD, {"kind": "major_road", "name": "Beijing West Road",
                      "name:zh-Hans": "北京西路"}),
              ("LINESTRING (0 100, 4096 100)", {"kind": "path", "name": "小路"})],
    "buildings": [("POLYGON ((100 100, 300 100, 300 300, 100 300, 100 100))", {})],
}


def test_an_openmaptiles_tile_gives_roads_water_and_chinese_names() -> None:
    tile = decode(vector_tile(OPENMAPTILES))
    kinds = [s.kind for s in tile.shapes]
    assert kinds == sorted(kinds)  # areas under roads
    assert {Kind.WATER, Kind.MAJOR_ROAD, Kind.MINOR_ROAD} <= set(kinds)
    road = next(s for s in tile.shapes if s.kind is Kind.MAJOR_ROAD)
    assert road.rings[0] == ((0.0, 128.0), (256.0, 128.0))  # tile pixels, y down
    names = {(k.text, k.kind) for k in tile.labels}
    assert names == {("中山北路", Kind.STREET_NAME), ("鼓楼", Kind.PLACE)}
    street = next(k for k in tile.labels if k.text == "中山北路")
    assert (street.x, street.y) == (128.0, 128.0)  # the middle of the road


def test_a_protomaps_tile_names_its_roads_in_chinese_but_not_its_paths() -> None:
    tile = decode(vector_tile(PROTOMAPS, zipped=False))
    assert {s.kind for s in tile.shapes} == {Kind.MAJOR_ROAD, Kind.PATH, Kind.BUILDING}
    assert [k.text for k in tile.labels] == ["北京西路"]


def test_bytes_that_are_not_a_tile_are_refused() -> None:
    with pytest.raises(ValueError, match="not a vector tile"):
        decode(b"\x89PNG\r\n\x1a\n not a tile")


def test_vector_mbtiles_and_pmtiles_files_open_alike(tmp_path: Path) -> None:
    data = vector_tile(OPENMAPTILES)
    mbtiles = write_mbtiles(tmp_path / "nj.mbtiles", {(14, 13598, 6626): data},
                            {"format": "pbf", "attribution": "OpenMapTiles"})
    pmtiles = write_pmtiles(tmp_path / "nj.pmtiles", {(14, 13598, 6626): data})
    for path in (mbtiles, pmtiles):
        archive = open_tiles(path)
        assert archive.info.vector and archive.info.max_zoom == 14
        tile = archive.tile(14, 13598, 6626)
        assert tile is not None and "中山北路" in {k.text for k in decode(tile).labels}
        assert archive.tile(14, 0, 0) is None
        archive.close()
    broken = tmp_path / "broken.pmtiles"
    broken.write_bytes(b"PMTiles" + b"\x07" + b"\x00" * 40)
    with pytest.raises(ValidationError):
        open_tiles(broken)


def test_a_supervisor_imports_a_vector_tiles_file_once(db: Database, supervisor: Actor,
                                                       tmp_path: Path) -> None:
    path = write_pmtiles(tmp_path / "nj.pmtiles", {(14, 13598, 6626): vector_tile(PROTOMAPS)})
    info = set_tiles_path(db, supervisor, path)
    assert info is not None and info.vector and info.attribution == "test vector tiles"
    assert tiles_path(db) == path.resolve()
