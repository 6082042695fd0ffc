"""The conflict queue: the open conflicts side by side, and the dispatcher's choice for each.

Keeping a value is resolved in the background; "this station's" is written as a normal change
(audited, in the outbox) that reaches the server on the next sync.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import DomainError
from app.services.changes import Changes
from app.sync.conflicts import Conflict, open_conflicts, record_names, resolve
from app.ui.context import AppContext, Notify
from app.ui.sync.conflict_model import Column, ConflictTableModel
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table

COLUMN_WIDTHS = {Column.RECORD: 200, Column.FIELD: 120, Column.MINE: 240, Column.THEIRS: 240}


class ConflictQueue(QWidget):
    def __init__(self, ctx: AppContext, notify: Notify, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._notify = ctx, notify
        self._generation = 0
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.error_label = ErrorLabel(self)
        self.model = ConflictTableModel(ctx.tz, self)
        self.table = record_table(self, self.model, COLUMN_WIDTHS, one_line_rows=False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_mine_button = QPushButton(self.tr("Keep this station's"), self)
        self.keep_theirs_button = QPushButton(self.tr("Keep the server's"), self)

        choice = QHBoxLayout()
        choice.addStretch(1)
        choice.addWidget(self.keep_mine_button)
        choice.addWidget(self.keep_theirs_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(choice)

        self.keep_mine_button.clicked.connect(lambda: self.keep("mine"))
        self.keep_theirs_button.clicked.connect(lambda: self.keep("theirs"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_count()

    def reload(self) -> None:
        """Query the open conflicts in the background; an answer older than the newest query
        is dropped."""
        self._generation += 1
        generation, db = self._generation, self._ctx.db

        def load(_token: object) -> tuple[list[Conflict], dict[str, str]]:
            conflicts = open_conflicts(db)
            return conflicts, record_names(db, conflicts)

        self._ctx.runner.submit(load, lambda found: self._loaded(generation, *found),
                                self._show_error, owner=self)

    def _loaded(self, generation: int, conflicts: list[Conflict], names: dict[str, str]) -> None:
        if generation != self._generation:
            return
        selected = self.selected_row()
        self.model.set_rows(conflicts, names)
        if conflicts:  # the same place in the queue: the next conflict after a choice
            self.table.selectRow(min(max(selected, 0), len(conflicts) - 1))
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.conflicts_label.setText(self.tr("No conflicts to resolve."))
        else:
            self.conflicts_label.setText(self.tr(
                "Conflicts to resolve: {count}. These fields were changed both here and "
                "elsewhere; keep one value for each.").format(count=count))
        self._selection_changed()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self) -> None:
        chosen = self.selected_row() >= 0
        self.keep_mine_button.setEnabled(chosen)
        self.keep_theirs_button.setEnabled(chosen)

    def keep(self, side: str) -> None:
        """Resolve the selected conflict keeping "mine" (this station's) or "theirs"."""
        row = self.selected_row()
        if row < 0:
            return
        db, actor, conflict_id = self._ctx.db, self._ctx.actor, self.model.conflict(row).id
        self.error_label.clear_error()
        self._ctx.runner.submit(lambda _t: resolve(db, actor, conflict_id, side),
                                self._resolved, self._resolve_failed, owner=self)

    def _resolved(self, changes: Changes) -> None:
        self.reload()
        self._notify(changes)

    def _resolve_failed(self, exc: BaseException) -> None:
        self._show_error(exc)
        self.reload()  # e.g. resolved meanwhile: show the queue as it is

    def _show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.error_label.show_error(exc)
