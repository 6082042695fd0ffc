"""The README shows the product: a screenshot of every view in both languages, made by
scripts/screenshots.py, each linked and small."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

from app.cli.screenshot_cmd import VIEWS
from scripts.screenshots import LANGUAGES, compress

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
MAX_BYTES = 200 * 1024


def test_every_view_in_both_languages_is_in_the_docs_and_linked() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\(docs/screenshots/([\w-]+\.png)\)", readme))
    for view in VIEWS:
        for language in LANGUAGES:
            name = f"{view}-{language}.png"
            assert name in linked, name
            path = SHOTS / name
            assert 0 < path.stat().st_size <= MAX_BYTES, name
            with Image.open(path) as image:
                assert image.mode == "P" and image.width >= 1000, name  # compressed, readable


def test_compress_keeps_the_picture_and_shrinks_it(tmp_path: Path) -> None:
    path = tmp_path / "shot.png"
    picture = Image.new("RGB", (400, 200), "#ffffff")
    for x in range(0, 400, 2):  # text-like stripes in the UI's colours
        for y in range(50, 70):
            picture.putpixel((x, y), (16, 32, 48) if x % 4 else (91, 139, 214))
    picture.save(path, "PNG")
    before = path.stat().st_size
    assert compress(path) <= before
    with Image.open(path) as small:
        assert small.size == (400, 200)
        assert small.convert("RGB").getpixel((2, 60)) == (16, 32, 48)
        assert small.convert("RGB").getpixel((0, 0)) == (255, 255, 255)
