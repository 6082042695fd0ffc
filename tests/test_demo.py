"""The demo station generator: sizes, determinism, scheduling rules, numbering, geography."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import open_database
from app.demo import DEMO_LOGINS, DemoSummary, build_demo
from app.errors import ValidationError
from app.models import (
    Absence,
    Appointment,
    AuditEntry,
    Callback,
    Certification,
    Complaint,
    Customer,
    Equipment,
    Job,
    JobCounter,
    OutboxEntry,
    Shift,
    Site,
    Technician,
)
from app.models.enums import AppointmentStatus, ComplaintStage, JobStatus
from app.scheduling.sla import ResponseHours, response_due
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobInput, NewCustomer, create_job
from app.services.search_index import job_search_text
from app.services.station_settings import calendar_in
from app.services.users import authenticate
from tests.cli import fielddesk_process

NOW = dt.datetime(2025, 7, 16, 3, 30, tzinfo=dt.UTC)  # a summer Wednesday, 11:30 in Nanjing
TZ = ZoneInfo("Asia/Shanghai")
TECHNICIANS, JOBS, CUSTOMERS = 12, 400, 500
BBOX_LAT, BBOX_LON = (31.2, 32.7), (118.3, 119.3)
MOBILE = re.compile(r"^1[3-9]\d{9}$")
NUMBER = re.compile(r"^NJ01-(\d{4})-(\d{6})$")
RESPONSE_HOURS = ResponseHours()  # the station's defaults, counted in its business hours
WITH_VISIT = {JobStatus.SCHEDULED, JobStatus.DISPATCHED, JobStatus.IN_PROGRESS,
              JobStatus.COMPLETED, JobStatus.CLOSED}


def small_demo(path: Path, seed: int = 7) -> DemoSummary:
    return build_demo(path, technicians=TECHNICIANS, jobs=JOBS, customers=CUSTOMERS, seed=seed,
                      now=NOW)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return path, small_demo(path)


@contextmanager
def session(path: Path) -> Iterator[Session]:
    db = open_database(path)
    try:
        with db.session() as s:
            yield s
    finally:
        db.dispose()


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted: what "identical content" compares."""
    with closing(sqlite3.connect(path)) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in sorted(names)}


