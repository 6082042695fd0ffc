"""scripts/qt-system-libs.tsv names the Debian package of every system library Qt's plugins
load (scripts/lib.sh installs the missing ones on a fresh machine): checked against `ldd` on
the installed plugins and `dpkg -S` on this machine, so a PySide6 that links a new library, or
a package renamed, fails here until the table is made again (`qt_system_libs.py write`)."""

from __future__ import annotations

import subprocess
import sys

from scripts.qt_system_libs import needed, package_of, table
from tests.install.conftest import ROOT


def test_the_table_names_a_package_for_every_library_the_plugins_load() -> None:
    libraries = needed()
    assert "libxcb-icccm.so.4" in libraries and "libxcb-keysyms.so.1" in libraries
    assert sorted(set(libraries) - set(table())) == []


def test_each_package_in_the_table_is_the_one_holding_the_library_here() -> None:
    known = table()
    present = {name: path for name, path in needed().items() if path is not None}
    assert {name: package_of(path) for name, path in present.items()} == {
        name: known[name] for name in present}


def test_nothing_is_missing_once_the_set_up_ran() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "qt_system_libs.py"),
                             "missing"], capture_output=True, text=True, check=True)
    assert (result.stdout.strip(), result.stderr) == ("", "")
