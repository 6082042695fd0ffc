"""The customers list's table model: pages of `query_customers` rows, by name, searched."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from app.db import Database
from app.services.customer_queries import CustomerPage, CustomerRow, query_customers
from app.ui.itemmodels.paged_model import PAGE_SIZE, PagedTableModel
from app.ui.tasks import Lane


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    ADDRESS = 2
    DISTRICT = 3
    SITES = 4
    EQUIPMENT = 5
    JOBS = 6


NUMBERS = frozenset({Column.SITES, Column.EQUIPMENT, Column.JOBS})


class CustomerTableModel(PagedTableModel[CustomerRow]):
    TOOLTIP_COLUMNS = frozenset({Column.NAME, Column.ADDRESS})

    def __init__(self, db: Database, lane: Lane, parent: Any = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(lane, parent, page_size)
        self._db = db
        self._search = ""

    def column_titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Address"), self.tr("District"),
                self.tr("Sites"), self.tr("Equipment"), self.tr("Jobs")]

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.reload()

    def page_query(self, offset: int, limit: int,
                   with_total: bool) -> Callable[[], CustomerPage]:
        db, text = self._db, self._search
        return lambda: query_customers(db, text, offset, limit, with_total)

    def cell_data(self, row: CustomerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def text(self, row: CustomerRow, column: int) -> str:
        match Column(column):
            case Column.NAME:
                return row.name
            case Column.PHONE:
                return row.phone
            case Column.ADDRESS:
                return row.address
            case Column.DISTRICT:
                return row.district
            case Column.SITES:
                return str(row.site_count)
            case Column.EQUIPMENT:
                return str(row.equipment_count)
            case Column.JOBS:
                return str(row.job_count)
