"""The layers of app/ hold: the import contracts in pyproject.toml (import-linter), and the core
(everything under app/ but app/ui) never loads Qt, not even through a lazy import."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

import app

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def core_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(app.__path__, "app.")
        if not m.name.startswith("app.ui") and m.name != "app.__main__"
    )


def test_the_import_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    assert {c["type"] for c in contracts["contracts"]} >= {"layers", "acyclic_siblings",
                                                           "forbidden"}
    status = lint_imports(str(PYPROJECT), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert status == 0, report
    assert "BROKEN" not in report and "0 broken" in report


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
