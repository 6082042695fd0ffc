"""The same migrations build the schema on the central PostgreSQL server."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from app.db.migrate import head_revision, upgrade
from app.models import Base


def test_migrations_give_the_models_schema_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade(engine)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
            assert conn.execute(text("SHOW server_version_num")).scalar()
    finally:
        engine.dispose()
