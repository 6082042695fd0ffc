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
from app.resources import CHECKLISTS

TEMPLATES = CHECKLISTS
SUFFIXES = (".yaml", ".yml", ".json")
MAX_FILE_BYTES = 2 * 2**20  # the installation checklist is 60 kB
MAX_VALUES = 100_000  # values in a template's data (the installation checklist has ~4,000)
MAX_DEPTH = 16  # levels of nesting (the installation checklist has 6)
MAX_CHARS = 2_000_000  # characters of text in all


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


def _check_size(data: Any, origin: str) -> None:
    """Refuse data too large or too deep to be a checklist before anything walks it
    recursively. Counted without recursion, each time a value is reached: a YAML file that
    names one list a billion times through aliases ("billion laughs") stops here."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    values, chars = 1, 0
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise TemplateError("{place}: nested more than {depth} levels deep", place=origin,
                                depth=MAX_DEPTH)
        parts = (list(node) + list(node.values()) if isinstance(node, dict)
                 else node if isinstance(node, list | tuple) else ())
        values += len(parts)
        chars += len(node) if isinstance(node, str) else 0
        if values > MAX_VALUES or chars > MAX_CHARS:
            raise TemplateError("{place}: too large for a checklist (at most {values} values "
                                "and {chars} characters)", place=origin, values=MAX_VALUES,
                                chars=MAX_CHARS)
        stack.extend((part, depth + 1) for part in parts)


def parse_template(data: Any, origin: str) -> TemplateBody:
    """Validate template data (from a file or the editor); TemplateError names what is wrong."""
    _check_size(data, origin)
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
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TemplateError("{file}: larger than {megabytes} MB, too large for a checklist",
                                file=path.name, megabytes=MAX_FILE_BYTES // 2**20)
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except OSError as exc:
        raise TemplateError("{file}: cannot be read ({reason})", file=path.name,
                            reason=exc.strerror) from None
    except (RecursionError, MemoryError):
        raise TemplateError("{file}: nested too deeply to be a checklist",
                            file=path.name) from None
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise TemplateError("{file}: not valid {format}: {problem}", file=path.name,
                            format=path.suffix[1:].upper(),
                            problem=str(exc).splitlines()[0]) from None
    return parse_template(data, path.name)


@lru_cache(maxsize=4)
def bundled_templates(folder: Path = TEMPLATES) -> tuple[TemplateBody, ...]:
    """Every template shipped in app/resources/checklists, in file name order (read once: the
    files ship with the application and validating them costs ~100 ms)."""
    return tuple(load_template(p) for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES)
