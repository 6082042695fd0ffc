"""FieldDesk: the dispatcher's desk of an air-conditioner service station (Qt-free core)."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def version() -> str:
    """The version pyproject.toml declares: read from it in a source checkout, else from the
    installed metadata (a wheel, or the frozen bundle, which carries the wheel's metadata)."""
    import tomllib
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == "fielddesk":
            return str(project["version"])
    try:
        return installed_version("fielddesk")
    except PackageNotFoundError:
        return "unknown"
