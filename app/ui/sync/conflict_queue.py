"""The conflict queue: the open conflicts side by side, and the dispatcher's choice for each.

Keeping a value is an operation (announcing its changes); "this station's" is written as a
normal change (audited, in the outbox) that reaches the server on the next sync. Afterwards,
resolved or refused (resolved meanwhile), the queue shows as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.db import Database
from app.sync.conflicts import Conflict, open_conflicts, record_names
from app.ui.context import AppContext
from app.ui.ops.sync import resolve_conflict
from app.ui.sync.conflict_model import Column, ConflictTableModel
from app.ui.sync.queue_panel import QueuePanel

COLUMN_WIDTHS = {Column.RECORD: 200, Column.FIELD: 120, Column.MINE: 240, Column.THEIRS: 240}


class ConflictQueue(QueuePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: ConflictTableModel
        super().__init__(ctx, ConflictTableModel(ctx.tz), COLUMN_WIDTHS, parent)
        self.conflicts_label = self.count_label
        self.keep_mine_button = self.add_choice(
            self.tr("Keep this station's"), lambda c: resolve_conflict(ctx, self, c, "mine"))
        self.keep_theirs_button = self.add_choice(
            self.tr("Keep the server's"), lambda c: resolve_conflict(ctx, self, c, "theirs"))
        self.show_count()

    def load(self, db: Database) -> tuple[list[Conflict], dict[str, str]]:
        conflicts = open_conflicts(db)
        return conflicts, record_names(db, conflicts)

    def show_rows(self, found: Any) -> None:
        self.model.set_rows(*found)

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No conflicts to resolve.")
        return self.tr("Conflicts to resolve: {count}. These fields were changed both here and "
                       "elsewhere; keep one value for each.").format(count=count)
