"""The technicians list's table model over `list_technicians` rows, and its search/sort proxy.

Certificates read "expired" or "expires" with their date; a technician booked for visits that
need a certificate expired by then is flagged (warning icon and tool tip on the name).

The list is short (a station has at most a few hundred technicians), so the view loads it whole
in the background and `set_rows` replaces it; sorting and the search box work in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from app.models.enums import CertKind, Skill
from app.services.certificate_risks import ExpiredNeed
from app.services.technicians import TechnicianSummary
from app.ui import labels
from app.ui.itemmodels.row_model import ID_ROLE, RowTableModel

EXPIRY_WARNING_DAYS = 30
EXPIRED = QColor("#c62828")
EXPIRING = QColor("#ef6c00")
INACTIVE = QColor("#808080")
SORT_ROLE = ID_ROLE + 1  # raw values: numbers sort as numbers
SEARCH_ROLE = ID_ROLE + 2  # the text the search box matches
EXPIRY_ROLE = ID_ROLE + 3  # an Expiry, or None
SKILLS = {s.value: i for i, s in enumerate(Skill)}  # value -> display order
CERT_KINDS = frozenset(k.value for k in CertKind)


class Expiry(StrEnum):
    EXPIRED = "expired"
    SOON = "soon"  # within EXPIRY_WARNING_DAYS


class Column(IntEnum):
    CODE = 0
    NAME = 1
    TEAM = 2
    SKILLS = 3
    MAX_JOBS = 4
    ACTIVE = 5
    EXPIRED = 6  # certificates past their expiry date
    EXPIRING = 7  # certificates expiring within EXPIRY_WARNING_DAYS


Certificates = list[tuple[str, dt.date]]  # (kind, expires on)


def expiring_before(today: dt.date) -> dt.date:
    """The `list_technicians(expiring_before=...)` date that the model's warnings need."""
    return today + dt.timedelta(days=EXPIRY_WARNING_DAYS + 1)


class TechnicianTableModel(RowTableModel[TechnicianSummary]):
    TOOLTIP_COLUMNS = frozenset({Column.EXPIRED, Column.EXPIRING})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self._risks: dict[str, tuple[ExpiredNeed, ...]] = {}

    def column_titles(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Team"), self.tr("Skills"),
                self.tr("Max jobs/day"), self.tr("Active"), self.tr("Certificates expired"),
                self.tr("Certificates expiring")]

    def set_rows(self, rows: list[TechnicianSummary], today: dt.date | None = None,
                 risks: dict[str, tuple[ExpiredNeed, ...]] | None = None) -> None:
        """`risks`: by technician, booked visits that need a certificate expired by then."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or dt.date.today()
        self._risks = dict(risks or {})
        self.endResetModel()

    def risks(self, row: TechnicianSummary) -> tuple[ExpiredNeed, ...]:
        return self._risks.get(row.id, ())

    def cell_data(self, row: TechnicianSummary, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == SEARCH_ROLE:
            return " ".join([row.code, row.name, row.team, self._skills(row),
                             self._skills(row, labels.skill), *row.skills])
        if role == EXPIRY_ROLE:
            return self.expiry(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if column == Column.SKILLS and role == Qt.ItemDataRole.ToolTipRole:
            return self._skills(row, labels.skill)  # the full names
        if column == Column.NAME and self.risks(row):
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.risk_text(row)
        return None

    def risk_text(self, row: TechnicianSummary) -> str:
        """The flag in words: which visits need which expired certificate."""
        needs = self.risks(row)
        visits = labels.joined(f"{n.job_number} ({n.day:%m-%d})" for n in needs[:5])
        if len(needs) > 5:
            visits += " …"
        return self.tr("Booked for {count} visits that need a certificate expired by then: "
                       "{visits}").format(count=len(needs), visits=visits)

    def expired(self, row: TechnicianSummary) -> Certificates:
        return [(kind, day) for kind, day in row.expiring if day < self._today]

    def expiring(self, row: TechnicianSummary) -> Certificates:
        soon = self._today + dt.timedelta(days=EXPIRY_WARNING_DAYS)
        return [(kind, day) for kind, day in row.expiring if self._today <= day <= soon]

    def expiry(self, row: TechnicianSummary, column: int) -> Expiry | None:
        """What the column flags for the technician: expired or expiring certificates."""
        if column == Column.EXPIRED and self.expired(row):
            return Expiry.EXPIRED
        if column == Column.EXPIRING and self.expiring(row):
            return Expiry.SOON
        return None

    def _colour(self, row: TechnicianSummary, column: int) -> QBrush | None:
        state = self.expiry(row, column)
        if state is not None:
            return QBrush(EXPIRED if state is Expiry.EXPIRED else EXPIRING)
        if not row.active:
            return QBrush(INACTIVE)
        return None

    @staticmethod
    def _skills(row: TechnicianSummary, name: Callable[[Skill], str] = labels.skill_short) -> str:
        ordered = sorted(row.skills, key=lambda s: SKILLS.get(s, len(SKILLS)))
        return labels.joined(name(Skill(s)) if s in SKILLS else s for s in ordered)

    def _certificates(self, found: Certificates) -> str:
        """Each certificate with its state: "expired 2026-10-07", "expires 2026-12-20"."""
        words = []
        for kind, day in found:
            name = labels.cert_kind(CertKind(kind)) if kind in CERT_KINDS else kind
            state = (self.tr("{kind} expired {date}") if day < self._today
                     else self.tr("{kind} expires {date}"))
            words.append(state.format(kind=name, date=day.isoformat()))
        return labels.joined(words)

    def text(self, row: TechnicianSummary, column: int) -> str:
        match Column(column):
            case Column.CODE:
                return row.code
            case Column.NAME:
                return row.name
            case Column.TEAM:
                return row.team
            case Column.SKILLS:
                return self._skills(row)
            case Column.MAX_JOBS:
                return str(row.max_jobs_per_day)
            case Column.ACTIVE:
                return self.tr("Yes") if row.active else self.tr("No")
            case Column.EXPIRED:
                return self._certificates(self.expired(row))
            case Column.EXPIRING:
                return self._certificates(self.expiring(row))

    def _sort_value(self, row: TechnicianSummary, column: int) -> Any:
        if column == Column.MAX_JOBS:
            return row.max_jobs_per_day
        if column == Column.ACTIVE:
            return int(row.active)
        if column in (Column.EXPIRED, Column.EXPIRING):
            found = self.expired(row) if column == Column.EXPIRED else self.expiring(row)
            return min((day.isoformat() for _k, day in found), default="9999")
        if column == Column.NAME:  # Chinese names by pinyin, as the query sorts them
            return f"{row.sort_key}\0{row.name}"
        return self.text(row, column).casefold()


class TechnicianFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; keeps the rows whose code, name, team or skill contains the text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
