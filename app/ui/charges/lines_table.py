"""The charges' lines as a table: code, item, quantity, unit price, amount, the warranty's
decision (covered or payable), the rule that made it and the old part's serial. Quantity and
old serial are edited in place (F2 or typing); the rest is the catalogue's and the policy's."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.charges import LineDecision
from app.services.job_lines import LineInput
from app.services.stock import count_text
from app.ui.i18n import message_text

CODE, ITEM, QUANTITY, PRICE, AMOUNT, WARRANTY, RULE, OLD_SERIAL = range(8)
EDITABLE = (QUANTITY, OLD_SERIAL)
STALE_COLOUR = QColor("#ef6c00")
COVERED_COLOUR = QColor("#2e7d32")


def money_text(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


class LinesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("Qty"), self.tr("Unit price"),
            self.tr("Amount"), self.tr("Warranty"), self.tr("Rule"), self.tr("Old serial")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.decisions: tuple[LineDecision, ...] = ()

    def show_lines(self, decisions: tuple[LineDecision, ...]) -> None:
        self.blockSignals(True)
        self.decisions = decisions
        self.setRowCount(len(decisions))
        for row, shown in enumerate(decisions):
            line, decision = shown.line, shown.decision
            covered = self.tr("Covered") if decision.covered else self.tr("Payable")
            rule = message_text(decision.text)
            if shown.stale:
                rule = self.tr("{rule} (the policy now decides otherwise: save again)").format(
                    rule=rule)
            cells = [line.code, line.description, count_text(line.quantity),
                     money_text(line.unit_price), money_text(line.amount), covered, rule,
                     line.old_serial]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column not in EDITABLE or (column == OLD_SERIAL and line.kind != "part"):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (QUANTITY, PRICE, AMOUNT):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            colour = STALE_COLOUR if shown.stale else (
                COVERED_COLOUR if decision.covered else None)
            if colour is not None:
                self._cell(row, WARRANTY).setForeground(colour)
        self.resizeRowsToContents()
        self.blockSignals(False)

    def inputs(self) -> list[LineInput]:
        """The lines as the table holds them now (edited quantities and serials)."""
        lines = []
        for row, shown in enumerate(self.decisions):
            line = shown.line
            quantity = self._cell(row, QUANTITY).text().strip().replace(",", ".")
            serial = self._cell(row, OLD_SERIAL).text()
            lines.append(LineInput(line.kind, line.description, quantity, line.unit_price,
                                   id=line.id, item_id=line.item_id, old_serial=serial))
        return lines

    def current_decision(self) -> LineDecision | None:
        row = self.currentRow()
        return self.decisions[row] if 0 <= row < len(self.decisions) else None

    def column_texts(self, column: int) -> list[str]:
        """A column top to bottom (tests, accessibility)."""
        return [self._cell(row, column).text() for row in range(self.rowCount())]

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is filled by show_lines
        return item
