"""Write transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE): a session
that reads and then writes cannot be refused "database is locked" in between because another
connection (the sync in its thread) committed meanwhile; the other writer waits instead (the
busy timeout). tests/sync/test_lanes.py runs both sides for a while."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import LocalSetting
from app.services.actor import Actor


def other_writer(db: Database) -> sqlite3.Connection:
    """Another connection to the file that does not wait for locks."""
    return sqlite3.connect(str(db.engine.url.database), isolation_level=None, timeout=0)


def test_a_session_holds_the_write_lock_from_its_first_statement(db: Database,
                                                                 admin: Actor) -> None:
    other = other_writer(db)
    try:
        with db.session() as s:
            s.scalars(select(LocalSetting)).all()  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # the session ended: the lock is free again
        other.execute("ROLLBACK")
    finally:
        other.close()
