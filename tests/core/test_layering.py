"""The core (everything under app/ but app/ui) never loads Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import app


def core_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(app.__path__, "app.")
        if not m.name.startswith("app.ui") and m.name != "app.__main__"
    )


def test_importing_every_core_module_leaves_pyside6_unloaded() -> None:
    modules = core_modules()
    assert {"app.services.jobs", "app.models", "app.db", "app.cli.main"} <= set(modules)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
