"""The error queue in the Sync view: the changes the central server refused, each with its
record and the server's reason; the dispatcher sends one again (once its cause is fixed) or
discards it (the record takes the server's copy at the next sync). Both are audited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.db import Database
from app.sync.refused import Refused, refused_changes
from app.ui.context import AppContext
from app.ui.ops.sync import discard_refused, retry_refused
from app.ui.sync.queue_panel import QueuePanel
from app.ui.sync.refused_model import Column, RefusedTableModel

COLUMN_WIDTHS = {Column.RECORD: 200, Column.CHANGE: 180, Column.REASON: 360}


class RefusedQueue(QueuePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: RefusedTableModel
        super().__init__(ctx, RefusedTableModel(ctx.tz), COLUMN_WIDTHS, parent)
        self.retry_button = self.add_choice(self.tr("Send again"),
                                            lambda r: retry_refused(ctx, self, r))
        self.discard_button = self.add_choice(self.tr("Discard"),
                                              lambda r: discard_refused(ctx, self, r))
        self.show_count()

    def load(self, db: Database) -> list[Refused]:
        return refused_changes(db)

    def show_rows(self, found: Any) -> None:
        self.model.set_rows(found)

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No changes refused by the central server.")
        return self.tr("Refused by the central server: {count}. The changes after them went "
                       "up; send one again once its cause is fixed, or discard it to take the "
                       "server's copy of the record.").format(count=count)
