"""The pictures in docs/screenshots/, made from a demo station, so a reader sees the product
before installing it:

    .venv/bin/python scripts/screenshots.py [--db FILE] [--out docs/screenshots]

Without --db a demo station is built in a temporary folder (seed 1, arranged around now, as
`fielddesk demo` does). Every view is rendered in English and in Chinese by `fielddesk
screenshot VIEW` (one process per picture: each language is the process's own, as on a desk),
then reduced to a palette of colours and compressed: one small PNG per view and language,
named `VIEW-LANGUAGE.png`; the first page of each kind of printed sheet (a job sheet, the blank
sheet to fill in on site, a technician's route page) as `sheet-KIND.png`. Each kind of
picture has its own function (`view_screenshots`, `sheet_pictures`), called by `main`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2
from PIL import Image
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app.cli.screenshot_cmd import VIEWS  # noqa: E402
from app.db import Database, open_database  # noqa: E402
from app.models import Appointment, Job  # noqa: E402
from app.printing.day_sheets import render_day_sheets  # noqa: E402
from app.printing.job_sheet import render_job_sheet  # noqa: E402
from app.services.day_sheet_data import day_sheets_data  # noqa: E402
from app.services.job_sheet_data import sheet_data  # noqa: E402

LANGUAGES = ("en", "zh_CN")
COLOURS = 96  # enough for the UI's flat colours and anti-aliased text
OUT = ROOT / "docs" / "screenshots"
SHEET_DPI = 100


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


def _first_page(pdf: bytes, path: Path) -> Path:
    page = pypdfium2.PdfDocument(pdf)[0]
    page.render(scale=SHEET_DPI / 72).to_pil().save(path)
    compress(path)
    return path


def _job(db: Database, job_type: str, status: str) -> str:
    with db.session() as s:
        found = s.scalar(select(Job.id).where(Job.job_type == job_type, Job.status == status)
                         .order_by(Job.number).limit(1))
    assert found is not None, (job_type, status)
    return found


def sheet_pictures(db_path: Path, out: Path) -> list[Path]:
    """The first page of a closed installation's sheet, of a scheduled one's blank sheet, and
    of the busiest day's first route page."""
    db = open_database(db_path)
    try:
        closed = sheet_data(db, _job(db, "install", "closed"))
        blank = sheet_data(db, _job(db, "install", "scheduled"))
        with db.session() as s:
            day = func.date(Appointment.start)
            busiest = s.execute(select(day).group_by(day).order_by(func.count().desc())
                                .limit(1)).scalar_one()
        route = render_day_sheets(day_sheets_data(db, busiest), sheets=False)
        return [_first_page(render_job_sheet(closed), out / "sheet-job.png"),
                _first_page(render_job_sheet(blank, blank=True), out / "sheet-blank.png"),
                _first_page(route, out / "sheet-route.png")]
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="a station database (default: a new demo one)")
    parser.add_argument("--out", type=Path, default=OUT, help="the folder written")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or demo_station(Path(folder))
        made = view_screenshots(db, args.out) + sheet_pictures(db, args.out)
    for path in made:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  "
              f"{path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
