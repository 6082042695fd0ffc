"""A table model over a read model's pages: the first page on reload, the next on fetchMore.

Every query runs through the task runner. A generation counter drops the answer of an older
query that finishes after a newer one (a search typed fast). A subclass says how to query
(`page_query`) and how to show a row (`columnCount`, `headerData`, `data`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from app.services.errors import DomainError
from app.ui.tasks import CancelToken, TaskRunner

PAGE_SIZE = 200
RELOAD_CAP = 5000  # a refresh re-reads at most this many of the rows already loaded
Index = QModelIndex | QPersistentModelIndex


class Row(Protocol):
    @property
    def id(self) -> str: ...


class Page(Protocol):
    @property
    def total(self) -> int: ...

    @property
    def rows(self) -> list[Any]: ...


class PagedTableModel(QAbstractTableModel):
    totalChanged = Signal(int)
    loadFinished = Signal()  # a (re)load of the first page arrived
    loadFailed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: Any = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._runner = runner
        self._page_size = page_size
        self._rows: list[Any] = []
        self._ids: set[str] = set()
        self._total = 0
        self._generation = 0
        self._busy = False
        self._token: CancelToken | None = None

    def page_query(self, offset: int, limit: int, with_total: bool) -> Callable[[], Page]:
        """A function that reads one page in a worker (it must not touch the model)."""
        raise NotImplementedError

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
        self._busy = True
        generation = self._generation
        limit = (min(max(self._page_size, len(self._rows)), RELOAD_CAP) if keep_loaded
                 else self._page_size)
        query = self.page_query(0, limit, True)
        self._token = self._runner.submit(
            lambda _t: query(),
            lambda page: self._first_page(generation, page),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first_page(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._ids = {r.id for r in self._rows}
        self._total = page.total
        self._busy = False
        self.endResetModel()
        self.totalChanged.emit(self._total)
        self.loadFinished.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        if generation == self._generation:
            self._busy = False
            self.loadFailed.emit(str(exc))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._busy = True
        generation = self._generation
        query = self.page_query(len(self._rows), self._page_size, False)
        self._runner.submit(
            lambda _t: query(),
            lambda page: self._next_page(generation, page),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _next_page(self, generation: int, page: Page) -> None:
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

    # -- rows --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_id(self, row: int) -> str:
        return str(self._rows[row].id)

    def row_of(self, row_id: str) -> int:
        """The loaded row showing the record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)