def count(s: Session, model: type) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_counts_match_the_arguments(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    with session(path) as s:
        assert count(s, Technician) == TECHNICIANS
        assert count(s, Customer) == CUSTOMERS == count(s, Site)
        assert count(s, Job) == JOBS
        assert count(s, Equipment) >= CUSTOMERS
        assert count(s, Callback) > 0 and count(s, Shift) > 0
        assert count(s, AuditEntry) > JOBS and count(s, OutboxEntry) == 0
    assert summary.counts["jobs"] == JOBS
    assert sum(summary.job_statuses.values()) == JOBS


def test_summary_prints_path_station_and_logins(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    text = str(summary)
    assert str(path) in text and "NJ01" in text and "南京服务站" in text
    for login in DEMO_LOGINS:
        assert f"{login.username} / {login.password}" in text


def test_same_seed_and_now_give_identical_content(
    demo: tuple[Path, DemoSummary], tmp_path: Path
) -> None:
    again = tmp_path / "again.sqlite"  # built by the CLI in another process, other string hashing
    built = fielddesk_process("demo", "--db", str(again), "--seed", "7",
                              "--technicians", str(TECHNICIANS), "--jobs", str(JOBS),
                              "--customers", str(CUSTOMERS), "--now", NOW.isoformat(),
                              env={**os.environ, "PYTHONHASHSEED": "4321"})
    assert built.returncode == 0, built.stderr
    first, second = table_contents(demo[0]), table_contents(again)
    assert first.pop("desk") != second.pop("desk")  # each file is a desk of its own
    assert first == second
    other = small_demo(tmp_path / "other.sqlite", seed=8)
    first, second = table_contents(demo[0]), table_contents(other.db_path)
    assert first["jobs"] != second["jobs"] and first["customers"] != second["customers"]


def test_demo_logins_sign_in_with_their_roles(demo: tuple[Path, DemoSummary]) -> None:
    db = open_database(demo[0])
    try:
        for login in DEMO_LOGINS:
            actor = authenticate(db, login.username, login.password)
            assert actor.role is login.role and actor.station_code == "NJ01"
    finally:
        db.dispose()


def _local_minutes(moment: dt.datetime) -> int:
    local = moment.astimezone(TZ)
    return local.hour * 60 + local.minute


def test_appointments_keep_every_scheduling_rule(demo: tuple[Path, DemoSummary]) -> None:
    with session(demo[0]) as s:
        techs = {t.id: t for t in s.scalars(select(Technician))}
        shifts = {(x.technician_id, x.weekday): (x.start_time, x.end_time)
                  for x in s.scalars(select(Shift))}
        absences = defaultdict(list)
        for absence in s.scalars(select(Absence)):
            absences[absence.technician_id].append((absence.start, absence.end))
        jobs = {j.id: j for j in s.scalars(select(Job))}
        appts = list(s.scalars(select(Appointment).order_by(Appointment.start)))
    assert appts
    by_tech_day: dict[tuple[str, dt.date], list[Appointment]] = defaultdict(list)
    for a in appts:
        day = a.start.astimezone(TZ).date()
        assert a.end.astimezone(TZ).date() == day and a.end > a.start
        start_time, end_time = shifts[(a.technician_id, day.weekday())]
        assert start_time <= a.start.astimezone(TZ).time()
        assert a.end.astimezone(TZ).time() <= end_time
        assert not any(s0 < a.end and a.start < e0 for s0, e0 in absences[a.technician_id])
        assert set(jobs[a.job_id].required_skills) <= set(techs[a.technician_id].skills)
        window = jobs[a.job_id].requested_start, jobs[a.job_id].requested_end
        if window[0] is not None and window[1] is not None:  # the customer's requested window
            assert window[0] <= a.start <= window[1]
        by_tech_day[(a.technician_id, day)].append(a)
    for (tech_id, _), day_appts in by_tech_day.items():
        assert len(day_appts) <= techs[tech_id].max_jobs_per_day
        for before, after in zip(day_appts, day_appts[1:], strict=False):
            assert before.end <= after.start


def test_statuses_fit_the_clock_and_the_visits(demo: tuple[Path, DemoSummary]) -> None:
    with session(demo[0]) as s:
        calendar = calendar_in(s)
        jobs = {j.id: j for j in s.scalars(select(Job))}
        appts = {a.job_id: a for a in s.scalars(select(Appointment))}
        customers = {c.id: c for c in s.scalars(select(Customer))}
        sites = {x.id: x for x in s.scalars(select(Site))}
    statuses = Counter(JobStatus(j.status) for j in jobs.values())
    assert set(statuses) == set(JobStatus)
    for job in jobs.values():
        status, appt = JobStatus(job.status), appts.get(job.id)
        assert (appt is not None) == (status in WITH_VISIT)
        assert job.created_at <= NOW
        assert job.sla_due == response_due(job.created_at, job.priority, RESPONSE_HOURS,
                                           calendar)
        if status is JobStatus.ON_HOLD:
            assert job.hold_reason
        if appt is not None:
            assert job.created_at < appt.start
        if status in (JobStatus.COMPLETED, JobStatus.CLOSED):
            assert appt is not None and appt.status == AppointmentStatus.DONE
            assert appt.actual_start is not None and appt.actual_end is not None
            assert appt.end <= NOW and appt.actual_end <= NOW
        if status is JobStatus.SCHEDULED:
            assert appt is not None and appt.start > NOW
        c, site = customers[job.customer_id], sites[job.site_id]
        assert job.search_text == job_search_text(job.number, c.name, c.phone, c.alt_phone,
                                              site.address)
    overdue = [j for j in jobs.values() if j.status == JobStatus.NEW and j.sla_due < NOW]
    assert overdue, "some unassigned calls should be past their SLA"


def test_some_certificates_expired_and_some_expiring(demo: tuple[Path, DemoSummary]) -> None:
    today = NOW.astimezone(TZ).date()
    with session(demo[0]) as s:
        expiries = list(s.scalars(select(Certification.expires_on)))
    assert any(d < today for d in expiries)
    assert any(today <= d <= today + dt.timedelta(days=30) for d in expiries)


def test_places_phones_and_colours_are_realistic(demo: tuple[Path, DemoSummary]) -> None:
    with session(demo[0]) as s:
        sites = list(s.scalars(select(Site)))
        techs = list(s.scalars(select(Technician)))
        phones = list(s.scalars(select(Customer.phone)))
    points = [(x.lat, x.lon) for x in sites] + [(t.home_lat, t.home_lon) for t in techs]
    for lat, lon in points:
        assert lat is not None and lon is not None
        assert BBOX_LAT[0] < lat < BBOX_LAT[1] and BBOX_LON[0] < lon < BBOX_LON[1]
    assert len({x.district for x in sites}) >= 8
    assert all(x.address.startswith(f"江苏省南京市{x.district}") for x in sites)
    assert all(x.geocode_source == "demo" and x.geocode_precision == "street" for x in sites)
    assert all(MOBILE.match(p) for p in phones + [t.phone for t in techs])
    assert len({t.colour for t in techs}) == len(techs)


def test_job_numbers_are_sequential_and_create_job_continues_them(tmp_path: Path) -> None:
    summary = build_demo(tmp_path / "numbers.sqlite", technicians=3, jobs=120, seed=3, now=NOW)
    db = open_database(summary.db_path)
    try:
        with db.session() as s:
            numbers = list(s.scalars(select(Job.number)))
            counters = {c.year: c.last for c in s.scalars(select(JobCounter))}
        serials: dict[int, list[int]] = defaultdict(list)
        for number in numbers:
            match = NUMBER.match(number)
            assert match, number
            serials[int(match[1])].append(int(match[2]))
        assert len(set(numbers)) == len(numbers)
        for year, values in serials.items():
            assert sorted(values) == list(range(1, len(values) + 1))
            assert counters[year] == len(values)
        actor = authenticate(db, "dispatcher", "fielddesk-demo")
        who = NewCustomer(CustomerInput("测试客户", "13800138000"),
                          SiteInput("江苏省南京市鼓楼区中山北路1号"))
        job, _ = create_job(db, actor, who, JobInput("repair", symptom="不制冷"), now=NOW)
    finally:
        db.dispose()
    assert job.number == f"NJ01-2025-{counters[2025] + 1:06d}"


def test_numbers_restart_each_year(tmp_path: Path) -> None:
    new_year = dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC)
    summary = build_demo(tmp_path / "year.sqlite", technicians=4, jobs=150, seed=2, now=new_year)
    with session(summary.db_path) as s:
        counters = {c.year: c.last for c in s.scalars(select(JobCounter))}
        years = Counter(n[5:9] for n in s.scalars(select(Job.number)))
    assert set(counters) == {2025, 2026}
    assert counters == {int(y): n for y, n in years.items()}


def test_refuses_an_existing_file_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "taken.sqlite"
    path.write_bytes(b"precious")
    with pytest.raises(ValidationError, match="--force"):
        build_demo(path, technicians=2, jobs=5, now=NOW)
    assert path.read_bytes() == b"precious"
    summary = build_demo(path, technicians=2, jobs=5, now=NOW, force=True)
    assert summary.counts["jobs"] == 5


@pytest.mark.parametrize("kwargs", [
    {"technicians": 0}, {"jobs": -1}, {"customers": 0}, {"technicians": 1, "jobs": 5000},
    {"now": dt.datetime(2025, 7, 16, 12, 0)},
])
def test_refuses_bad_arguments(tmp_path: Path, kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        build_demo(tmp_path / "bad.sqlite", **kwargs)  # type: ignore[arg-type]
    assert not (tmp_path / "bad.sqlite").exists()


def test_tiny_station_still_has_everything(tmp_path: Path) -> None:
    summary = build_demo(tmp_path / "tiny.sqlite", technicians=1, jobs=0, now=NOW)
    assert summary.counts["technicians"] == 1 and summary.counts["customers"] == 1
    assert summary.counts["jobs"] == 0 and summary.counts["certifications"] >= 2


def test_the_generator_does_not_import_qt() -> None:
    code = "import sys, app.demo; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_complaints_move_through_their_stages_in_order(demo: tuple[Path, DemoSummary]) -> None:
    with session(demo[0]) as s:
        complaints = list(s.scalars(select(Complaint)))
        callbacks = list(s.scalars(select(Callback)))
    satisfied = [c.satisfaction for c in callbacks if c.satisfaction is not None]
    assert satisfied and sum(1 for x in satisfied if x >= 4) / len(satisfied) > 0.7
    assert {c.stage for c in complaints} == {s.value for s in ComplaintStage}
    for c in complaints:
        stamps = [c.received_at, c.handled_at, c.reviewed_at, c.reported_at, c.closed_at]
        present = [x for x in stamps if x is not None]
        assert stamps[:len(present)] == present and present == sorted(present)
        assert all(x <= NOW for x in present)
        assert c.handling_due >= c.received_at and c.recorded_by == "dispatcher"
        assert (c.review_due is None) == (c.handled_at is None)


def test_recent_finished_jobs_carry_passed_checklists_and_one_on_site_failed(
    demo: tuple[Path, DemoSummary]
) -> None:
    from app.models import Attachment, ChecklistRun

    with session(demo[0]) as s:
        runs = s.execute(select(Job.job_type, Job.status, ChecklistRun.result)
                         .join(ChecklistRun, ChecklistRun.job_id == Job.id)).all()
        photos = s.scalars(select(Attachment.data).limit(1)).all()
    done = [r for r in runs if r.status in ("completed", "closed")]
    assert done and all(r.result == "pass" for r in done)
    assert {r.job_type for r in done} >= {"install", "repair", "maintenance"}
    assert any(r.result == "fail" and r.job_type == "install" and r.status == "in_progress"
               for r in runs) or not any(r.status == "in_progress" and r.job_type == "install"
                                         for r in runs)
    assert photos and photos[0].startswith(b"\x89PNG")
