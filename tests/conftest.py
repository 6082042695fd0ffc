"""Session-wide test set-up: Qt offscreen, cheap password hashes (tests only), the migrated
station database built once per session and copied for each test, and the `pg` and `gui`
markers, set from the fixtures a test uses (so `-m "not pg and not gui"` is the quick core run).
"""

import os

# Before FieldDesk is imported (app.services.users makes its hasher at import); the CLI run by
# tests as a subprocess inherits it. See app/services/passwords.py.
os.environ["FIELDDESK_TEST_CHEAP_HASHES"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.db import Database, open_database  # noqa: E402

FreshDatabase = Callable[[Path], Database]


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty station database at the newest migration, made once per session."""
    path = tmp_path_factory.mktemp("template") / "station.sqlite"
    open_database(path).dispose()  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture
def fresh_database(template_database: Path) -> FreshDatabase:
    """Make a database at `path` as `open_database` would on a new file, by copying the
    migrated template (migrating each test's database took most of its set-up)."""
    def make(path: Path) -> Database:
        shutil.copyfile(template_database, path)
        return Database.sqlite(path)
    return make


@pytest.fixture
def db(tmp_path: Path, fresh_database: FreshDatabase) -> Iterator[Database]:
    database = fresh_database(tmp_path / "station.sqlite")
    yield database
    database.dispose()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "pg_url" in fixtures:
            item.add_marker(pytest.mark.pg)
        if "qapp" in fixtures or "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)
