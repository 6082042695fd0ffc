"""The quality tests: the core fixtures, and a July made through the services."""

from __future__ import annotations

import pytest

from app.db import Database
from app.services.actor import Actor
from tests.core.conftest import *  # noqa: F403  (db, admin, dispatcher, supervisor...)
from tests.quality.scenario import July, build_july


@pytest.fixture
def july(db: Database, admin: Actor) -> July:
    return build_july(db, admin)
