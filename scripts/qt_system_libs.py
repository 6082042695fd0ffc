"""The Debian packages of the system libraries that Qt's plugins need (scripts/lib.sh uses it).

PySide6's wheel bundles Qt, but its platform plugins link system libraries: the xcb plugin (the
desktop), the offscreen one (tests, screenshots) and the CUPS print support. `ldd` on the
installed plugins says which libraries the linker cannot find; scripts/qt-system-libs.tsv names
the package of each (soname, package), a table made from `ldd` and `dpkg -S` on a machine
where everything is installed, so nothing here is a list from memory.

    python scripts/qt_system_libs.py missing   the packages to install, one per line
    python scripts/qt_system_libs.py write     remake the table on a machine that has them all

Standard library only; run with the venv's Python (where PySide6 is installed).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

TABLE = Path(__file__).with_name("qt-system-libs.tsv")
PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
           "printsupport/libcupsprintersupport.so")
LDD_LINE = re.compile(r"^\s*(\S+) => (not found|(/\S+))")


def qt_folder() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("qt_system_libs: PySide6 is not installed in this Python")
    return Path(spec.origin).parent / "Qt"


def needed() -> dict[str, str | None]:
    """Every system library the plugins load (soname: path, None when not found), Qt's own
    libraries left out."""
    qt = qt_folder()
    found: dict[str, str | None] = {}
    for plugin in PLUGINS:
        out = subprocess.run(["ldd", str(qt / "plugins" / plugin)], capture_output=True,
                             text=True, check=True).stdout
        for line in out.splitlines():
            if (match := LDD_LINE.match(line)) and str(qt.parent) not in line:
                found[match.group(1)] = found.get(match.group(1)) or match.group(3)
    return found


def table() -> dict[str, str]:
    rows = (line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {soname: package for soname, package in rows}


def package_of(path: str) -> str:
    """The installed Debian package that holds this file: `dpkg -S` on its real path, which
    the package may have shipped under /lib or /usr/lib (the two are one folder now)."""
    real = str(Path(path).resolve())
    for candidate in (real, real.removeprefix("/usr"), f"/usr{real}"):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"qt_system_libs: no installed package holds {path}")


def missing() -> int:
    known = table()
    lost = sorted(soname for soname, path in needed().items() if path is None)
    packages = sorted({known[soname] for soname in lost if soname in known})
    for soname in lost:
        if soname not in known:
            print(f"setup: Qt needs {soname}, which scripts/qt-system-libs.tsv does not name: "
                  "install its package by hand", file=sys.stderr)
    print("\n".join(packages))
    return 0


def write() -> int:
    libraries = needed()
    if lost := sorted(name for name, path in libraries.items() if path is None):
        raise SystemExit(f"qt_system_libs: install these first: {' '.join(lost)}")
    lines = [f"{soname}\t{package_of(str(path))}" for soname, path in sorted(libraries.items())]
    TABLE.write_text("# soname\tDebian package (scripts/qt_system_libs.py write: ldd of "
                     f"{', '.join(PLUGINS)}, dpkg -S)\n" + "\n".join(lines) + "\n",
                     encoding="utf-8")
    print(f"{len(lines)} libraries in {TABLE}")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("missing", "write"):
        raise SystemExit(__doc__)
    sys.exit(missing() if command == "missing" else write())
