"""Location of the bundled resources (fonts, translations, checklist templates, map data)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
