"""Many stations at once: N simulated stations, each a process with its own SQLite database and
its own station role (`server add-station`), make changes and sync against one central
PostgreSQL for a bounded time (or a number of cycles), while the head office edits their jobs;
then every station quiesces (sends what it holds, then pulls once more) and its database is
compared with the server's rows of its station.

The station processes come from a fork server that imported this module once, so 200 of them
start in seconds and share the imported code. Used by `benchmarks/load.py` (N = 200, figures)
and by tests/sync/test_load.py (a few stations, convergence only).
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import random
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.exc import DBAPIError

from app.db import Database, open_database
from app.errors import SyncError
from app.models import OutboxEntry
from app.models.enums import Role
from app.services.actor import Actor
from app.services.customers import CustomerInput, SiteInput, update_customer
from app.services.jobs import JobInput, NewCustomer, create_job
from app.services.recording import plain
from app.services.station import create_home_station
from app.sync.cycle import sync_once
from app.sync.link import ADMIN, connect
from app.sync.server import add_station
from app.sync.settings import SyncSettings
from app.sync.tables import pulled_columns, synced_tables

FLUSH_CYCLES = 5  # a station that still holds changes after this many cycles failed to quiesce


@dataclass(frozen=True)
class Plan:
    stations: int
    seconds: float | None = None  # a bounded time...
    cycles: int | None = None  # ...or this many cycles per station
    pause: float = 1.0  # mean pause between two cycles of a station (uniform, 0 to twice)
    head_office_pause: float = 0.2  # between two edits of the head office (None: no edits)


@dataclass
class StationReport:
    code: str
    cycle_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    flushed: bool = False


@dataclass
class LoadResult:
    plan: Plan
    seconds: float  # the loaded window, measured
    server_rows: int  # rows the server sequenced in that window (inserts and updates)
    head_office_edits: int
    head_office_failed: int
    reports: list[StationReport]
    waiting: float = 0.0  # station sessions waiting for a lock, mean of the window's samples
    active: float = 0.0  # station sessions running a statement, likewise
    diverged: dict[str, str] = field(default_factory=dict)  # station: first difference

    @property
    def cycle_ms(self) -> list[float]:
        return [ms for r in self.reports for ms in r.cycle_ms]

    def percentile(self, q: int) -> float:
        ms = sorted(self.cycle_ms)
        return statistics.quantiles(ms, n=100, method="inclusive")[q - 1] if len(ms) > 1 \
            else (ms[0] if ms else 0.0)

    @property
    def rows_per_s(self) -> float:
        return self.server_rows / self.seconds if self.seconds else 0.0

    @property
    def errors(self) -> list[str]:
        return [f"{r.code}: {e}" for r in self.reports for e in r.errors]


def code_of(index: int) -> str:
    return f"LD{index:04d}"


def _actor(db: Database, code: str) -> Actor:
    with db.session() as s:
        st = create_home_station(s, code=code, name=f"{code} 服务站")
    return Actor(None, "dispatcher", Role.DISPATCHER, st.id, st.code, st.timezone)


def _work(db: Database, actor: Actor, rng: random.Random, customers: list[str]) -> None:
    """A dispatcher's few minutes: a call from a new customer, and one customer's number
    corrected."""
    n = rng.randrange(10_000_000)
    who = NewCustomer(CustomerInput(f"客户{n}", f"139{n:08d}"), SiteInput(f"南京市鼓楼区{n}号"))
    job, _ = create_job(db, actor, who, JobInput("repair", symptom=f"不制冷 {n}"))
    customers.append(job.customer_id)
    fixed = rng.choice(customers)
    update_customer(db, actor, fixed, CustomerInput(f"客户{n}改", f"138{n:08d}"))


def _outbox(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(OutboxEntry.seq)).all())


def _cycle(db: Database, settings: SyncSettings, report: StationReport) -> None:
    start = time.perf_counter()
    try:
        sync_once(db, settings)
    except SyncError as exc:
        report.errors.append(str(exc))
        return
    report.cycle_ms.append((time.perf_counter() - start) * 1000)


def station_process(index: int, url: str, folder: str, plan: Plan, go: Event, stop: Event,
                    final: Event, out: Any) -> None:
    """One station: its database, then cycles of work and sync until `stop` (or its cycles),
    then it quiesces and waits for `final` to pull once more."""
    code = code_of(index)
    db = open_database(Path(folder) / f"{code}.sqlite")
    actor = _actor(db, code)
    settings = SyncSettings(url)
    rng = random.Random(index)
    customers: list[str] = []
    report = StationReport(code)
    out.put(("ready", code))
    go.wait()
    done = 0
    while not stop.is_set() and (plan.cycles is None or done < plan.cycles):
        _work(db, actor, rng, customers)
        _cycle(db, settings, report)
        done += 1
        stop.wait(rng.uniform(0, 2 * plan.pause))
    for _ in range(FLUSH_CYCLES):
        _cycle(db, settings, report)
        if _outbox(db) == 0:
            report.flushed = True
            break
    out.put(("flushed", code))
    final.wait()
    try:
        sync_once(db, settings)
    except SyncError as exc:
        report.errors.append(f"final pull: {exc}")
    db.dispose()
    out.put(("done", report))


def add_stations(central: str, count: int) -> list[str]:
    """The stations' roles on the server; their addresses with passwords, by index."""
    return [add_station(central, code_of(i)).url_for(central) for i in range(count)]


