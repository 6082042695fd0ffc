"""Sync tests run against a real PostgreSQL server that the session starts and removes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg_server import PostgresServer


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    server = PostgresServer()
    url = server.start()
    try:
        yield url
    finally:
        server.stop()
