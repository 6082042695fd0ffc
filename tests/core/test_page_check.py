"""The desk's start does not wait for the quick check of a large file: the pages are checked in
the background, writes wait for the verdict (reads do not), and a damaged file refuses every
write, left byte for byte as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.db.page_check import PageCheck
from app.errors import DamagedDatabase
from tests.core.test_database_files import damage, station, value


def write(db: Database, new: str) -> None:
    with db.session() as s:
        s.execute(text("UPDATE local_settings SET value = :v WHERE key = 'k'"), {"v": new})


def test_a_write_waits_for_the_verdict_and_then_lands(tmp_path: Path) -> None:
    path = station(tmp_path)
    pages = PageCheck(path)  # not started: the verdict comes when the test says
    db = Database.sqlite(path, pages)
    assert value(db) == "kept"  # reads do not wait
    writer = threading.Thread(target=write, args=(db, "changed"))
    writer.start()
    writer.join(timeout=0.5)
    assert writer.is_alive(), "the write went through before the pages were checked"
    pages._run()  # the verdict: sound
    writer.join(timeout=10)
    assert not writer.is_alive() and value(db) == "changed"
    with db.engine.connect() as conn:  # the authorizer is gone once the verdict is in
        conn.execute(text("SELECT 1"))
        assert "gated" not in conn.connection.info
    db.dispose()


def test_a_damaged_file_found_in_the_background_refuses_writes_and_stays_as_it_was(
        tmp_path: Path) -> None:
    path = station(tmp_path)
    damage(path)
    before = path.read_bytes()
    db = open_database(path, pages_later=True)  # the header is sound: it opens
    assert db.pages is not None
    problem = db.pages.wait(timeout=30)
    assert problem is not None and "integrity check" in problem.render()
    with pytest.raises(DamagedDatabase) as refused:
        write(db, "changed")
    assert str(refused.value).startswith(f"The database {path} is damaged: ")
    db.dispose()
    assert path.read_bytes() == before


def test_opened_at_once_the_pages_are_checked_before_anything_else(tmp_path: Path) -> None:
    path = station(tmp_path)
    damage(path)
    with pytest.raises(DamagedDatabase):
        open_database(path)  # the command line: the whole check before the first statement