def _seq(central: str) -> int:
    engine = connect(central, ADMIN)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT last_value FROM sync_seq")) or 0)
    finally:
        engine.dispose()


def _head_office(central: str, pause: float, stop: threading.Event, edits: list[int]) -> None:
    """The head office re-prioritises random stations' jobs (and renames their customers,
    which their own desks edit too: conflicts) until `stop`; `edits`: done, failed. It takes
    the station's write order before it locks a row of it, as a push does (c004)."""
    rng = random.Random(0)
    engine = connect(central, ADMIN)
    try:
        while not stop.wait(rng.uniform(0, 2 * pause)):
            try:
                with engine.begin() as conn:
                    _edit_a_job(conn, rng)
                edits[0] += 1
            except DBAPIError:
                edits[1] += 1
    finally:
        engine.dispose()


def _edit_a_job(conn: Connection, rng: random.Random) -> None:
    job = conn.execute(text("SELECT id, customer_id, station_id FROM jobs"
                            " ORDER BY random() LIMIT 1")).first()
    if job is None:
        return
    conn.execute(text("SELECT public.fd_take_order(:s)"), {"s": job.station_id})
    conn.execute(text("UPDATE jobs SET priority = :p WHERE id = :id"),
                 {"p": rng.choice(["urgent", "high", "normal", "low"]), "id": job.id})
    if rng.random() < 0.3:
        conn.execute(text("UPDATE customers SET name = :n WHERE id = :c"),
                     {"n": f"总部改{rng.randrange(1000)}", "c": job.customer_id})


def _sample(central: str, stop: threading.Event, samples: list[tuple[int, int]]) -> None:
    """Every half second until `stop`: how many station sessions wait for a lock, and how
    many run a statement."""
    engine = connect(central, ADMIN)
    try:
        with engine.connect() as conn:
            while not stop.wait(0.5):
                waiting, active = conn.execute(text(
                    "SELECT count(*) FILTER (WHERE a.wait_event_type = 'Lock'),"
                    " count(*) FILTER (WHERE a.state = 'active')"
                    " FROM pg_stat_activity a JOIN station_roles r ON r.role_name = a.usename"
                    )).one()
                samples.append((waiting, active))
                conn.rollback()
    finally:
        engine.dispose()


def _gather(out: Any, kind: str, procs: list[Any], timeout: float) -> list[Any]:
    """What every station reports next (`kind`); an error when one died or time ran out."""
    got: list[Any] = []
    deadline = time.monotonic() + timeout
    while len(got) < len(procs):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(got)} of {len(procs)} stations reported {kind!r}")
        dead = [p.name for p in procs if p.exitcode not in (None, 0)]
        if dead:
            raise RuntimeError(f"stations {', '.join(dead)} died")
        try:
            what, payload = out.get(timeout=1)
        except queue.Empty:
            continue
        if what != kind:
            raise RuntimeError(f"a station reported {what!r} while {kind!r} was awaited")
        got.append(payload)
    return got


