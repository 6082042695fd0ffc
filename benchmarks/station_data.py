"""Issue 16's figures: a backup of the large station, the export of its 50,000 jobs, and the
import of its 100,000 customers from CSV and from .xlsx into a new station, each against a
baseline timed in the same run (a plain file copy; the rows read and written by plain SQL and
the csv module; a plain bulk insert of the same customers and sites)."""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, text

from app.db import Database, open_database
from app.db.backup import copy_database
from app.models import Customer, Site
from app.models.base import new_id, utcnow
from app.services.exports import export_list
from app.services.import_specs import Kind
from app.services.imports import ImportOptions, import_file
from app.services.users import create_first_admin
from app.tabular.files import read_sheet
from benchmarks.harness import Figure, median_ms

PASSWORD = "bench-password"


def once_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _station(path: Path) -> tuple[Database, object]:
    db = open_database(path)
    admin = create_first_admin(db, "admin", "管理员", PASSWORD, {"code": "NJ09", "name": "新站"})
    return db, admin


def _plain_export(db: Database, path: Path) -> None:
    with db.engine.connect() as conn, path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        for row in conn.execute(text(
                "SELECT j.number, j.job_type, j.priority, j.status, c.name, c.phone, s.address,"
                " s.district, j.symptom, j.created_at, j.sla_due FROM jobs j"
                " JOIN customers c ON c.id = j.customer_id JOIN sites s ON s.id = j.site_id")):
            out.writerow(row)


def _plain_insert(folder: Path, source: Path) -> float:
    """The same customers and their sites by plain bulk insert: no checks, audit or outbox."""
    db, admin = _station(folder / "plain.sqlite")
    rows = read_sheet(source).rows
    now = utcnow()

    def load() -> None:
        stamp = {"station_id": admin.station_id, "version": 1, "server_seq": 0,  # type: ignore[attr-defined]
                 "updated_at": now, "updated_by": "bench", "deleted": False}
        people, sites = [], []
        for r in rows:
            cid = new_id()
            people.append({**stamp, "id": cid, "name": r[0], "phone": r[1], "alt_phone": r[2],
                           "email": r[3], "notes": r[4]})
            sites.append({**stamp, "id": new_id(), "customer_id": cid, "address": r[5],
                          "province": r[6], "city": r[7], "district": r[8]})
        with db.engine.begin() as conn:
            conn.execute(insert(Customer), people)
            conn.execute(insert(Site), sites)
    try:
        return once_ms(load)
    finally:
        db.dispose()


def _import_ms(folder: Path, source: Path, name: str) -> tuple[float, int]:
    db, admin = _station(folder / name)
    try:
        found = []
        ms = once_ms(lambda: found.append(import_file(
            db, admin, source, ImportOptions(Kind.CUSTOMERS))[0]))  # type: ignore[arg-type]
        return ms, found[0].created
    finally:
        db.dispose()


def run(db_path: Path) -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="fielddesk-bench-"))
    try:
        copy = median_ms(lambda: shutil.copyfile(db_path, folder / "plain-copy.sqlite"), runs=3)
        backup = median_ms(lambda: copy_database(db_path, folder / "backup.sqlite"), runs=3)
        db = open_database(db_path)
        try:
            plain = median_ms(lambda: _plain_export(db, folder / "plain.csv"), runs=3)
            xlsx = once_ms(lambda: export_list(db, "jobs", folder / "jobs.xlsx"))
            jobs_csv = median_ms(lambda: export_list(db, "jobs", folder / "jobs.csv"), runs=3)
            for suffix in (".csv", ".xlsx"):
                export_list(db, "customers", folder / f"customers{suffix}")
        finally:
            db.dispose()
        insert_ms = _plain_insert(folder, folder / "customers.csv")
        from_csv, created = _import_ms(folder, folder / "customers.csv", "from-csv.sqlite")
        from_xlsx, _ = _import_ms(folder, folder / "customers.xlsx", "from-xlsx.sqlite")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [
        Figure("baseline: plain file copy of the large station", copy, None),
        Figure("backup of the large station (online backup API)", backup, 5000,
               "plain file copy", copy),
        Figure("baseline: 50,000 jobs by plain SQL to csv", plain, None),
        Figure("export of 50,000 jobs to .xlsx", xlsx, 10_000, "plain SQL to csv", plain),
        Figure("export of 50,000 jobs to .csv", jobs_csv, 10_000, "plain SQL to csv", plain),
        Figure(f"baseline: plain bulk insert of {created:,} customers + sites", insert_ms, None),
        Figure("import of 100,000 customers from .csv", from_csv, 20_000, "bulk insert",
               insert_ms),
        Figure("import of 100,000 customers from .xlsx", from_xlsx, 60_000, "bulk insert",
               insert_ms),
    ]
