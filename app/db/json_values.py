"""Many values as one statement parameter: a JSON array read by SQLite's json_each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, column, func, select


def each_of(values: str) -> Select[Any]:
    """The values of a JSON array (one parameter however many values: one cached statement,
    where an IN list is a placeholder a value, rendered anew for each length)."""
    return select(column("value")).select_from(func.json_each(values))
