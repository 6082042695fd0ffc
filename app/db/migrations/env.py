"""Alembic environment: runs on the engine handed in by app.db.migrate (never a URL in a file)."""

from __future__ import annotations

from alembic import context

import app.models
from app.db.database import set_foreign_keys
from app.models import Base

assert app.models  # every model registered on Base.metadata

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # batch migrations rebuild tables: referencing rows must not block the rebuild
        set_foreign_keys(connection, False)
    try:
        with connection.begin():
            context.configure(connection=connection, target_metadata=Base.metadata,
                              render_as_batch=sqlite)
            before = context.get_context().get_current_revision()
            with context.begin_transaction():
                context.run_migrations()
            migrated = context.get_context().get_current_revision() != before
            # Only after a real upgrade: on a large station the check reads every table.
            if sqlite and migrated and connection.exec_driver_sql(
                    "PRAGMA foreign_key_check").first():
                raise RuntimeError("a migration left rows pointing at missing rows")
    finally:
        if sqlite:
            set_foreign_keys(connection, True)
