"""The desk's start on a database it cannot use: it shows the sentence, and for a damaged one
offers the newest backup (restored only when the user agrees, the damaged file kept)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.config import Config
from app.db.backup import daily_backup
from app.ui import app as gui
from app.ui.startup import open_station
from tests.core.test_database_files import damage, station, value


class Answers:
    """Records what the desk asks and tells; answers the questions with `yes`."""

    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[str] = []
        self.told: list[str] = []

    def ask(self, text: str) -> bool:
        self.asked.append(text)
        return self.yes

    def tell(self, text: str) -> None:
        self.told.append(text)


def test_a_damaged_database_is_restored_from_its_backup_when_the_user_agrees(
        tmp_path: Path) -> None:
    path = station(tmp_path)
    daily_backup(path, dt.date(2026, 12, 6))
    damage(path)
    answers = Answers(yes=True)
    db = open_station(path, answers.ask, answers.tell)
    assert db is not None and value(db) == "kept"
    db.dispose()
    [question] = answers.asked
    assert question.startswith(f"The database {path} is damaged: ")
    assert question.endswith("Restore the backup made on 2026-12-06? The damaged file is kept "
                             "next to it, renamed.")
    assert answers.told == [] and len(list(tmp_path.glob("station.sqlite.replaced-*"))) >= 1


def test_a_damaged_database_is_left_alone_when_the_user_declines(tmp_path: Path) -> None:
    path = station(tmp_path)
    daily_backup(path, dt.date(2026, 12, 6))
    damage(path)
    before = path.read_bytes()
    assert open_station(path, Answers(yes=False).ask, Answers().tell) is None
    assert path.read_bytes() == before


def test_without_a_backup_the_desk_says_so(tmp_path: Path) -> None:
    path = tmp_path / "station.sqlite"
    path.touch()
    answers = Answers()
    assert open_station(path, answers.ask, answers.tell) is None
    assert answers.asked == []
    assert answers.told == [f"The database {path} is damaged: the file is empty (0 bytes). "
                            "FieldDesk does not write into it.\n\nNo backup of it was found."]


def test_run_gui_shows_the_sentence_of_a_newer_database_and_exits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = station(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    answers = Answers()
    monkeypatch.setattr(gui, "tell", answers.tell)
    assert gui.run_gui(Config(db_path=path)) == 1
    [told] = answers.told
    assert told.startswith("This database has schema version 0999, which this FieldDesk does "
                           "not know")
