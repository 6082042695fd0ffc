"""Alembic environment: runs on the engine handed in by app.db.migrate (never a URL in a file)."""

from __future__ import annotations

from alembic import context

import app.models
from app.models import Base

assert app.models  # every model registered on Base.metadata

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
