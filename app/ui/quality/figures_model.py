"""The Quality view's two tables of figures: one group's figures this month against last
month (`FiguresModel`), and the technicians' main figures this month (`PeopleModel`). A cell
names the figure it shows (`FIGURE_ROLE`), so a double click opens the jobs behind it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.quality_figures import GroupFigures
from app.texts import shown
from app.ui.quality import texts

Index = QModelIndex | QPersistentModelIndex
FIGURE_ROLE = Qt.ItemDataRole.UserRole  # the figure's name ("" where none)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, key) of the group the cell counts
WORSE = QColor("#c62828")
BETTER = QColor("#2e7d32")
HIGHER_IS_BETTER = frozenset({"response_attainment", "first_time_fix", "completed"})


class _Table(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = self.titles()

    def titles(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return super().headerData(section, orientation, role)


class FiguresModel(_Table):
    """Rows: the figures; columns: name, this month, last month, this month's count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.current: GroupFigures | None = None
        self.previous: GroupFigures | None = None

    def titles(self) -> list[str]:
        return [self.tr("Figure"), self.tr("This month"), self.tr("Last month"),
                self.tr("Count this month")]

    def set_groups(self, current: GroupFigures | None, previous: GroupFigures | None) -> None:
        self.beginResetModel()
        self.current, self.previous = current, previous
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.current is None else len(texts.SHOWN)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.current is None or index.row() >= len(texts.SHOWN):
            return None
        name, column = texts.SHOWN[index.row()], index.column()
        group = self.previous if column == 2 else self.current
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(name, column, group)
        if role == FIGURE_ROLE:
            return name if column else ""
        if role == GROUP_ROLE:
            return (self.current.kind, self.current.key)
        if role == Qt.ItemDataRole.FontRole and name in texts.RATES and column < 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return self._trend_colour(name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, name: str, column: int, group: GroupFigures | None) -> str:
        if column == 0:
            return texts.figure_name(name)
        if group is None:
            return texts.NONE
        figure = getattr(group, name)
        return texts.count_text(figure) if column == 3 else texts.rate_text(name, figure)

    def _trend_colour(self, name: str) -> QColor | None:
        """Red when this month is worse than last month, green when better."""
        if self.current is None or self.previous is None or name == "completed":
            return None
        now, before = getattr(self.current, name).rate, getattr(self.previous, name).rate
        if now is None or before is None or now == before:
            return None
        return BETTER if (now > before) == (name in HIGHER_IS_BETTER) else WORSE


PEOPLE_FIGURES = ("completed", "complaint_rate", "omission_rate", "dissatisfaction_rate",
                  "response_attainment", "first_time_fix")


class PeopleModel(_Table):
    """Rows: technicians (or teams); columns: the name and the main figures this month."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[GroupFigures] = []

    def titles(self) -> list[str]:
        return [self.tr("Technician"), *(texts.figure_name(n) for n in PEOPLE_FIGURES)]

    def set_groups(self, groups: list[GroupFigures]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.groups):
            return None
        group, column = self.groups[index.row()], index.column()
        name = PEOPLE_FIGURES[column - 1] if column else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(group.label) if not column else texts.rate_text(
                name, getattr(group, name))
        if role == Qt.ItemDataRole.ToolTipRole and column:
            return texts.count_text(getattr(group, name))
        if role == FIGURE_ROLE:
            return name
        if role == GROUP_ROLE:
            return (group.kind, group.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
