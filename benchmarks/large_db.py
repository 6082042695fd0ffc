"""The large demo station of DESIGN section 6, built fresh each run (its build time is a figure)."""

from __future__ import annotations

import time
from pathlib import Path

from app.demo import build_demo
from benchmarks.harness import Figure

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench-cache"
SIZE = {"technicians": 200, "jobs": 50_000, "customers": 100_000, "seed": 7}


def large_db() -> tuple[Path, Figure]:
    """A new large demo database and the figure of how long building it took."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "large-station.sqlite"
    start = time.perf_counter()
    build_demo(path, **SIZE, force=True)
    seconds = time.perf_counter() - start
    return path, Figure("demo station build: 200 techs, 50k jobs, 100k customers",
                        seconds * 1000, 60_000)
