"""The desk's start on a database it cannot use: it shows the sentence, and for a damaged one
offers the newest backup (restored only when the user agrees, the damaged file kept)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.config import Config
from app.db import open_database
from app.db.backup import daily_backup
from app.errors import DamagedDatabase
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


def run_on_damaged_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, yes: bool
                         ) -> tuple[Path, Answers, int, list[int], bytes]:
    """run_gui on a file whose header is sound and whose pages are not: the sign-in dialog
    shows while the pages are checked, and the verdict closes it. Sign-in is a bare dialog
    here; after a restore the desk opens afresh and the user gives up signing in."""
    path = station(tmp_path)
    daily_backup(path, dt.date(2026, 12, 6))
    damage(path)
    damaged_bytes = path.read_bytes()
    answers, dialogs = Answers(yes=yes), []

    def sign_in(*_args: object) -> None:
        dialogs.append(QDialog().exec() if not dialogs else -1)

    monkeypatch.setattr(gui, "ask", answers.ask)
    monkeypatch.setattr(gui, "tell", answers.tell)
    monkeypatch.setattr(gui, "sign_in", sign_in)
    code = gui.run_gui(Config(db_path=path))
    return path, answers, code, dialogs, damaged_bytes


def test_damaged_pages_close_the_sign_in_and_the_backup_is_restored_when_the_user_agrees(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, answers, code, dialogs, _ = run_on_damaged_pages(tmp_path, monkeypatch, yes=True)
    assert code == 0 and dialogs == [QDialog.DialogCode.Rejected, -1]
    [question] = answers.asked
    assert question.startswith(f"The database {path} is damaged: the integrity check found")
    assert question.endswith("Restore the backup made on 2026-12-06? The damaged file is kept "
                             "next to it, renamed.")
    assert answers.told == [] and len(list(tmp_path.glob("station.sqlite.replaced-*"))) >= 1
    db = open_station(path, answers.ask, answers.tell)
    assert db is not None and value(db) == "kept"
    db.dispose()


def test_damaged_pages_are_left_alone_when_the_user_declines(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, answers, code, dialogs, before = run_on_damaged_pages(tmp_path, monkeypatch, yes=False)
    assert code == 1 and dialogs == [QDialog.DialogCode.Rejected]
    assert path.read_bytes() == before
    assert list(tmp_path.glob("station.sqlite.replaced-*")) == []
    assert len(answers.asked) == 1
    with pytest.raises(DamagedDatabase):
        open_database(path)  # still the damaged file: nothing restored, nothing written


def test_a_file_that_is_no_database_is_offered_its_backup_before_anything_opens(
        tmp_path: Path) -> None:
    path = station(tmp_path)
    daily_backup(path, dt.date(2026, 12, 6))
    path.write_bytes(b"not a database at all" * 100)
    answers = Answers(yes=True)
    db = open_station(path, answers.ask, answers.tell)
    assert db is not None and value(db) == "kept"
    db.dispose()
    [question] = answers.asked
    assert "it is not a database" in question


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
