"""Small helpers of the sync tests: server-side SQL as the administrator or as a station."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

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


def without_password(url: str) -> str:
    """The address with no password in it (`URL.set(password=None)` would keep it)."""
    u = make_url(url)
    return URL.create(u.drivername, u.username, None, u.host, u.port, u.database,
                      u.query).render_as_string(hide_password=False)
