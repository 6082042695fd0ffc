"""Sync tests run against a real PostgreSQL server that the session starts and removes.

Each test gets its own central database, initialised by `fielddesk server init`'s code, and
stations made the way a branch office makes them: a local SQLite file with its admin, and a
database role from `server add-station`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import Database
from app.services.actor import Actor
from app.services.users import create_first_admin
from app.sync.server import Credentials, add_station, init_server
from app.sync.settings import SyncSettings
from tests.conftest import FreshDatabase
from tests.pg_server import PostgresServer


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    server = PostgresServer()
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


def admin_execute(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def central(pg_url: str) -> Iterator[str]:
    """A fresh central database (schema and bundled templates), removed after the test."""
    name = f"central_{uuid.uuid4().hex[:10]}"
    admin_execute(pg_url, f"CREATE DATABASE {name}")
    url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    init_server(url)
    try:
        yield url
    finally:
        engine = create_engine(url)
        with engine.connect() as conn:
            roles = conn.execute(text("SELECT role_name FROM station_roles")).scalars().all()
        engine.dispose()
        admin_execute(pg_url, f"DROP DATABASE {name} WITH (FORCE)",
                      *[f'DROP ROLE "{r}"' for r in roles])


@dataclass
class Station:
    db: Database
    actor: Actor
    creds: Credentials
    settings: SyncSettings
    path: Path


MakeStation = Callable[[str], Station]


@pytest.fixture
def make_station(central: str, tmp_path: Path, fresh_database: FreshDatabase
                 ) -> Iterator[MakeStation]:
    made: list[Station] = []

    def make(code: str) -> Station:
        path = tmp_path / f"{code}.sqlite"
        db = fresh_database(path)
        actor = create_first_admin(db, "admin", "站长", "correct-horse",
                                   {"code": code, "name": f"{code} 服务站"})
        creds = add_station(central, code)
        station = Station(db, actor, creds, SyncSettings(creds.url_for(central)), path)
        made.append(station)
        return station

    yield make
    for station in made:
        station.db.dispose()
