"""A table model over a read model's pages: the first page on reload, the next on fetchMore.

Every query is an operation on the database lane, through one `Latest` slot: a new query drops
the one under way, whose answer never arrives (a search typed fast; a page asked for before a
reload). A subclass says how to query (`page_query`) and how to show a row (see
`RowTableModel`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Signal

from app.ui.itemmodels.row_model import Index, R, RowTableModel
from app.ui.latest import Latest
from app.ui.operation import Operation
from app.ui.tasks import Lane

PAGE_SIZE = 200
RELOAD_CAP = 5000  # a refresh re-reads at most this many of the rows already loaded


class Page(Protocol[R]):
    @property
    def total(self) -> int: ...

    @property
    def rows(self) -> list[R]: ...

    @property
    def search_cut(self) -> bool: ...  # only the start of a too long search text was searched


class PagedTableModel(RowTableModel[R]):
    totalChanged = Signal(int)
    loadFinished = Signal()  # a (re)load of the first page arrived
    loadFailed = Signal(str)

    def __init__(self, lane: Lane, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._lane = lane
        self._page_size = page_size
        self._ids: set[str] = set()
        self._total = 0
        self.search_cut = False
        self._query = Latest()

    def page_query(self, offset: int, limit: int, with_total: bool) -> Callable[[], Page[R]]:
        """A function that reads one page in a worker (it must not touch the model)."""
        raise NotImplementedError

    def rows_replaced(self) -> None:
        """Called inside the model reset that shows a first page (nothing to do here)."""

    # -- queries ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._query.busy

    def reload(self, keep_loaded: bool = False) -> None:
        """Query the first page again (`keep_loaded`: as many rows as are loaded now)."""
        limit = (min(max(self._page_size, len(self._rows)), RELOAD_CAP) if keep_loaded
                 else self._page_size)
        self._run(self.page_query(0, limit, True), self._first_page)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._query.busy and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._run(self.page_query(len(self._rows), self._page_size, False),
                      self._next_page)

    def _run(self, query: Callable[[], Page[R]], arrived: Callable[[Page[R]], None]) -> None:
        self._query.run(Operation(self._lane, self, lambda _run: query())
                        .errors_to(self.loadFailed.emit).success(arrived))

    def _first_page(self, page: Page[R]) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._ids = {r.id for r in self._rows}
        self._total = page.total
        self.search_cut = page.search_cut
        self.rows_replaced()
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loadFinished.emit()

    def _next_page(self, page: Page[R]) -> None:
        fresh = [r for r in page.rows if r.id not in self._ids]
        if not fresh:
            self._total = len(self._rows)  # the list shrank meanwhile: nothing more to fetch
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._ids.update(r.id for r in fresh)
        self.endInsertRows()
