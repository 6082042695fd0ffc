"""Render app/resources/icons/fielddesk.svg to the sizes the platforms ask for.

PNGs for the window icon and the Linux desktop (freedesktop's hicolor sizes) and one Windows
.ico holding every size Windows asks for (16-256 px, each stored as PNG, as Windows Vista and
later read them). Run after changing the SVG, and commit what it writes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "app" / "resources" / "icons"
SVG = ICONS / "fielddesk.svg"
PNG_SIZES = (16, 20, 22, 24, 32, 40, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNG streams: a 6-byte header, a 16-byte entry per image
    (width and height 0 mean 256), then the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SVG}")
    pngs = {size: render(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"fielddesk-{size}.png").write_bytes(pngs[size])
    (ICONS / "fielddesk.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    print(f"{len(PNG_SIZES)} PNGs and fielddesk.ico in {ICONS}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
