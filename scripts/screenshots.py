"""Pictures of the product for the README, made from a freshly built demo station:
`python scripts/screenshots.py [--db DEMO.sqlite]` writes docs/screenshots/*.png.

One function per kind of picture (`SHOTS`); add a view's screenshot as another function.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2
from sqlalchemy import func, select

from app.db import Database, open_database
from app.models import Appointment, Job
from app.printing.day_sheets import render_day_sheets
from app.printing.job_sheet import render_job_sheet
from app.services.day_sheet_data import day_sheets_data
from app.services.job_sheet_data import sheet_data

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DPI = 100


def first_page_png(pdf: bytes, path: Path) -> Path:
    page = pypdfium2.PdfDocument(pdf)[0]
    page.render(scale=DPI / 72).to_pil().save(path)
    return path


def _job(db: Database, job_type: str, status: str) -> str:
    with db.session() as s:
        found = s.scalar(select(Job.id).where(Job.job_type == job_type, Job.status == status)
                         .order_by(Job.number).limit(1))
    assert found is not None, (job_type, status)
    return found


def job_sheet(db: Database) -> Path:
    data = sheet_data(db, _job(db, "install", "closed"))
    return first_page_png(render_job_sheet(data), OUT / "sheet-job.png")


def blank_sheet(db: Database) -> Path:
    data = sheet_data(db, _job(db, "install", "scheduled"))
    return first_page_png(render_job_sheet(data, blank=True), OUT / "sheet-blank.png")


def route_page(db: Database) -> Path:
    with db.session() as s:
        day = func.date(Appointment.start)
        busiest = s.execute(select(day).group_by(day).order_by(func.count().desc())
                            .limit(1)).scalar_one()
    pdf = render_day_sheets(day_sheets_data(db, busiest), sheets=False)
    return first_page_png(pdf, OUT / "sheet-route.png")


SHOTS: dict[str, Callable[[Database], Path]] = {
    "job sheet": job_sheet, "blank sheet": blank_sheet, "route page": route_page}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo station (default: build one)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if path is None:
            from app.demo import build_demo

            path = Path(tmp) / "demo.sqlite"
            build_demo(path)
        db = open_database(path)
        for name, shot in SHOTS.items():
            print(f"{name}: {shot(db)}")
        db.dispose()


if __name__ == "__main__":
    main()
