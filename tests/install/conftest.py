"""FieldDesk as a branch-office PC gets it: the wheel installed into a fresh virtual environment
(not editable), and the frozen Linux bundle built by installer/build_linux.sh, unpacked and run
from folders outside the checkout. The tests here are marked `install` (minutes of building:
`-m "not install"` leaves them out of a quick run)."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WHEELHOUSE = ROOT / "installer" / "wheelhouse.py"


@dataclass(frozen=True)
class Installed:
    """One way FieldDesk is installed: its `fielddesk` command, run in a folder of its own."""

    command: Path
    workdir: Path

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The command with these arguments, offscreen, nothing of the checkout on its path."""
        env = {key: value for key, value in os.environ.items()
               if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        return subprocess.run([str(self.command), *args], cwd=self.workdir, text=True,
                              capture_output=True, timeout=300, env=env)


def _checked(command: list[str], env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 0, f"{command[:3]} failed:\n{result.stdout}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="session")
def wheel_install(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel, built from the sources and installed into a fresh venv (dependencies from
    the local wheelhouse), with `fielddesk` run in an empty folder."""
    base = tmp_path_factory.mktemp("wheel")
    wheel = _checked([sys.executable, str(WHEELHOUSE), "wheel", str(base / "dist")]).strip()
    python = _checked([sys.executable, str(WHEELHOUSE), "venv", str(base / "venv"),
                       wheel]).strip()
    (base / "work").mkdir()
    return Installed(Path(python).with_name("fielddesk"), base / "work")


@pytest.fixture(scope="session")
def bundle_install(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The Linux bundle built by installer/build_linux.sh, its tarball unpacked elsewhere."""
    out = _checked(["bash", str(ROOT / "installer" / "build_linux.sh")],
                   env={**os.environ, "PYTHON": sys.executable})
    tarball = Path(out.strip().splitlines()[-1])
    base = tmp_path_factory.mktemp("bundle")
    with tarfile.open(tarball) as archive:
        archive.extractall(base, filter="tar")
    (folder,) = base.iterdir()
    (base / "work").mkdir()
    return Installed(folder / "fielddesk", base / "work")


@pytest.fixture(params=["wheel", "bundle"])
def installed(request: pytest.FixtureRequest) -> Installed:
    """Each install in turn (the parameter names its fixture)."""
    found: Installed = request.getfixturevalue(f"{request.param}_install")
    return found
