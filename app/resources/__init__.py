"""The bundled resources: fonts, translations, checklist templates, map data, the icon.

They are data files of this package (``app/resources/<kind>/``), found through
`importlib.resources`, so a source checkout, an installed wheel and the frozen bundle find them
the same way. This is the one place that resolves their location; it is Qt-free.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _folder() -> Path:
    """The package's folder on disk: Qt, reportlab and SQLite open these files by path, so the
    package must be installed as files (pip and PyInstaller both do), never run from a zip."""
    folder = files(__name__)
    if not isinstance(folder, Path) or not folder.is_dir():
        raise RuntimeError(f"FieldDesk's resources are not files on disk: {folder}. "
                           "Reinstall FieldDesk.")
    return folder


RESOURCES: Path = _folder()
FONTS: Path = RESOURCES / "fonts"
TRANSLATIONS: Path = RESOURCES / "translations"
CHECKLISTS: Path = RESOURCES / "checklists"
GAZETTEER: Path = RESOURCES / "gazetteer"
BASEMAP: Path = RESOURCES / "basemap"
ICONS: Path = RESOURCES / "icons"
