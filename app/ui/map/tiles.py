"""The tiles of the station's MBTiles or PMTiles file for the map: read and decoded on a lane
(the network lane in the app: it is not the station database), kept as pixmaps in a small LRU
cache, drawn from the cache only (a paint never reads the file). A vector tile is decoded and
painted into an image on the lane (`vector_tiles.render`); its names are kept beside it
(`labels`) for the map to place above the tiles.

`request` asks for the tiles a paint lacked (one task per batch); `loaded` tells the view to
paint again when they are in. A tile the file lacks is remembered as missing.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from app.map.mbtiles import TileSetInfo
from app.map.tilesets import open_tiles
from app.map.vector import TileLabel, decode
from app.ui.map.vector_tiles import render
from app.ui.operation import Operation, Running
from app.ui.tasks import Lane

Key = tuple[int, int, int]  # zoom, x, y (XYZ)
Read = tuple[Key, QImage | None, tuple[TileLabel, ...]]
CACHE_TILES = 300
BATCH = 16  # tiles read per task


class TileSource(QObject):
    loaded = Signal()

    def __init__(self, path: Path, lane: Lane, parent: QObject | None = None) -> None:
        """Raises ValidationError when `path` is not a tiles file the map can draw."""
        super().__init__(parent)
        self.archive = open_tiles(path)
        self.info: TileSetInfo = self.archive.info
        self._lane = lane
        self._cache: OrderedDict[Key, QPixmap | None] = OrderedDict()
        self._labels: dict[Key, tuple[TileLabel, ...]] = {}
        self._pending: set[Key] = set()
        self._closed = False

    @property
    def path(self) -> Path:
        return self.archive.path

    def known(self, key: Key) -> bool:
        """The tile was read: drawn from `cached`, or the file lacks it."""
        return key in self._cache

    def cached(self, key: Key) -> QPixmap | None:
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
        return pixmap

    def labels(self, key: Key) -> tuple[TileLabel, ...]:
        """The names of a vector tile read (none for a raster tile)."""
        return self._labels.get(key, ())

    def request(self, keys: list[Key]) -> None:
        """Read the tiles not read nor asked for yet, in the background."""
        wanted = [k for k in dict.fromkeys(keys) if k not in self._cache
                  and k not in self._pending]
        if self._closed or not wanted:
            return
        self._pending.update(wanted)
        for i in range(0, len(wanted), BATCH):
            self._submit(wanted[i:i + BATCH])

    def _submit(self, batch: list[Key]) -> None:
        Operation(self._lane, self, lambda run: self._read(batch, run)).failure(
            lambda _exc: self._failed(batch)).success(self._arrived).run()

    def _read(self, keys: list[Key], run: Running) -> list[Read]:
        out = []
        for key in keys:
            run.check()
            data = self.archive.tile(*key)
            out.append(self._decoded(key, data) if data else (key, None, ()))
        return out

    def _decoded(self, key: Key, data: bytes) -> Read:
        """A raster tile's image; a vector tile's painted image and its names. A tile that
        cannot be decoded counts as missing."""
        if not self.info.vector:
            image = QImage.fromData(data)
            return key, None if image.isNull() else image, ()
        try:
            tile = decode(data)
        except ValueError:
            return key, None, ()
        return key, render(tile), tile.labels

    def _arrived(self, tiles: list[Read]) -> None:
        for key, image, labels in tiles:
            self._pending.discard(key)
            self._cache[key] = QPixmap.fromImage(image) if image is not None else None
            if labels:
                self._labels[key] = labels
        while len(self._cache) > CACHE_TILES:
            gone, _ = self._cache.popitem(last=False)
            self._labels.pop(gone, None)
        if not self._closed:
            self.loaded.emit()

    def _failed(self, keys: list[Key]) -> bool:
        """A file that went away: its tiles count as missing (the basemap shows)."""
        for key in keys:
            self._pending.discard(key)
            self._cache[key] = None
        return True

    def close(self) -> None:
        self._closed = True
        self.archive.close()
