"""Small MBTiles files for tests: PNG tiles made with zlib and struct, written with sqlite3."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from collections.abc import Mapping
from pathlib import Path

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
