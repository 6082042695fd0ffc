"""The conflict queue: the open conflicts side by side, and the dispatcher's choice for each.

Keeping a value is an operation (announcing its changes); "this station's" is written as a
normal change (audited, in the outbox) that reaches the server on the next sync. Afterwards,
resolved or refused (resolved meanwhile), the queue shows as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.sync.conflicts import Conflict, open_conflicts, record_names
from app.ui.context import AppContext
from app.ui.latest import Latest
from app.ui.operation import Running
from app.ui.ops.sync import resolve_conflict
from app.ui.sync.conflict_model import Column, ConflictTableModel
from app.ui.widgets.error_label import ErrorLabel
from app.ui.widgets.record_table import record_table

COLUMN_WIDTHS = {Column.RECORD: 200, Column.FIELD: 120, Column.MINE: 240, Column.THEIRS: 240}


class ConflictQueue(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = Latest()
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
        """Query the open conflicts in the background; the newest query wins."""
        db = self._ctx.db

        def load(_run: Running) -> tuple[list[Conflict], dict[str, str]]:
            conflicts = open_conflicts(db)
            return conflicts, record_names(db, conflicts)

        self._query.run(self._ctx.op(self, load).errors_to(self.error_label.show_error)
                        .success(lambda found: self._loaded(*found)))

    def _loaded(self, conflicts: list[Conflict], names: dict[str, str]) -> None:
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
        self.error_label.clear_error()
        resolve_conflict(self._ctx, self, self.model.conflict(row).id, side).busy(
            self.keep_mine_button, self.keep_theirs_button).errors_to(
            self.error_label.show_error).always(self.reload).run()
