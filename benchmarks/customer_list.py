"""Customer list over 100,000 customers: first page open and one search keystroke."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.db import open_database
from app.services.customer_queries import query_customers
from benchmarks.harness import Figure, median_ms

KEYSTROKES = ("王", "王芳", "139", "13912", "鼓楼", "中山北路", "鼓楼 王", "南京", "zzzz")


def run(db_path: Path) -> list[Figure]:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            scan = median_ms(lambda: conn.execute(
                text("SELECT count(*) FROM customers WHERE notes LIKE '%zz%'")).scalar())
        open_ms = median_ms(lambda: query_customers(db))
        keys = max(median_ms(lambda k=k: query_customers(db, k), runs=5) for k in KEYSTROKES)
    finally:
        db.dispose()
    base = "one full scan of customers (plain SQL)"
    return [
        Figure("baseline: plain SQL scan of 100,000 customers", scan, None),
        Figure("customer list open (first page + count)", open_ms, 300, base, scan),
        Figure("customer list search, worst keystroke", keys, 50, base, scan, len(KEYSTROKES)),
    ]
