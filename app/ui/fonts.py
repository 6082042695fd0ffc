"""Make the bundled CJK font available to Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.fonts import CJK_FONT_FAMILY, CJK_FONT_PATH, RARE_FONT_PATH


@dataclass(frozen=True)
class _LoadedFont:
    family: str
    """The family used as fallback (face 0, the proportional one)."""
    all_families: tuple[str, ...]


_loaded: dict[Path, _LoadedFont] = {}
"""Font files already added to QFontDatabase (adding a file twice would register it twice)."""


def _load(font_path: Path | None) -> _LoadedFont:
    path = (font_path or CJK_FONT_PATH).resolve()
    if path in _loaded:
        return _loaded[path]
    if not path.is_file():
        raise RuntimeError(
            f"The bundled CJK font is missing: {path}. Reinstall FieldDesk "
            "or restore app/resources/fonts/ from the repository."
        )
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the bundled CJK font: {path}")
    families = tuple(QFontDatabase.applicationFontFamilies(font_id))
    if not families:
        raise RuntimeError(f"The bundled CJK font has no font families: {path}")
    family = CJK_FONT_FAMILY if CJK_FONT_FAMILY in families else families[0]
    _loaded[path] = _LoadedFont(family, families)
    return _loaded[path]


def load_bundled_font(font_path: Path | None = None) -> str:
    """Add the bundled font file to the application font database once; return its family.

    Needs a QGuiApplication. Raises RuntimeError when the file is missing or Qt rejects it.
    """
    return _load(font_path).family


def system_cjk_families() -> list[str]:
    """Installed (not bundled) font families that cover Simplified Chinese."""
    bundled = {name for font in _loaded.values() for name in font.all_families}
    return [
        name
        for name in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        if name not in bundled and not QFontDatabase.isPrivateFamily(name)
    ]


def install_app_font(
    app: QApplication, font_path: Path | None = None, *, prefer_system_cjk: bool = True
) -> str:
    """Load the bundled CJK font and make it the application's fallback family.

    The application font keeps the platform's default family first (Latin text looks native)
    and gets the bundled family appended, keeping point size and style, so characters the
    default family lacks come from the bundled font. When ``prefer_system_cjk`` is true and the
    machine already has a Simplified Chinese font (e.g. Microsoft YaHei on Chinese Windows, which
    is hinted for small sizes), the application font is left alone and Qt's own fallback picks
    that font; the bundled font is still registered. The font of rare characters (CJK
    Extensions A-F, for names) is appended either way: system fonts seldom have them.
    Idempotent; returns the bundled family.
    """
    system_has_cjk = bool(system_cjk_families())
    family = load_bundled_font(font_path)
    rare = load_bundled_font(RARE_FONT_PATH)  # rare characters of names: no system font has all
    added = [rare] if prefer_system_cjk and system_has_cjk else [family, rare]
    font = QFont(app.font())
    families = [name for name in font.families() if name] or [font.family()]
    wanted = [*(name for name in families if name not in added), *added]  # in this order
    if wanted != families:
        font.setFamilies(wanted)
        app.setFont(font)
    return family
