"""Which tables travel, and which of their columns are bookkeeping rather than data."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlalchemy import Table, select

import app.models  # noqa: F401  (registers every table on the metadata)
from app.db import Database
from app.models import Base
from app.models.base import Synced
from app.services.recording import LOCAL_ONLY

SHARED = "''"  # station_id of reference rows every station reads (bundled templates)
BOOKKEEPING = frozenset({"id", "station_id", "version", "server_seq", "updated_at", "updated_by"})


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every table with the sync columns, parents before children (metadata order; the models
    are all imported above, so it never changes)."""
    return tuple(t for t in Base.metadata.sorted_tables
                 if {"station_id", "server_seq", "version", "deleted"} <= set(t.c.keys()))


@cache
def _by_name() -> dict[str, Table]:
    return {t.name: t for t in synced_tables()}


def table(name: str) -> Table:
    found = _by_name().get(name)
    if found is None:
        raise KeyError(f"{name} is not a synced table")
    return found


@cache
def pulled_columns(t: Table) -> tuple[str, ...]:
    """Columns a pull copies from the server: all but the local search columns."""
    return tuple(c.key for c in t.c if c.key not in LOCAL_ONLY or c.key == "server_seq")


def model(table_name: str) -> type[Synced]:
    """The model class of a synced table."""
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name and issubclass(cls, Synced):
            return cls
    raise KeyError(table_name)


NAME_COLUMNS = {"jobs": "number", "customers": "name", "technicians": "name",
                "sites": "address", "equipment": "model", "certifications": "number",
                "checklist_templates": "name", "catalogue_items": "code",
                "maintenance_contracts": "reference"}
"""The column that names a record for a reader, in the tables that have one."""


def names_of(db: Database, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A readable name (job number, customer name...) of each (table, row id); records
    without a naming column, or gone, are left out."""
    wanted: dict[str, set[str]] = {}
    for table_name, row_id in records:
        if table_name in NAME_COLUMNS:
            wanted.setdefault(table_name, set()).add(row_id)
    names: dict[tuple[str, str], str] = {}
    with db.session() as s:
        for table_name, ids in wanted.items():
            t = table(table_name)
            column = t.c[NAME_COLUMNS[table_name]]
            for row_id, name in s.execute(select(t.c.id, column).where(t.c.id.in_(sorted(ids)))):
                if name:
                    names[(table_name, row_id)] = str(name)
    return names
