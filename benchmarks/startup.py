"""Cold start to an interactive main window (DESIGN section 6: <= 1.5 s), in fresh processes."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import app as fielddesk
from benchmarks.harness import Figure
from benchmarks.startup_child import READY

RUNS = 5


def _once(*args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile("w+") as errors:  # Qt's offscreen chatter, shown on failure
        start = time.perf_counter()
        with subprocess.Popen([sys.executable, "-m", "benchmarks.startup_child", *args],
                              stdout=subprocess.PIPE, stderr=errors, text=True, env=env) as child:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            elapsed = (time.perf_counter() - start) * 1000
            child.wait(timeout=60)
        if line != READY or child.returncode:
            errors.seek(0)
            raise RuntimeError(f"the start-up child failed ({child.returncode}): {errors.read()}")
    return elapsed


def _median(*args: str) -> float:
    _once(*args)  # warm the OS file cache: "cold" means a new process, not a new machine
    return statistics.median(_once(*args) for _ in range(RUNS))


def run(db_path: Path) -> list[Figure]:
    # An installed FieldDesk starts from compiled bytecode (pip and PyInstaller compile it); a
    # source tree may have none (PYTHONDONTWRITEBYTECODE), which would add some 0.5 s of
    # compiling to every start measured.
    compileall.compile_dir(Path(fielddesk.__file__).parent, quiet=1)
    bare = _median("bare")
    app = _median("app", str(db_path))
    base = "bare PySide6 window in a new process"
    return [
        Figure(f"baseline: {base}", bare, None, runs=RUNS),
        Figure("cold start to main window, jobs page loaded", app, 1500, base, bare, RUNS),
    ]
