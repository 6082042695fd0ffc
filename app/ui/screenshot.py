"""`fielddesk screenshot VIEW -o FILE.png`: the main window on one view, rendered offscreen.

Signs in as the database's first admin (no password: a trusted local tool) and runs every query
synchronously, so the picture shows the view after its first query.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.config import Config
from app.services.errors import ValidationError


def take_screenshot(config: Config, view: str, output: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services.station import has_home_station
    from app.services.users import actor_for, first_user
    from app.ui.bootstrap import build_context, build_main_window, prepare_application
    from app.ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_application(app, config.language)
    db = open_database(config.db_path)
    try:
        if not has_home_station(db):
            raise ValidationError(
                f"The database {config.db_path} has no station yet: run `fielddesk demo` "
                "or start FieldDesk once to create one."
            )
        runner = SyncRunner()
        window = build_main_window(build_context(db, actor_for(db, first_user(db)), runner))
        try:
            if view not in window.views:
                raise ValidationError(f"There is no view {view!r}.")
            window.select_view(view)
            window.ensurePolished()
            if (layout := window.layout()) is not None:
                layout.activate()
            app.processEvents()
            output.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(output), "PNG"):
                raise ValidationError(f"Cannot write the screenshot to {output}.")
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        db.dispose()
