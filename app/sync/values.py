"""Outbox values are JSON-safe (`recording.plain`); these turn them back into column values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, LargeBinary, Numeric, Table, Time

from app.models.base import UTCDateTime


def from_plain(t: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = t.c[column].type
    if isinstance(kind, UTCDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Time):
        return dt.time.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(value, float):
        return Decimal(value)
    if isinstance(kind, LargeBinary):
        return bytes.fromhex(value)
    return value


def row_from_plain(t: Table, fields: dict[str, Any]) -> dict[str, Any]:
    return {k: from_plain(t, k, v) for k, v in fields.items() if k in t.c}
