"""Which column of a file holds which field: guessed from the headers, in Chinese or English,
and overridable by the user (`Mapping` maps a field's key to a column index)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.texts import Text

Mapping = dict[str, int]  # field key -> column index
_NOISE = re.compile(r"[\s_\-:：()（）\[\]【】*#/\\.。,，]+")


@dataclass(frozen=True)
class Field:
    key: str
    label: Text  # the field's name in a sentence ("The phone is missing.")
    aliases: tuple[str, ...]  # header texts that name the field (English and Chinese)
    required: bool = False


def normal(header: str) -> str:
    return _NOISE.sub("", header).casefold()


def guess(headers: Sequence[str], fields: Sequence[Field]) -> Mapping:
    """Each field's column: a header equal to one of its aliases first, then a header that
    contains one (longest alias first); a column is given to one field at most."""
    names = [normal(h) for h in headers]
    mapping: Mapping = {}
    taken: set[int] = set()
    for exact in (True, False):
        for f in fields:
            if f.key in mapping:
                continue
            for alias in sorted((normal(a) for a in (f.key, *f.aliases)), key=len,
                                reverse=True):
                column = next((i for i, n in enumerate(names) if i not in taken and n and (
                    n == alias if exact else alias in n)), None)
                if column is not None:
                    mapping[f.key] = column
                    taken.add(column)
                    break
    return mapping


def parse_mapping(text: str, headers: Sequence[str], fields: Sequence[Field]) -> Mapping:
    """A mapping written as `field=column,...` (a column by its header or its 1-based number),
    for the command line; ValueError naming what is wrong."""
    keys = {f.key for f in fields}
    mapping: Mapping = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, column = (s.strip() for s in part.partition("="))
        if key not in keys:
            raise ValueError(f"unknown field {key!r} (fields: {', '.join(sorted(keys))})")
        if column.isdigit() and 1 <= int(column) <= len(headers):
            mapping[key] = int(column) - 1
        elif column in headers:
            mapping[key] = list(headers).index(column)
        else:
            raise ValueError(f"no column {column!r} in the file")
    return mapping
