"""FieldDesk's icon for windows and the taskbar, from the bundled PNG sizes (app/resources/icons,
rendered from the SVG by scripts/build_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.resources import ICONS


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted(ICONS.glob("fielddesk-*.png")):
        icon.addFile(str(path))
    return icon
