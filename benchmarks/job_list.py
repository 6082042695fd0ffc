"""Job list over 50,000 jobs: first page open, re-sorts, filter changes and search keystrokes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, text

from app.db import Database, open_database
from app.models import Technician
from app.models.enums import JobStatus, JobType
from app.services.job_queries import DateField, JobFilter, SortKey, query_jobs
from benchmarks.harness import Figure, median_ms

KEYSTROKES = ("1", "13", "139", "王", "鼓楼", "中山北路", "NJ01-2026-0001", "139 鼓楼", "zzzz")


def _filters(db: Database) -> list[JobFilter]:
    """One of each filter the bar offers, on the busiest technician and around now."""
    with db.session() as s:
        tech = s.scalar(select(Technician.id).order_by(Technician.code))
    now = dt.datetime.now(dt.UTC)
    week = dt.timedelta(days=7)
    return [
        JobFilter(statuses=frozenset({JobStatus.NEW, JobStatus.ON_HOLD})),
        JobFilter(job_types=frozenset({JobType.INSTALL})),
        JobFilter(technician_id=tech),
        JobFilter(start=now - week, end=now),
        JobFilter(date_field=DateField.SCHEDULED, start=now, end=now + week),
    ]


def _worst(db: Database, cases: list[tuple[JobFilter, SortKey, bool]]) -> float:
    return max(median_ms(lambda c=c: query_jobs(db, *c), runs=5) for c in cases)


def run(db_path: Path) -> list[Figure]:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            scan = median_ms(lambda: conn.execute(
                text("SELECT count(*) FROM jobs WHERE search_text LIKE '%zz%'")).scalar())
        open_ms = median_ms(lambda: query_jobs(db, JobFilter(), SortKey.CREATED, True))
        sorts = _worst(db, [(JobFilter(), k, d) for k in SortKey for d in (False, True)])
        filters = _worst(db, [(f, SortKey.CREATED, True) for f in _filters(db)])
        keys = _worst(db, [(JobFilter(text=k), SortKey.CREATED, True) for k in KEYSTROKES])
    finally:
        db.dispose()
    base = "one full scan of jobs (plain SQL)"
    return [
        Figure("baseline: plain SQL scan of 50,000 jobs", scan, None),
        Figure("job list open (first page + count)", open_ms, 300, base, scan),
        Figure("job list re-sort, slowest of 16 orders", sorts, 300, base, scan, 2 * len(SortKey)),
        Figure("job list filter change, slowest of 5", filters, 50, base, scan, 5),
        Figure("job list search, worst keystroke", keys, 50, base, scan, len(KEYSTROKES)),
    ]
