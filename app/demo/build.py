"""`build_demo`: a whole demo station in a new database file, the same for the same seed."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.db import Database, open_database
from app.demo.accounts import STATION_CODE, STATION_NAME, create_station, demo_calendar, user_ids
from app.demo.checklists import Filler, stored_templates
from app.demo.clock import TIMEZONE, Clock
from app.demo.customers import build_clientele
from app.demo.history import COLUMNS as HISTORY_COLUMNS
from app.demo.history import History, build_history
from app.demo.jobs import build_workload
from app.demo.paperwork import Paperwork, build_paperwork
from app.demo.parts import build_parts
from app.demo.quality import build_quality
from app.demo.rand import IdMaker, stream
from app.demo.schedule import Planner
from app.demo.summary import DemoSummary
from app.demo.technicians import build_staff
from app.demo.writer import write, write_stored
from app.errors import ValidationError
from app.models.base import utcnow
from app.models.enums import JobStatus

MAX_TECHNICIANS = 1000
MAX_JOBS_PER_TECHNICIAN = 1000
MAX_CUSTOMERS = 2_000_000
SIDE_FILES = ("-wal", "-shm", "-journal")


def _check(technicians: int, jobs: int, customers: int, now: dt.datetime | None) -> None:
    if not 1 <= technicians <= MAX_TECHNICIANS:
        raise ValidationError("A demo station needs 1 to {maximum} technicians.",
                              maximum=MAX_TECHNICIANS)
    if jobs < 0:
        raise ValidationError("The number of demo jobs cannot be negative.")
    if jobs > technicians * MAX_JOBS_PER_TECHNICIAN:
        raise ValidationError(
            "{technicians} technicians cannot have done {jobs} jobs: allow at most "
            "{maximum} jobs per technician.",
            technicians=technicians, jobs=jobs, maximum=MAX_JOBS_PER_TECHNICIAN)
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise ValidationError("A demo station needs 1 to {maximum:,} customers.",
                              maximum=MAX_CUSTOMERS)
    if now is not None and now.tzinfo is None:
        raise ValidationError("The demo's current time must carry a time zone.")


def _files(path: Path) -> list[Path]:
    return [path] + [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def _make_room(path: Path, force: bool) -> None:
    if path.is_dir():
        raise ValidationError("{path} is a folder, not a database file.", path=path)
    if path.exists() and not force:
        raise ValidationError(
            "{path} already exists; use --force to replace it with a new demo station.",
            path=path)
    for file in _files(path):
        file.unlink(missing_ok=True)


def _fill(db: Database, clock: Clock, seed: int, technicians: int, jobs: int,
          customers: int) -> Counter[str]:
    """Generate and write every group; returns the rows written per table and job status."""
    new_id = IdMaker(stream(seed, "ids"), clock.now)
    station_id = create_station(db, stream(seed, "accounts"), new_id, clock)
    counts: Counter[str] = Counter()

    def put(group: Mapping[str, Sequence[dict[str, Any]]]) -> None:
        write(db, station_id, clock.now, group)
        counts.update({name: len(rows) for name, rows in group.items()})

    staff = build_staff(stream(seed, "technicians"), new_id, clock, technicians)
    put(staff.rows)
    clientele = build_clientele(stream(seed, "customers"), new_id, clock, customers)
    put(clientele.rows)
    units = {u["id"]: u for u in clientele.rows["equipment"]}  # for the checklists' facts
    clientele.rows.clear()  # the sites' references are all the jobs need
    planner = Planner(stream(seed, "planner"), staff.plans)
    calendar = demo_calendar(clock)
    work = build_workload(stream(seed, "jobs"), new_id, clock, planner, clientele.sites, jobs,
                          STATION_CODE, calendar)
    put(work.rows)
    counts.update(f"status:{row['status']}" for row in work.rows["jobs"])
    units.update((u["id"], u) for u in work.rows["equipment"])
    rng = stream(seed, "checklists")
    paper = Paperwork(rng, new_id, Filler(rng, new_id, stored_templates(db), units),
                      {site.site_id: site for site in clientele.sites},
                      {t["id"]: t["name"] for t in staff.rows["technicians"]})
    put(build_paperwork(paper, work.rows["jobs"], work.rows["appointments"], work.cases,
                        clock.tz))
    quality = build_quality(stream(seed, "quality"), new_id, clock, calendar, work.visits)
    put(quality)
    history = History(stream(seed, "history"), new_id, clock, station_id, user_ids(db))
    entries = build_history(history, work.rows["jobs"], work.rows["appointments"], quality)
    write_stored(db, "audit_entries", HISTORY_COLUMNS, entries)
    counts["audit_entries"] = len(entries)
    counts.update(build_parts(db, clock, new_id))
    return counts


def build_demo(
    db_path: Path, technicians: int = 30, jobs: int = 800, customers: int | None = None,
    seed: int = 1, force: bool = False, now: dt.datetime | None = None,
) -> DemoSummary:
    """Write a demo station NJ01 (Nanjing) into a new database file at `db_path`.

    `customers` defaults to twice the jobs; `now` (default: the current time) is the moment the
    demo's past and future are arranged around. The same seed and `now` give the same data.
    Refuses to overwrite an existing file unless `force`.
    """
    started = time.perf_counter()
    customers = max(1, 2 * jobs) if customers is None else customers
    _check(technicians, jobs, customers, now)
    path = Path(db_path).expanduser()
    _make_room(path, force)
    clock = Clock.at((now or utcnow()).replace(microsecond=0), TIMEZONE)
    db = open_database(path)
    try:
        counts = _fill(db, clock, seed, technicians, jobs, customers)
    except BaseException:
        db.dispose()
        for file in _files(path):
            file.unlink(missing_ok=True)
        raise
    db.dispose()
    statuses = {s.value: counts[f"status:{s.value}"] for s in JobStatus
                if counts[f"status:{s.value}"]}
    tables = {k: v for k, v in counts.items() if not k.startswith("status:")}
    return DemoSummary(path, STATION_CODE, STATION_NAME, TIMEZONE, tables, statuses,
                       time.perf_counter() - started)
