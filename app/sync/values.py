"""Outbox values are JSON-safe (`recording.plain`); these turn them back into column values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Date, LargeBinary, Numeric, Table, Time

from app.models.base import UTCDateTime

Convert = Callable[[Any], Any]


def _number(value: Any) -> Any:
    return value if isinstance(value, float) else Decimal(value)


def _converter(kind: Any) -> Convert | None:
    """How a plain value of a column of this type becomes its column value (None: as it is)."""
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat
    if isinstance(kind, Date):
        return dt.date.fromisoformat
    if isinstance(kind, Time):
        return dt.time.fromisoformat
    if isinstance(kind, Numeric):
        return _number
    if isinstance(kind, LargeBinary):
        return bytes.fromhex
    return None


@cache
def _converters(t: Table) -> dict[str, Convert | None]:
    return {c.key: _converter(c.type) for c in t.c}


def from_plain(t: Table, column: str, value: Any) -> Any:
    convert = _converters(t)[column]
    return value if value is None or convert is None else convert(value)


def row_from_plain(t: Table, fields: dict[str, Any]) -> dict[str, Any]:
    converters = _converters(t)
    row = {}
    for k, v in fields.items():
        if k in converters:
            convert = converters[k]
            row[k] = v if v is None or convert is None else convert(v)
    return row
