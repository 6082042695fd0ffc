"""Small tiles files for tests: PNG tiles made with zlib and struct, written with sqlite3;
vector tiles encoded with mapbox_vector_tile, in MBTiles or PMTiles (pmtiles' writer)."""

from __future__ import annotations

import gzip
import sqlite3
import struct
import zlib
from collections.abc import Mapping
from pathlib import Path

import mapbox_vector_tile  # type: ignore[import-untyped]
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer

from app.map.mercator import tms_row


def png_bytes(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A single-colour RGB PNG of `size` x `size` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * size  # filter byte 0, then the pixels
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))


def write_mbtiles(path: Path, tiles: Mapping[tuple[int, int, int], bytes],
                  metadata: Mapping[str, str] | None = None) -> Path:
    """An MBTiles file holding `tiles` by XYZ (zoom, x, y), rows stored the TMS way."""
    meta = {"name": "test", "format": "png", **(metadata or {})}
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                      "tile_row INTEGER, tile_data BLOB)")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
        conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                         [(z, x, tms_row(z, y), data) for (z, x, y), data in tiles.items()])
    conn.close()
    return path


def vector_tile(layers: Mapping[str, list[tuple[str, dict[str, object]]]],
                zipped: bool = True) -> bytes:
    """A Mapbox Vector Tile of `layers` (name: [(WKT geometry in tile units 0-4096, y down,
    properties)]), gzipped as MBTiles files keep them."""
    data = mapbox_vector_tile.encode(
        [{"name": name, "features": [{"geometry": wkt, "properties": props}
                                     for wkt, props in features]}
         for name, features in layers.items()],
        default_options={"y_coord_down": True})
    return gzip.compress(data) if zipped else bytes(data)


def write_pmtiles(path: Path, tiles: Mapping[tuple[int, int, int], bytes]) -> Path:
    """A PMTiles (version 3) file of gzipped vector `tiles` by XYZ (zoom, x, y)."""
    zooms = [z for z, _, _ in tiles]
    with path.open("wb") as f:
        writer = Writer(f)
        for tile_id, data in sorted((zxy_to_tileid(*key), data) for key, data in tiles.items()):
            writer.write_tile(tile_id, data)
        writer.finalize({"tile_type": TileType.MVT, "tile_compression": Compression.GZIP,
                         "min_zoom": min(zooms), "max_zoom": max(zooms),
                         "min_lon_e7": 1180000000, "min_lat_e7": 310000000,
                         "max_lon_e7": 1190000000, "max_lat_e7": 330000000,
                         "center_zoom": max(zooms), "center_lon_e7": 1187800000,
                         "center_lat_e7": 320500000},
                        {"name": "nanjing", "attribution": "test vector tiles"})
    return path
