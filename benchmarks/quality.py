"""Issue 14 point 9: the month's quality figures over the large station, and the monthly quality
report as a PDF, each against a baseline timed in the same run.

The month is the large station's last full month (the demo's busiest: its 50,000 jobs fall in
about three months, so one month holds some 15,000 completed jobs). Baselines: one plain SQL
pass over that month's completed jobs and their visits (the rows the figures count), and a
bare one-page reportlab document (as the job sheets' figures use).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.db import open_database
from app.models.base import utcnow
from app.printing.quality_report import render_quality_report
from app.services.months import Month
from app.services.quality_figures import month_figures
from app.services.quality_report import quality_report
from app.services.station import home_station
from benchmarks.harness import Figure, median_ms
from benchmarks.printing import bare_document

MONTH_PASS = text(
    "SELECT count(*), count(a.actual_end) FROM jobs j LEFT JOIN appointments a"
    " ON a.job_id = j.id WHERE j.completed_at >= :start AND j.completed_at < :end")


def run(db_path: Path) -> list[Figure]:
    db = open_database(db_path)
    try:
        now = utcnow()
        month = Month.of(now, home_station(db).tz).shifted(-1)
        start, end = month.window(home_station(db).tz)
        utc = {"start": start.strftime("%Y-%m-%d %H:%M:%S.%f"),
               "end": end.strftime("%Y-%m-%d %H:%M:%S.%f")}
        with db.engine.connect() as conn:
            scan = median_ms(lambda: conn.execute(MONTH_PASS, utc).all(), runs=9)
        figures = median_ms(lambda: month_figures(db, month, now), runs=9)
        completed = month_figures(db, month, now).station.completed.numerator
        pages = render_quality_report(quality_report(db, month, now), "zh_CN").pages
        report = median_ms(lambda: render_quality_report(quality_report(db, month, now),
                                                         "zh_CN"), runs=5)
        bare = median_ms(bare_document, runs=21)
    finally:
        db.dispose()
    scan_label = "one plain SQL pass over the month's jobs and visits"
    bare_label = "bare one-page reportlab document"
    return [
        Figure(f"baseline: {scan_label}", scan, None),
        Figure(f"quality month figures: {completed:,} jobs done in {month}", figures, 150,
               scan_label, scan, 9),
        Figure(f"baseline: {bare_label} (quality)", bare, None),
        Figure(f"monthly quality report, {pages} pages (data + PDF)", report, 2000,
               bare_label, bare, 5),
    ]
