"""`take_screenshot`: a PNG of the main window at 1400x900 after the view's first query."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.config import Config
from app.db import Database
from app.errors import ValidationError
from app.services.jobs import JobDetail
from app.ui.screenshot import take_screenshot


@pytest.mark.parametrize("view", ["jobs", "board"])
def test_screenshot_writes_a_png_of_the_window(qtbot: QtBot, db: Database,
                                               some_jobs: list[JobDetail], tmp_path: Path,
                                               view: str) -> None:
    output = tmp_path / "shots" / f"{view}.png"
    take_screenshot(Config(db_path=tmp_path / "station.sqlite"), view, output)
    assert output.stat().st_size > 20_000
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1400, 900)


def test_screenshot_of_the_jobs_view_shows_rows(qtbot: QtBot, db: Database,
                                                some_jobs: list[JobDetail],
                                                tmp_path: Path) -> None:
    jobs_png, board_png = tmp_path / "jobs.png", tmp_path / "board.png"
    config = Config(db_path=tmp_path / "station.sqlite")
    take_screenshot(config, "jobs", jobs_png)
    take_screenshot(config, "board", board_png)
    assert QImage(str(jobs_png)) != QImage(str(board_png))


def test_screenshot_needs_a_station(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="has no station yet"):
        take_screenshot(Config(db_path=tmp_path / "empty.sqlite"), "jobs", tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()
