"""Issue 16 point 4 in the Quality view: File › Export list… writes the complaint or callback
queue shown, as chosen above it, with the table's own column titles and words in the UI's
language (English and Chinese); read back from the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.enums import ComplaintStage
from app.services.actor import Actor
from app.tabular.files import read_sheet, text_of
from app.ui import labels
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.quality import QualityView
from app.ui.quality.view import Tab
from app.ui.station import menus
from tests.quality.scenario import build_july


def shown_rows(view: QualityView, tab: Tab) -> list[list[str]]:
    table = view.complaints.table if tab is Tab.COMPLAINTS else view.callbacks.table
    model = table.model()
    return [[model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or ""
             for c in range(model.columnCount())] for r in range(model.rowCount())]


def export(qtbot: QtBot, ctx: AppContext, window: MainWindow, target: Path,
           monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[list[str]]]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    target.unlink(missing_ok=True)
    menus.export_current(ctx, window, window.views, window.current_key())
    qtbot.waitUntil(target.exists)
    sheet = read_sheet(target)
    width = len(sheet.headers)
    return list(sheet.headers), [[text_of(c) for c in row] + [""] * (width - len(row))
                                 for row in sheet.rows]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_quality_queues_export_as_shown(qtbot: QtBot, ctx: AppContext, db: Database,
                                            admin: Actor, tmp_path: Path, language: str,
                                            monkeypatch: pytest.MonkeyPatch,
                                            suffix: str) -> None:
    build_july(db, admin)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.select_view("quality")
    assert isinstance(view, QualityView)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    assert menus.export_current(ctx, window, window.views, "quality") is None  # Figures tab
    assert "complaints" in said[-1] or "投诉" in said[-1]

    view.tabs.setCurrentIndex(Tab.COMPLAINTS)
    complaints = view.complaints
    complaints.showing.setCurrentIndex(complaints.showing.findData("overdue"))
    qtbot.waitUntil(lambda: complaints.model.rowCount() == 1)
    headers, rows = export(qtbot, ctx, window, tmp_path / f"complaints{suffix}", monkeypatch)
    assert headers == complaints.model.column_titles()
    table = shown_rows(view, Tab.COMPLAINTS)
    assert [r[1:] for r in rows] == [r[1:] for r in table]  # not Next due: a time, not "late"
    assert rows[0][1] == labels.complaint_stage(ComplaintStage.RECORDED)
    assert rows[0][3] == "客户 0003"
    assert str(tmp_path) in said[-1]

    view.tabs.setCurrentIndex(Tab.CALLBACKS)
    callbacks = view.callbacks
    qtbot.waitUntil(lambda: callbacks.model.rowCount() >= 2)
    headers, rows = export(qtbot, ctx, window, tmp_path / f"callbacks{suffix}", monkeypatch)
    assert headers == callbacks.model.column_titles()
    assert [r[1:6] for r in rows] == [r[1:6] for r in shown_rows(view, Tab.CALLBACKS)]