def run_load(central: str, urls: list[str], folder: Path, plan: Plan,
             progress: Callable[[str], None] = lambda _m: None) -> LoadResult:
    """Run the plan against `central` (the administrator's address) with the stations of
    `urls` (from `add_stations`); their databases go in `folder`."""
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload([__name__])
    go, stop, final = ctx.Event(), ctx.Event(), ctx.Event()
    out = ctx.Queue()
    procs = [ctx.Process(target=station_process, name=code_of(i), daemon=True,
                         args=(i, url, str(folder), plan, go, stop, final, out))
             for i, url in enumerate(urls)]
    for p in procs:
        p.start()
    try:
        _gather(out, "ready", procs, 600)
        progress(f"{len(procs)} stations ready")
        halt = threading.Event()
        edits = [0, 0]
        samples: list[tuple[int, int]] = []
        office = threading.Thread(target=_head_office, args=(central, plan.head_office_pause,
                                                             halt, edits), daemon=True)
        sampler = threading.Thread(target=_sample, args=(central, halt, samples), daemon=True)
        first, start = _seq(central), time.perf_counter()
        go.set()
        sampler.start()
        if plan.head_office_pause:
            office.start()
        if plan.seconds is not None:  # the window: the bounded time...
            time.sleep(plan.seconds)
            stop.set()
        else:  # ...or until every station did its cycles (and flushed)
            _gather(out, "flushed", procs, 600 + (plan.cycles or 0) * 60)
        last, seconds = _seq(central), time.perf_counter() - start
        halt.set()
        sampler.join()
        if office.is_alive():
            office.join()
        if plan.seconds is not None:
            _gather(out, "flushed", procs, 600)
        progress("every station flushed")
        final.set()
        reports = _gather(out, "done", procs, 600)
    finally:
        stop.set()
        final.set()
        for p in procs:
            p.join(30)
    result = LoadResult(plan, seconds, last - first, edits[0], edits[1],
                        sorted(reports, key=lambda r: r.code),
                        statistics.fmean(w for w, _ in samples) if samples else 0.0,
                        statistics.fmean(a for _, a in samples) if samples else 0.0)
    result.diverged = converged(central, folder, [r.code for r in reports])
    return result


def _rows(conn: Connection, t: Table, where: Any) -> dict[str, dict[str, Any]]:
    cols = [t.c[c] for c in pulled_columns(t)]
    return {r["id"]: {k: plain(v) for k, v in r.items()}
            for r in conn.execute(select(*cols).where(where)).mappings()}


def converged(central: str, folder: Path, codes: list[str]) -> dict[str, str]:
    """Each station whose database differs from the server's rows of its station (and the
    shared rows), with its first difference."""
    diverged = {}
    engine = connect(central, ADMIN)
    try:
        with engine.connect() as server:
            for code in codes:
                db = open_database(folder / f"{code}.sqlite")
                try:
                    with db.engine.connect() as local:
                        diff = _difference(server, local, code)
                finally:
                    db.dispose()
                if diff:
                    diverged[code] = diff
    finally:
        engine.dispose()
    return diverged


def _difference(server: Connection, local: Connection, code: str) -> str:
    station = server.scalar(text("SELECT id FROM stations WHERE code = :c"), {"c": code})
    for t in synced_tables():
        theirs = _rows(server, t, t.c.station_id.in_([station, ""]))
        mine = _rows(local, t, t.c.station_id.in_([station, ""]))
        if theirs.keys() != mine.keys():
            return (f"{t.name}: {len(theirs.keys() - mine.keys())} rows missing here, "
                    f"{len(mine.keys() - theirs.keys())} not on the server")
        for row_id, row in theirs.items():
            if mine[row_id] != row:
                wrong = sorted(k for k in row if mine[row_id].get(k) != row[k])
                return f"{t.name} {row_id}: {', '.join(wrong)} differ"
    return ""
