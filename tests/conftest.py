"""Session-wide test set-up: Qt offscreen, cheap password hashes (tests only), the migrated
station database built once per session and copied for each test, every CUPS client pointed at
the session's own throwaway print server (started by the `cups` fixture; until then there is
no print system at all: no test reaches the machine's printers), and the `pg`, `cups` and `gui`
markers, set from the fixtures a test uses (so `-m "not pg and not cups and not gui"` is the
quick core run).
"""

import os

from tests.cups_server import CupsServer, new_root, socket_path

# Before FieldDesk is imported (app.services.users makes its hasher at import); the CLI run by
# tests as a subprocess inherits it. See app/services/passwords.py.
os.environ["FIELDDESK_TEST_CHEAP_HASHES"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before anything asks CUPS (libcups reads it once per thread): the session's own server.
CUPS_ROOT = new_root()
os.environ["CUPS_SERVER"] = str(socket_path(CUPS_ROOT))

import shutil  # noqa: E402
import sqlite3  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import closing  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.db.desk import bind_file  # noqa: E402

FreshDatabase = Callable[[Path], Database]


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty station database at the newest migration, made once per session."""
    path = tmp_path_factory.mktemp("template") / "station.sqlite"
    open_database(path).dispose()  # the last connection closing folds the WAL into the file
    with closing(sqlite3.connect(path)) as conn:  # no desk yet: each copy becomes its own one
        conn.execute("DELETE FROM desk")          # (a desk's copy would open as a new desk)
        conn.commit()
    return path


@pytest.fixture
def fresh_database(template_database: Path) -> FreshDatabase:
    """Make a database at `path` as `open_database` would on a new file, by copying the
    migrated template (migrating each test's database took most of its set-up)."""
    def make(path: Path) -> Database:
        shutil.copyfile(template_database, path)
        db = Database.sqlite(path)
        with db.session() as s:  # its own desk, tied to its file
            bind_file(s, path)
        return db
    return make


@pytest.fixture
def db(tmp_path: Path, fresh_database: FreshDatabase) -> Iterator[Database]:
    database = fresh_database(tmp_path / "station.sqlite")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def cups() -> Iterator[CupsServer]:
    """The session's throwaway CUPS server (cupsd with its own configuration, spool and socket
    in `CUPS_ROOT`), removed at the end."""
    server = CupsServer(CUPS_ROOT)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def pytest_sessionfinish() -> None:
    shutil.rmtree(CUPS_ROOT, ignore_errors=True)  # when no test started the server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "pg_url" in fixtures:
            item.add_marker(pytest.mark.pg)
        if "cups" in fixtures:
            item.add_marker(pytest.mark.cups)
        if "qapp" in fixtures or "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)
