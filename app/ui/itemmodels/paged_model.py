"""A table model over a read model's pages: the first page on reload, the next on fetchMore.

Every query runs through the task runner. A generation counter drops the answer of an older
query that finishes after a newer one (a search typed fast). A subclass says how to query
(`page_query`) and how to show a row (see `RowTableModel`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Signal

from app.cancel import CancelToken
from app.errors import DomainError
from app.ui.i18n import error_text
from app.ui.itemmodels.row_model import Index, R, RowTableModel
from app.ui.tasks import TaskRunner

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

    def __init__(self, runner: TaskRunner, parent: Any = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._ids: set[str] = set()
        self._total = 0
        self.search_cut = False
        self._generation = 0
        self._busy = False
        self._token: CancelToken | None = None

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
        return self._busy

    def reload(self, keep_loaded: bool = False) -> None:
        """Query the first page again (`keep_loaded`: as many rows as are loaded now)."""
        if self._token is not None:
            self._token.cancel()
        self._generation += 1
        limit = (min(max(self._page_size, len(self._rows)), RELOAD_CAP) if keep_loaded
                 else self._page_size)
        self._token = self._submit(self.page_query(0, limit, True), self._first_page)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._submit(self.page_query(len(self._rows), self._page_size, False),
                         self._next_page)

    def _submit(self, query: Callable[[], Page[R]],
                arrived: Callable[[int, Page[R]], None]) -> CancelToken:
        self._busy = True
        generation = self._generation
        return self._runner.submit(
            lambda _t: query(),
            lambda page: arrived(generation, page),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first_page(self, generation: int, page: Page[R]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._ids = {r.id for r in self._rows}
        self._total = page.total
        self.search_cut = page.search_cut
        self._busy = False
        self.rows_replaced()
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loadFinished.emit()

    def _next_page(self, generation: int, page: Page[R]) -> None:
        if generation != self._generation:
            return
        self._busy = False
        fresh = [r for r in page.rows if r.id not in self._ids]
        if not fresh:
            self._total = len(self._rows)  # the list shrank meanwhile: nothing more to fetch
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._ids.update(r.id for r in fresh)
        self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        if generation == self._generation:
            self._busy = False
            self.loadFailed.emit(error_text(exc))
