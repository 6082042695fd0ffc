"""Issue 16 point 2: the station's copies of each job sheet (Settings › Printing) are what the
print dialog and the preview's printer propose, for the job editor's sheet and the board's;
the user may still change them in the dialog. Other documents keep one copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from pytestqt.qtbot import QtBot

from app.services.jobs import JobDetail
from app.services.months import Month
from app.services.settings_sections import Printing
from app.services.station_settings import set_section
from app.ui.context import AppContext
from app.ui.dialogs.job_editor import JobEditor
from app.ui.quality.report_buttons import ReportButtons

from .conftest import MakeJob

pytestmark = pytest.mark.usefixtures("user_settings")


def proposed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The copies each print dialog opened with (the user then cancels it)."""
    seen: list[int] = []
    monkeypatch.setattr(QPrintDialog, "exec",
                        lambda dialog: seen.append(dialog.printer().copyCount()) or 0)
    return seen


def test_the_print_dialog_and_the_preview_propose_the_stations_copies(
        qtbot: QtBot, ctx: AppContext, make_job: MakeJob,
        monkeypatch: pytest.MonkeyPatch) -> None:
    job: JobDetail = make_job()
    editor = JobEditor(ctx, job.id)
    qtbot.addWidget(editor)
    sheet = editor.sheet
    assert sheet is not None
    seen = proposed(monkeypatch)
    qtbot.mouseClick(sheet.print_button, Qt.MouseButton.LeftButton)
    assert seen == [1]  # the default
    set_section(ctx.db, ctx.actor, Printing(copies=3))
    qtbot.mouseClick(sheet.print_button, Qt.MouseButton.LeftButton)
    assert seen == [1, 3]  # read again at each print: a change applies at once
    qtbot.mouseClick(sheet.preview_button, Qt.MouseButton.LeftButton)
    preview = sheet.printer.preview_dialog
    assert preview is not None and preview.printer_.copyCount() == 3
    preview.close()


def test_other_documents_keep_one_copy(qtbot: QtBot, ctx: AppContext,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    set_section(ctx.db, ctx.actor, Printing(copies=4))
    report = ReportButtons(ctx, lambda: Month(2026, 7))
    qtbot.addWidget(report)
    seen = proposed(monkeypatch)
    qtbot.mouseClick(report.print_button, Qt.MouseButton.LeftButton)
    assert seen == [1]
