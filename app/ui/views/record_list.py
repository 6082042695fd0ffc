"""What the record lists (jobs, customers, technicians) share: the view protocol, the layout,
the editor dialog and, for the paged lists, the count.

A list shows `model`'s records in `table` (directly or through a sort/search proxy). The first
`activate()` loads it, `refresh()` and a write with one of its `CHANGES` load it again. The New
button opens the editor on a new record (`new_record`), double-click/Enter on a row's record
(`open_record`). An editor is a dialog that deletes itself when closed and has a `record_id`;
its writes are announced on the change bus, and when a write initiated from the list's own
editor (or a dialog of it) comes back in the reload, the list selects that record
(`_reloaded`).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLayout, QTableView, QVBoxLayout, QWidget

from app.services.changes import Changes
from app.services.validation import SEARCH_LIMIT
from app.ui.context import AppContext
from app.ui.itemmodels.paged_model import PagedTableModel
from app.ui.itemmodels.row_model import RowTableModel
from app.ui.widgets.error_label import ErrorLabel

E = TypeVar("E", bound=QDialog)


def _within(obj: QObject | None, ancestor: QObject) -> bool:
    """`obj` is `ancestor` or one of its children (a dialog it opened included)."""
    while obj is not None:
        if obj is ancestor:
            return True
        obj = obj.parent()
    return False


class RecordListView(QWidget, Generic[E]):
    CHANGES = Changes.NONE  # the writes whose changes the list shows
    model: RowTableModel[Any]
    table: QTableView
    error_label: ErrorLabel

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._activated = False
        self._select_after_load: str | None = None
        self.editor: E | None = None

    def load(self, keep_loaded: bool = False) -> None:
        """Query the rows in the background (`keep_loaded`: as many as are loaded now)."""
        raise NotImplementedError

    def make_editor(self, record_id: str | None) -> E:
        """The editor on the record (None: on a new one)."""
        raise NotImplementedError

    # -- the view protocol -------------------------------------------------------------------

    def activate(self) -> None:
        if not self._activated:
            self._activated = True
            self.load()

    def refresh(self) -> None:
        self._activated = True
        self.load(keep_loaded=True)

    def on_changes(self, changes: Changes, initiator: QObject | None = None) -> None:
        if self._activated and changes & self.CHANGES:
            self._follow_editor(initiator)
            self.load(keep_loaded=True)

    def _follow_editor(self, initiator: QObject | None) -> None:
        """A write from this list's editor: select its record when the rows come back."""
        if self.editor is not None and _within(initiator, self.editor):
            self._select_after_load = self.editor.record_id  # type: ignore[attr-defined]

    # -- the editor --------------------------------------------------------------------------

    def new_record(self) -> E:
        return self._open_editor(None)

    def open_record(self, index: QModelIndex) -> E | None:
        """The editor on the record of `index` (of the table's model)."""
        if not index.isValid():
            return None
        proxy = self._proxy()
        row = (index if proxy is None else proxy.mapToSource(index)).row()
        return self._open_editor(self.model.row_id(row))

    def select_record(self, record_id: str) -> None:
        """Select and show the record's row, if the list shows it."""
        row = self.model.row_of(record_id)
        if row < 0:
            return
        proxy = self._proxy()
        index = self.model.index(row, 0)
        if proxy is not None:
            index = proxy.mapFromSource(index)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _lay_out(self, top: QLayout) -> QVBoxLayout:
        """`top` (search, buttons) over the error line and the table; the count goes below."""
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        return layout

    def _proxy(self) -> QAbstractProxyModel | None:
        shown = self.table.model()
        return shown if isinstance(shown, QAbstractProxyModel) else None

    def _open_editor(self, record_id: str | None) -> E:
        editor = self.make_editor(record_id)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(self._editor_gone)
        self.editor = editor
        editor.open()
        return editor

    def _editor_gone(self) -> None:
        self.editor = None

    def _reloaded(self) -> None:
        """The rows came back: no error to show; the record saved last is selected."""
        self.error_label.clear_error()
        if self._select_after_load is not None:
            self.select_record(self._select_after_load)
            self._select_after_load = None


class PagedListView(RecordListView[E]):
    """A record list over a paged model: the count label shows its total."""

    model: PagedTableModel[Any]
    count_label: QLabel

    def count_texts(self) -> tuple[str, str]:
        """The count label's texts for one record and for `{count}` records, translated."""
        raise NotImplementedError

    def load(self, keep_loaded: bool = False) -> None:
        self.model.reload(keep_loaded)

    def _follow_model(self) -> None:
        self.model.totalChanged.connect(self._show_total)
        self.model.loadFinished.connect(self._reloaded)
        self.model.loadFailed.connect(self.error_label.show_error)
        self._show_total(0)

    def _show_total(self, total: int) -> None:
        one, many = self.count_texts()
        text = one if total == 1 else many.format(count=f"{total:,}")
        if self.model.search_cut:
            text += " " + self.tr("(only the first {limit} characters of the search were used)"
                                  ).format(limit=SEARCH_LIMIT)
        self.count_label.setText(text)
