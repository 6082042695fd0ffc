"""Alembic environment of the central-only objects (their own version table, central_version)."""

from __future__ import annotations

from alembic import context

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=None,
                      version_table="central_version")
    with context.begin_transaction():
        context.run_migrations()
