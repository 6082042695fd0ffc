"""Small helpers of the sync tests: server-side SQL as the administrator or as a station."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text

from app.db import Database
from app.models import OutboxEntry


def server_rows(url: str, sql: str, **params: Any) -> list[Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())
    finally:
        engine.dispose()


def server_do(url: str, sql: str, **params: Any) -> int:
    """Run one statement in its own transaction; returns the rows it affected."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql), params).rowcount
    finally:
        engine.dispose()


def outbox_count(db: Database) -> int:
    from sqlalchemy import func, select

    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
