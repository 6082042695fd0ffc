"""The cost of SQLite's durability setting: saving one job edit (a service call: the row, its
audit entry and its outbox entry in one transaction) with the app's `synchronous=FULL`, which
syncs the write-ahead log to disk at every commit, against the same save with `NORMAL`, which
may lose the last commits in a power cut (docs/ARCHITECTURE.md, "Durability")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from app.db import Database, open_database
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobInput, NewCustomer, create_job, update_job
from app.services.users import create_first_admin
from benchmarks.harness import Figure, median_ms
from benchmarks.large_db import CACHE

RUNS = 31


def _saves(db: Database) -> float:
    """Median time of one job edit saved (each a commit of its own)."""
    actor = create_first_admin(db, "admin", "站长", "correct-horse",
                               {"code": "NJ01", "name": "南京服务站"})
    who = NewCustomer(CustomerInput("张伟", "13912345678"), SiteInput("南京市鼓楼区中山北路100号"))
    job, _ = create_job(db, actor, who, JobInput("repair", symptom="不制冷"))
    count = iter(range(10**6))
    return median_ms(lambda: update_job(db, actor, job.id, JobInput(
        "repair", symptom=f"第{next(count)}次诊断")), runs=RUNS, warmup=3)


def _normal(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA synchronous=NORMAL")


def _fresh(name: str) -> Path:
    path = CACHE / name
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return path


def run(_large_db: Path) -> list[Figure]:
    CACHE.mkdir(exist_ok=True)
    db = open_database(_fresh("durability-normal.sqlite"))
    db.engine.dispose()  # connections made from now on run after the app's own settings
    event.listen(db.engine, "connect", _normal)
    try:
        normal = _saves(db)
    finally:
        db.dispose()
    db = open_database(_fresh("durability-full.sqlite"))
    try:
        full = _saves(db)
    finally:
        db.dispose()
    return [Figure("baseline: save a job edit, synchronous=NORMAL", normal, None),
               Figure("save a job edit, synchronous=FULL (the app's)", full, None,
                      "synchronous=NORMAL", normal, RUNS)]
