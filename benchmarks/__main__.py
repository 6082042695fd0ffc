"""`python -m benchmarks`: all figures as a table, then as JSON (also .bench-cache/results.json)."""

from __future__ import annotations

import os
import platform
import sys

from benchmarks import (
    board,
    bundle,
    customer_list,
    durability,
    geo,
    job_list,
    printing,
    quality,
    startup,
    station_data,
    sync,
)
from benchmarks import map as map_view
from benchmarks.harness import as_json, table
from benchmarks.large_db import CACHE, SIZE, large_db


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path, build = large_db()
    figures = [build, *startup.run(path), *job_list.run(path), *customer_list.run(path),
               *board.run(path), *printing.run(path), *quality.run(path), *durability.run(path),
               *sync.run(path),
               *geo.run(path), *map_view.run(path), *station_data.run(path),
               *bundle.run(path)]
    context = {"database": str(path), "size": SIZE, "python": platform.python_version(),
               "machine": platform.machine(), "cpus": os.cpu_count()}
    print(table(figures))
    out = as_json(figures, context)
    (CACHE / "results.json").write_text(out, encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
