"""Whether a database is at this FieldDesk's schema, told without alembic.

Every start opens the station database and brings its schema up to date (`migrate.upgrade`),
which imports alembic and reads every migration script (some 0.15-0.2 s) only to find, nearly
always, nothing to do. Here the database's revision is read with one query and compared with the
newest migration's, named by its file ("0014_printed_sheets.py" holds revision 0014): alembic
is needed only when they differ (a new database, an older schema, one from a newer FieldDesk),
and decides as it always did.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def newest_revision() -> str:
    """The revision of the newest migration, read from the scripts' names (numbered in order)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py"))


def at_newest(engine: Engine) -> bool:
    """Whether the database's schema is at the newest migration (nothing to upgrade)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return current == [newest_revision()]
