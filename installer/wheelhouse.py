"""FieldDesk's wheel, and fresh virtual environments installed from a local folder of wheels.

    python installer/wheelhouse.py wheel OUT_DIR          build the wheel, print its path
    python installer/wheelhouse.py venv VENV REQUIREMENT...
                                                          a new venv with the requirements

The wheel is built from a copy of the sources (pyproject.toml, README.md, app/), so a stale
`build/` folder in the checkout can never slip a deleted file into it. A venv is installed with
`--no-index` from the wheelhouse ($FIELDDESK_WHEELHOUSE, default .build-cache/wheels in the
checkout); what it lacks is downloaded there first, once. Used by the wheel test
(tests/install/) and installer/build_linux.sh. Standard library only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "app")


def wheelhouse() -> Path:
    folder = Path(os.environ.get("FIELDDESK_WHEELHOUSE") or ROOT / ".build-cache" / "wheels")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_wheel(out_dir: Path) -> Path:
    """Build FieldDesk's wheel into `out_dir` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fielddesk-src-") as tmp:
        src = Path(tmp)
        for name in SOURCES:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, src / name,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(ROOT / name, src / name)
        before = set(out_dir.glob("fielddesk-*.whl"))
        for old in before:
            old.unlink()
        _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out_dir),
             str(src))
    (wheel,) = out_dir.glob("fielddesk-*.whl")
    return wheel


def fresh_venv(path: Path, requirements: list[str]) -> Path:
    """A new virtual environment at `path` (replacing one there) with `requirements` installed
    from the wheelhouse; returns its Python."""
    shutil.rmtree(path, ignore_errors=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(path)
    python = path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    house = str(wheelhouse())
    offline = [str(python), "-m", "pip", "install", "-q", "--no-index", "--find-links", house]
    if subprocess.run([*offline, *requirements], capture_output=True).returncode != 0:
        # pip download keeps a file already there: a FieldDesk wheel of the same version from
        # an earlier build would stand in for the one given, with its older dependencies.
        for stale in Path(house).glob("fielddesk-*.whl"):
            stale.unlink()
        _run(str(python), "-m", "pip", "download", "-q", "-d", house, *requirements)
        _run(*offline, *requirements)
    return python


def _run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"wheelhouse: {' '.join(command[:4])}... failed:\n"
                         f"{result.stdout}{result.stderr}")


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "wheel":
        print(build_wheel(Path(argv[1]).resolve()))
        return 0
    if len(argv) >= 3 and argv[0] == "venv":
        print(fresh_venv(Path(argv[1]).resolve(), argv[2:]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
