"""Alembic, driven from code: the schema is created and upgraded by migrations only."""

from __future__ import annotations

from functools import cache

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.db.schema_version import MIGRATIONS
from app.errors import StorageError


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic's configuration; `engine` is the database the migrations run on."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; StorageError when the database is at a revision this
    FieldDesk does not know (a newer FieldDesk wrote it): it is left as it is."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in known_revisions():
        raise StorageError("This database has schema version {found}, which this FieldDesk "
                           "does not know (it knows up to {known}): a newer FieldDesk wrote "
                           "it. Update FieldDesk to use it.", found=current,
                           known=head_revision())
    command.upgrade(alembic_config(engine), revision)


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(r.revision for r in ScriptDirectory.from_config(alembic_config())
                     .walk_revisions())


def head_revision() -> str:
    """The newest migration: the schema version this build of FieldDesk writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head

