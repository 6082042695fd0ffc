"""`python -m benchmarks [GROUP ...]`: the figures as a table, then as JSON (also
.bench-cache/results.json). Without a group every figure is measured (the large station is
built fresh, its build time a figure); with groups only theirs, on the large station of an
earlier run when there is one less than 12 hours old (else it is built):

    python -m benchmarks solomon --seconds 5 --instances C101,R101
    python -m benchmarks plan board
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import (
    board,
    bundle,
    customer_list,
    durability,
    geo,
    job_list,
    plan,
    printing,
    quality,
    solomon,
    startup,
    station_data,
    sync,
)
from benchmarks import map as map_view
from benchmarks.harness import Figure, as_json, table
from benchmarks.large_db import CACHE, SIZE, large_db

Group = Callable[[Path, argparse.Namespace], list[Figure]]
GROUPS: dict[str, Group] = {
    "startup": lambda p, a: startup.run(p),
    "job_list": lambda p, a: job_list.run(p),
    "customer_list": lambda p, a: customer_list.run(p),
    "board": lambda p, a: board.run(p),
    "printing": lambda p, a: printing.run(p),
    "quality": lambda p, a: quality.run(p),
    "durability": lambda p, a: durability.run(p),
    "sync": lambda p, a: sync.run(p),
    "geo": lambda p, a: geo.run(p),
    "map": lambda p, a: map_view.run(p),
    "station_data": lambda p, a: station_data.run(p),
    "plan": lambda p, a: plan.run(p, a.seconds or plan.SECONDS),
    "solomon": lambda p, a: solomon.run(a.seconds or 10.0, a.instances),
    "bundle": lambda p, a: bundle.run(p),
}
NEEDS_NO_STATION = {"solomon"}
FRESH = 12 * 3600  # seconds a large station of an earlier run is reused by a group run


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("groups", nargs="*", metavar="GROUP",
                        help=f"only these figure groups: {', '.join(GROUPS)}")
    parser.add_argument("--seconds", type=float, default=None,
                        help="time limit of each solve (solomon: 10, plan: 25)")
    parser.add_argument("--instances", type=lambda t: [x for x in t.split(",") if x],
                        default=None, help="Solomon instances, comma-separated (default all)")
    args = parser.parse_args(argv)
    unknown = [g for g in args.groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group {unknown[0]!r} (choose from {', '.join(GROUPS)})")
    return args


def _station(groups: list[str]) -> tuple[Path, list[Figure]]:
    if not groups:
        path, build = large_db()
        return path, [build]
    path = CACHE / "large-station.sqlite"
    if set(groups) <= NEEDS_NO_STATION or (
            path.exists() and time.time() - path.stat().st_mtime < FRESH):
        return path, []
    path, build = large_db()
    return path, [build]


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path, figures = _station(args.groups)
    for name in args.groups or GROUPS:
        figures += GROUPS[name](path, args)
    context = {"database": str(path), "size": SIZE, "python": platform.python_version(),
               "machine": platform.machine(), "cpus": os.cpu_count(),
               "groups": args.groups or "all"}
    print(table(figures))
    out = as_json(figures, context)
    CACHE.mkdir(exist_ok=True)
    (CACHE / "results.json").write_text(out, encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
