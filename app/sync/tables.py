"""Which tables travel, and which of their columns are bookkeeping rather than data."""

from __future__ import annotations

from sqlalchemy import Table

import app.models  # noqa: F401  (registers every table on the metadata)
from app.models import Base
from app.services.recording import LOCAL_ONLY

SHARED = "''"  # station_id of reference rows every station reads (bundled templates)
BOOKKEEPING = frozenset({"id", "station_id", "version", "server_seq", "updated_at", "updated_by"})


def synced_tables() -> list[Table]:
    """Every table with the sync columns, parents before children (metadata order)."""
    return [t for t in Base.metadata.sorted_tables
            if {"station_id", "server_seq", "version", "deleted"} <= set(t.c.keys())]


def table(name: str) -> Table:
    found = Base.metadata.tables.get(name)
    if found is None or found not in synced_tables():
        raise KeyError(f"{name} is not a synced table")
    return found


def pulled_columns(t: Table) -> list[str]:
    """Columns a pull copies from the server: all but the local search columns."""
    return [c.key for c in t.c if c.key not in LOCAL_ONLY or c.key == "server_seq"]
