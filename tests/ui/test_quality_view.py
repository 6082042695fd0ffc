"""Issue 14 points 5-7 in the UI: the Quality view over the July of tests/quality/scenario.py
(figures known by hand): the month against the month before, per team and technician, the
jobs behind a figure, the twelve months as pyqtgraph charts, the monthly report saved from the
view and read back; in English and Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services.months import Month
from app.ui.context import AppContext
from app.ui.quality import QualityView
from app.ui.quality.view import Tab
from tests.quality.scenario import July

JULY, AUGUST = Month(2026, 7), Month(2026, 8)
SEES = {"en": {"complaint_rate": "Complaint rate", "omission": "Omission rate: required "
               "follow-ups missed or late", "station": "the station", "counted": "Counted (2)",
               "report": ["Monthly quality report", "2026-07", "Complaint rate", "Reported back"]},
        "zh_CN": {"complaint_rate": "投诉率", "omission": "遗漏率＝遗漏或超期的必做跟进",
                  "station": "本网点", "counted": "计入的工单（2）",
                  "report": ["质量月报", "2026-07", "投诉率", "反馈", "师傅"]}}


def open_view(qtbot: QtBot, ctx: AppContext, month: Month) -> QualityView:
    view = QualityView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activate()
    view.filters.month.setCurrentIndex(view.filters.month.findText(str(month)))
    return view


def figure_row(view: QualityView, name: str) -> list[str]:
    model = view.figures.figures
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data(Qt.ItemDataRole.UserRole) == name)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_months_figures_against_the_month_before_and_the_jobs_behind_one(
        qtbot: QtBot, ctx: AppContext, july: July, language: str) -> None:
    view = open_view(qtbot, ctx, JULY)
    sees = SEES[language]
    assert view.figures.title.text().startswith("2026-07")
    assert view.figures.title.text().endswith(sees["station"])
    assert figure_row(view, "complaint_rate") == [sees["complaint_rate"], "66.7%", "—", "2 / 3"]
    assert figure_row(view, "completed")[1] == "3"
    assert sees["omission"] in view.figures.definitions.text()  # the definition is stated
    table = view.figures.figures_table
    model = view.figures.figures
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data(Qt.ItemDataRole.UserRole) == "complaint_rate")
    table.setFocus()
    table.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter: the jobs behind the figure
    dialog = view.jobs_dialog
    assert dialog is not None
    assert dialog.tabs.tabText(0) == sees["counted"]
    counted = {dialog.counted.row_id(r) for r in range(dialog.counted.rowCount())}
    assert counted == {july.j1, july.j3}
    dialog.close()


def test_the_figures_follow_the_team_and_technician_chosen(
        qtbot: QtBot, ctx: AppContext, july: July, language: str) -> None:
    view = open_view(qtbot, ctx, JULY)
    people = view.figures.people
    assert {people.groups[r].key: people.index(r, 2).data()
            for r in range(people.rowCount())} == {july.t1: "100.0%", july.t2: "0.0%"}
    filters = view.filters
    filters.team.setCurrentIndex(filters.team.findData("西区"))
    assert figure_row(view, "complaint_rate")[1:] == ["0.0%", "—", "0 / 1"]
    assert view.figures.title.text().endswith("西区")
    assert [g.key for g in people.groups] == [july.t2]
    filters.team.setCurrentIndex(0)
    filters.technician.setCurrentIndex(filters.technician.findData(july.t1))
    assert figure_row(view, "complaint_rate")[1:] == ["100.0%", "—", "2 / 2"]


def test_twelve_months_drawn_as_pyqtgraph_charts(
        qtbot: QtBot, ctx: AppContext, july: July, language: str) -> None:
    view = open_view(qtbot, ctx, AUGUST)
    assert view.trend.charts == []  # the library waits until the trend is shown
    view.tabs.setCurrentIndex(Tab.TREND)
    assert len(view.trend.charts) == 2
    rates = dict(view.trend.series(0))
    assert set(rates) == {view.trend.charts[0].getPlotItem().legend.items[i][1].text
                          for i in range(3)}
    complaint = rates[SEES[language]["complaint_rate"]]
    assert len(complaint) == 12  # September 2025 to August 2026
    assert complaint[10] == pytest.approx(66.67)  # July
    assert all(y != y for y in complaint[:10])  # nothing completed before: gaps, not zeros
    ticks = view.trend.charts[0].getAxis("bottom")._tickLevels[0]
    assert [label for _x, label in ticks][:5] == ["2025-09", "10", "11", "12", "2026-01"]


def test_the_monthly_report_saved_from_the_view_reads_back(
        qtbot: QtBot, ctx: AppContext, july: July, language: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "quality.pdf"
    asked: list[str] = []

    def save_name(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(target), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    view = open_view(qtbot, ctx, JULY)
    qtbot.mouseClick(view.report.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    assert asked[0].endswith("quality-2026-07.pdf")
    reader = PdfReader(target)
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=0.5)  # A4
    text = "".join(page.extract_text() for page in reader.pages)
    for words in SEES[language]["report"]:
        assert words in text
    assert "师傅没穿鞋套" in text  # the month's complaint with its stages


def test_a_figure_cell_of_last_month_lists_last_months_jobs(
        qtbot: QtBot, ctx: AppContext, july: July) -> None:
    view = open_view(qtbot, ctx, AUGUST)
    model = view.figures.figures
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data(Qt.ItemDataRole.UserRole) == "completed")
    index: QModelIndex = model.index(row, 2)  # last month: July
    view.figures.figures_table.activated.emit(index)
    dialog = view.jobs_dialog
    assert dialog is not None and "2026-07" in dialog.windowTitle()
    counted = {dialog.counted.row_id(r) for r in range(dialog.counted.rowCount())}
    assert counted == {july.j1, july.j2, july.j3}
    dialog.close()
