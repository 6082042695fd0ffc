"""Reading checklist templates from YAML or JSON files, with errors that name file and item."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError as SchemaError

from app.checklists.schema import TemplateBody
from app.errors import ValidationError
from app.resources import RESOURCES

TEMPLATES = RESOURCES / "checklists"
SUFFIXES = (".yaml", ".yml", ".json")


class TemplateError(ValidationError):
    """A template file that cannot be used; the message names the file and the item."""


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """`section indoor, item plate_level, min` from pydantic's location path."""
    parts, node = [], data
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            parts.append(str(key))
            node = None
            continue
        if isinstance(node, dict) and isinstance(key, int) and "id" in node:
            kind = "item" if "type" in node or "label" in node else "section"
            parts.append(f"{kind} {node['id']}")
        elif not isinstance(key, int) and key not in ("sections", "items"):
            parts.append(str(key))
    return ", ".join(parts)


def parse_template(data: Any, origin: str) -> TemplateBody:
    """Validate template data (from a file or the editor); TemplateError names what is wrong."""
    try:
        return TemplateBody.model_validate(data)
    except SchemaError as exc:
        first = exc.errors()[0]
        where = _where(data, tuple(first["loc"]))
        message = first["msg"].removeprefix("Value error, ")
        place = f"{origin}: {where}" if where else origin
        if exc.error_count() > 1:
            raise TemplateError("{place}: {problem} (and {more} more)", place=place,
                                problem=message, more=exc.error_count() - 1) from None
        raise TemplateError("{place}: {problem}", place=place, problem=message) from None


def load_template(path: Path) -> TemplateBody:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except OSError as exc:
        raise TemplateError("{file}: cannot be read ({reason})", file=path.name,
                            reason=exc.strerror) from None
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise TemplateError("{file}: not valid {format}: {problem}", file=path.name,
                            format=path.suffix[1:].upper(),
                            problem=str(exc).splitlines()[0]) from None
    return parse_template(data, path.name)


@lru_cache(maxsize=4)
def bundled_templates(folder: Path = TEMPLATES) -> tuple[TemplateBody, ...]:
    """Every template shipped in resources/checklists, in file name order (read once: the
    files ship with the application and validating them costs ~100 ms)."""
    return tuple(load_template(p) for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES)
