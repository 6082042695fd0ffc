"""`python -m benchmarks.load [STATIONS [SECONDS]]`: hundreds of stations at once (issue 20).

N simulated stations (benchmarks/stations.py: separate processes, each its own SQLite database
and station role) work and sync against one PostgreSQL on loopback for a bounded time while the
head office edits their jobs; then each quiesces and is compared with the server. Prints the
server's rows per second, the p50/p95 time of a sync cycle, how many sessions waited for a lock,
and whether every station converged; the figures also go to .bench-cache/load.json.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from app.sync.server import init_server
from benchmarks.harness import Figure, table
from benchmarks.large_db import CACHE
from benchmarks.stations import LoadResult, Plan, add_stations, run_load
from benchmarks.sync import database
from tests.pg_server import PostgresServer

STATIONS = 200
SECONDS = 90.0
# every station holds one connection while it syncs; the head office, the sampler and the
# administrator's checks a few more
SERVER = {"max_connections": "400"}


def figures(result: LoadResult) -> list[Figure]:
    n = result.plan.stations
    converged = n - len(result.diverged)
    return [
        Figure(f"load, {n} stations: sync cycle p50", result.percentile(50), None),
        Figure(f"load, {n} stations: sync cycle p95", result.percentile(95), None),
        Figure(f"load, {n} stations: server rows/s (rows/s, not ms)", result.rows_per_s, None),
        Figure(f"load, {n} stations: converged (stations, not ms)", converged, n),
    ]


def summary(result: LoadResult) -> dict[str, object]:
    return {"stations": result.plan.stations, "seconds": round(result.seconds, 1),
            "mean pause between cycles (s)": result.plan.pause,
            "cycles": len(result.cycle_ms), "server rows": result.server_rows,
            "server rows/s": round(result.rows_per_s, 1),
            "cycle p50 ms": round(result.percentile(50), 1),
            "cycle p95 ms": round(result.percentile(95), 1),
            "head office edits": result.head_office_edits,
            "head office edits failed (deadlock, timeout)": result.head_office_failed,
            "station sessions waiting for a lock (mean)": round(result.waiting, 2),
            "station sessions running a statement (mean)": round(result.active, 2),
            "converged": result.plan.stations - len(result.diverged),
            "diverged": result.diverged, "errors": result.errors[:20],
            "cpus": os.cpu_count()}


def run(stations: int = STATIONS, seconds: float = SECONDS) -> LoadResult:
    server = PostgresServer(**SERVER)
    admin = server.start()
    try:
        central = database(admin, "central")
        init_server(central)
        urls = add_stations(central, stations)
        with tempfile.TemporaryDirectory(prefix="fielddesk-load-") as folder:
            start = time.perf_counter()
            result = run_load(central, urls, Path(folder), Plan(stations, seconds=seconds),
                              progress=lambda m: print(
                                  f"[{time.perf_counter() - start:6.1f} s] {m}", flush=True))
    finally:
        server.stop()
    return result


def main(argv: list[str]) -> int:
    stations = int(argv[0]) if argv else STATIONS
    seconds = float(argv[1]) if len(argv) > 1 else SECONDS
    load = os.getloadavg()
    result = run(stations, seconds)
    print(table(figures(result)))
    report = summary(result) | {"load average before": load}
    CACHE.mkdir(exist_ok=True)
    out = json.dumps(report, ensure_ascii=False, indent=2)
    (CACHE / "load.json").write_text(out, encoding="utf-8")
    print(out)
    return 0 if not result.diverged and not result.errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
