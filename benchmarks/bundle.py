"""The frozen Linux bundle against the editable install: its build time, its size, and cold
starts of the same commands in new processes (`--version`; a screenshot of the jobs view of
the large station, which starts Qt, opens the database and renders the main window)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
MB = 1024 * 1024


def build() -> tuple[float, Path, Path]:
    """Build the bundle with installer/build_linux.sh: (ms, bundle folder, tarball)."""
    start = time.perf_counter()
    out = subprocess.run(["bash", str(ROOT / "installer" / "build_linux.sh")],
                         env={**os.environ, "PYTHON": sys.executable}, capture_output=True,
                         text=True, check=True).stdout.split()
    return (time.perf_counter() - start) * 1000, Path(out[-2]), Path(out[-1])


def size_mb(folder: Path) -> float:
    """Bytes of the files, the bundle's symbolic links to its own libraries not counted."""
    return sum(p.lstat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / MB


def _once(command: list[str], cwd: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=True, timeout=300)
    return (time.perf_counter() - start) * 1000


def _median(command: list[str], cwd: Path) -> float:
    _once(command, cwd)  # warm the OS file cache: "cold" means a new process
    return statistics.median(_once(command, cwd) for _ in range(RUNS))


def run(db_path: Path) -> list[Figure]:
    build_ms, folder, tarball = build()
    frozen = [str(folder / "fielddesk")]
    editable = [sys.executable, "-m", "app"]
    figures = [Figure("Linux bundle build: wheel, venv, PyInstaller, tarball", build_ms, None),
               Figure("Linux bundle on disk (MB, not ms)", size_mb(folder), None),
               Figure("Linux bundle tarball (MB, not ms)", tarball.stat().st_size / MB, None)]
    with tempfile.TemporaryDirectory() as tmp:
        shot = ["screenshot", "jobs", "-o", str(Path(tmp) / "jobs.png"), "--db", str(db_path)]
        for what, args in (("--version", ["--version"]),
                           ("screenshot of the jobs view, large station", shot)):
            base = f"editable install: fielddesk {what}"
            base_ms = _median(editable + args, ROOT)
            figures += [Figure(f"baseline: {base}", base_ms, None, runs=RUNS),
                        Figure(f"frozen bundle: fielddesk {what}", _median(frozen + args, folder),
                               None, base, base_ms, RUNS)]
    return figures
