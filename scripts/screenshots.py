"""The pictures in docs/screenshots/, made from a demo station, so a reader sees the product
before installing it:

    .venv/bin/python scripts/screenshots.py [--db FILE] [--out docs/screenshots]

Without --db a demo station is built in a temporary folder (seed 1, arranged around now, as
`fielddesk demo` does). Every view is rendered in English and in Chinese by `fielddesk
screenshot VIEW` (one process per picture: each language is the process's own, as on a desk),
then reduced to a palette of colours and compressed: one small PNG per view and language,
named `VIEW-LANGUAGE.png`. Each kind of picture has its own function (`view_screenshots`;
others may add the printed sheets' pages), called by `main`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app.cli.screenshot_cmd import VIEWS  # noqa: E402

LANGUAGES = ("en", "zh_CN")
COLOURS = 96  # enough for the UI's flat colours and anti-aliased text
OUT = ROOT / "docs" / "screenshots"


def fielddesk(*args: str) -> None:
    """Run the command line of this checkout (its own code, whatever the venv points at)."""
    subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, check=True,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                   stdout=subprocess.DEVNULL)


def demo_station(folder: Path) -> Path:
    db = folder / "demo-station.sqlite"
    fielddesk("demo", "--db", str(db), "--seed", "1")
    return db


def compress(path: Path) -> int:
    """The PNG reduced to a palette and written optimised; its size in bytes."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(COLOURS, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
    small.save(path, "PNG", optimize=True)
    return path.stat().st_size


def view_screenshots(db: Path, out: Path) -> list[Path]:
    """Every view of the main window (and the checklist tab) in both languages."""
    made = []
    for view in VIEWS:
        for language in LANGUAGES:
            path = out / f"{view}-{language}.png"
            fielddesk("--lang", language, "screenshot", view, "-o", str(path), "--db", str(db))
            compress(path)
            made.append(path)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a station database (default: a new demo one)")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder written")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or demo_station(Path(folder))
        made = view_screenshots(db, args.out)
    for path in made:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  "
              f"{path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
