"""Small helpers of the sync tests: server-side SQL as the administrator or as a station."""

from __future__ import annotations

from typing import Any

import psycopg
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


def raw(url: str, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A plain psycopg connection, as an attacker with the station's credentials would open
    (closed by the caller: `with raw(url) as conn:`)."""
    u = make_url(url).set(drivername="postgresql")
    return psycopg.connect(u.render_as_string(hide_password=False), autocommit=autocommit)


def set_limits(central: str, **limits: str) -> None:
    """Change station_limits (intervals as text) and apply them to every station role."""
    assignments = ", ".join(f"{name} = '{value}'" for name, value in limits.items())
    server_do(central, f"UPDATE station_limits SET {assignments}")
    server_do(central, "SELECT public.fd_apply_limits()")
