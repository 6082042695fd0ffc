"""`fielddesk screenshot VIEW -o FILE.png`: the main window on one view, rendered offscreen.

Signs in as the database's first admin (no password: a trusted local tool) and runs every query
synchronously, so the picture shows the view after its first query. `checklist` is the job
editor on an installation whose checklist failed (else one that passed), on its Checklist tab,
at the top as the tab opens.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Config
from app.errors import ValidationError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.context import AppContext

CHECKLIST = "checklist"
CHECKLIST_SIZE = (1000, 900)


def checklist_editor(ctx: AppContext) -> QWidget:
    """The job editor on a filled installation checklist (one that failed, if any), as the tab
    opens (at the top, the result below the form); laid out as if shown, but never on screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.checklists.evaluate import Result
    from app.services.checklists import job_with_result
    from app.ui.dialogs.job_editor import JobEditor

    job_id = job_with_result(ctx.db, Result.FAIL) or job_with_result(ctx.db, Result.PASS)
    if job_id is None:
        raise ValidationError("The database has no filled installation checklist.")
    editor = JobEditor(ctx, job_id)
    assert editor.checklist is not None
    editor.tabs.setCurrentWidget(editor.checklist)
    editor.resize(*CHECKLIST_SIZE)
    editor.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    editor.show()
    QApplication.processEvents()  # lay the form out
    return editor


def take_screenshot(config: Config, view: str, output: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services.station import has_home_station
    from app.services.users import actor_for, first_user
    from app.ui.bootstrap import build_context, build_main_window, prepare_application
    from app.ui.main_window import MainWindow
    from app.ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_application(app, config.language)
    db = open_database(config.db_path)
    try:
        if not has_home_station(db):
            raise ValidationError(
                "The database {path} has no station yet: run `fielddesk demo` "
                "or start FieldDesk once to create one.", path=config.db_path)
        # the sync controller is never started here: no timer, no network
        ctx = build_context(db, actor_for(db, first_user(db)), SyncRunner(), config.db_path)
        window = checklist_editor(ctx) if view == CHECKLIST else build_main_window(ctx)
        try:
            if isinstance(window, MainWindow):
                if view not in window.views:
                    raise ValidationError("There is no view {view!r}.", view=view)
                window.select_view(view)
            window.ensurePolished()
            if (layout := window.layout()) is not None:
                layout.activate()
            app.processEvents()
            output.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(output), "PNG"):
                raise ValidationError("Cannot write the screenshot to {path}.", path=output)
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        db.dispose()
