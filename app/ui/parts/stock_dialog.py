"""Tools › Stock…: a place's stock (the station's store or a technician's van), receipts, issues
to the van, returns from it, a stock-take, the low-stock list and the old parts waiting for the
maker's claim.

Keyboard: the place (Up/Down), then type a part's code or name, Enter, the quantity, Enter:
received into the store, or issued to the van shown (Tab twice, Space: returned from it). A
stock-take: type the counts in the Counted column, Record stock-take. A movement that would
take a count below zero asks a supervisor's reason; anyone else reads the refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import CatalogueEntry, ItemKind
from app.services.changes import Changes
from app.services.stock import CountDifference, StockLevel, count_text
from app.ui.charges.catalogue_search import CatalogueSearch, entry_text
from app.ui.charges.stock_refusal import supervisor_reason
from app.ui.context import AppContext
from app.ui.dialogs.prompts import Prompter
from app.ui.formatting import local_text
from app.ui.operation import Operation
from app.ui.ops import stock as stock_ops
from app.ui.ops.stock import StockPicture
from app.ui.parts.text_table import TextTable
from app.ui.widgets.error_label import ErrorLabel

COUNTED = 4
Move = Callable[[str], Operation[Changes]]  # the reason -> the movement's operation


class StockDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 prompter: Prompter | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.prompter = prompter or Prompter()
        self.picture: StockPicture | None = None
        self._item: CatalogueEntry | None = None
        self.setWindowTitle(self.tr("Stock"))
        self.setMinimumSize(820, 560)
        self.place = QComboBox(self)
        self.place.addItem(self.tr("The station's store"), None)
        self.search = CatalogueSearch(ctx, self, (ItemKind.PART,))
        self.quantity = QDoubleSpinBox(self)
        self.quantity.setRange(0.01, 99999)
        self.quantity.setValue(1)
        self.chosen = QLabel(self)
        self.receive_button = QPushButton(self.tr("Re&ceive into the store"), self)
        self.issue_button = QPushButton(self.tr("&Issue to the van"), self)
        self.return_button = QPushButton(self.tr("&Return from the van"), self)
        headers = [self.tr("Code"), self.tr("Part"), self.tr("Quantity"),
                   self.tr("Reorder level")]
        self.levels = TextTable([*headers, self.tr("Counted")], self, editable=COUNTED)
        self.take_button = QPushButton(self.tr("Record stock-take"), self)
        self.differences = QLabel(self)
        self.differences.setWordWrap(True)
        self.low = TextTable(headers, self)
        self.old_parts = TextTable([self.tr("Job"), self.tr("Code"), self.tr("Part"),
                                    self.tr("Old serial"), self.tr("Back on")], self,
                                   multiple=True)
        self.claim_ref = QLineEdit(self)
        self.claim_ref.setPlaceholderText(self.tr("The maker's claim reference"))
        self.claim_button = QPushButton(self.tr("Claim the selected parts"), self)
        self.tabs = QTabWidget(self)
        self.error_label = ErrorLabel(self)
        self._layout()
        self._connect()
        self.load()

    def _layout(self) -> None:
        for button in (self.receive_button, self.issue_button, self.return_button,
                       self.take_button, self.claim_button):
            button.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Part:"), self.search)
        moves = QHBoxLayout()
        moves.addWidget(self.quantity)
        for button in (self.receive_button, self.issue_button, self.return_button):
            moves.addWidget(button)
        moves.addStretch(1)
        form.addRow(self.tr("Quantity:"), moves)
        form.addRow("", self.chosen)
        levels = QWidget(self)
        levels_layout = QVBoxLayout(levels)
        levels_layout.addWidget(self.levels, 1)
        take = QHBoxLayout()
        take.addWidget(self.differences, 1)
        take.addWidget(self.take_button)
        levels_layout.addLayout(take)
        old = QWidget(self)
        old_layout = QVBoxLayout(old)
        old_layout.addWidget(self.old_parts, 1)
        claim = QHBoxLayout()
        claim.addWidget(self.claim_ref, 1)
        claim.addWidget(self.claim_button)
        old_layout.addLayout(claim)
        self.tabs.addTab(levels, self.tr("Levels"))
        self.tabs.addTab(self.low, self.tr("Low stock"))
        self.tabs.addTab(old, self.tr("Old parts for the claim"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)

    def _connect(self) -> None:
        self.place.activated.connect(lambda _index: self.load())
        self.search.chosen.connect(self._chosen)
        self.search.failed.connect(self.error_label.show_error)
        self.quantity.installEventFilter(self)
        self.receive_button.clicked.connect(self.receive)
        self.issue_button.clicked.connect(self.issue)
        self.return_button.clicked.connect(self.give_back)
        self.take_button.clicked.connect(self.record_stock_take)
        self.claim_button.clicked.connect(self.claim)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in the quantity: into the store, or to the van shown."""
        if watched is self.quantity and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.quantity.interpretText()
            self.issue() if self.technician_id() else self.receive()
            return True
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------------------

    def technician_id(self) -> str | None:
        data = self.place.currentData()
        return str(data[0]) if data else None

    def load(self) -> None:
        data = self.place.currentData()
        stock_ops.load(self._ctx, self, data[1] if data else None).errors_to(
            self.error_label.show_error).success(self._loaded).run()

    def _loaded(self, picture: StockPicture) -> None:
        self.picture = picture
        if self.place.count() == 1:
            for tech in picture.technicians:
                self.place.addItem(self.tr("{name}'s van ({code})").format(
                    name=tech.name, code=tech.code), (tech.id, tech.code))
        van = self.technician_id() is not None
        self.issue_button.setEnabled(van)
        self.return_button.setEnabled(van)
        self.receive_button.setEnabled(not van)
        self.levels.show_rows([(lv.item_id, [*self._cells(lv), ""]) for lv in picture.levels])
        self.low.show_rows([(lv.item_id, self._cells(lv)) for lv in picture.low])
        self.old_parts.show_rows([(p.id, [p.job_number, p.code, p.description, p.serial,
                                          local_text(p.returned_at, self._ctx.tz)])
                                  for p in picture.old_parts])

    def _cells(self, level: StockLevel) -> list[str]:
        reorder = count_text(level.reorder_level) if level.technician_id is None else ""
        return [level.code, level.name, count_text(level.quantity), reorder]

    # -- moving ------------------------------------------------------------------------------

    def _chosen(self, entry: CatalogueEntry) -> None:
        self._item = entry
        self.chosen.setText(entry_text(entry))
        self.quantity.setFocus(Qt.FocusReason.OtherFocusReason)
        self.quantity.selectAll()

    def _move(self, make: Callable[[str, Decimal, str], Operation[Changes]]) -> None:
        if self._item is None:
            self.error_label.show_error(self.tr("Choose a part first."))
            return
        item_id, amount = self._item.id, Decimal(str(self.quantity.value()))
        self._run(lambda reason: make(item_id, amount, reason), "")

    def _run(self, move: Move, reason: str) -> None:
        self.error_label.clear_error()

        def refused(exc: BaseException) -> bool:
            given = None if reason else supervisor_reason(self._ctx.actor, self.prompter,
                                                          self, exc)
            if given:
                self._run(move, given)
            return given is not None

        move(reason).errors_to(self.error_label.show_error).failure(refused).success(
            self._moved).run()

    def _moved(self, _changes: Changes) -> None:
        self._item = None
        self.chosen.clear()
        self.quantity.setValue(1)
        self.search.reset()
        self.load()

    def receive(self) -> None:
        self._move(lambda item, amount, reason: stock_ops.receive(
            self._ctx, self, item, amount, reason))

    def issue(self) -> None:
        tech = self.technician_id()
        if tech is not None:
            self._move(lambda item, amount, reason: stock_ops.issue(
                self._ctx, self, item, tech, amount, reason))

    def give_back(self) -> None:
        tech = self.technician_id()
        if tech is not None:
            self._move(lambda item, amount, reason: stock_ops.give_back(
                self._ctx, self, item, tech, amount, reason))

    # -- stock-take and claims ---------------------------------------------------------------

    def record_stock_take(self) -> None:
        self.error_label.clear_error()
        try:
            counts = {self.levels.row_id(row): Decimal(text.replace(",", "."))
                      for row in range(self.levels.rowCount())
                      if (text := self.levels.text_at(row, COUNTED).strip())}
        except ArithmeticError:
            self.error_label.show_error(self.tr("A count is a number, such as 3 or 2.5."))
            return
        op = stock_ops.stock_take(self._ctx, self, self.technician_id(), counts)
        op.errors_to(self.error_label.show_error).success(self._counted).run()

    def _counted(self, differences: list[CountDifference]) -> None:
        lines = [self.tr("{code}: books {book}, counted {counted}").format(
            code=d.code, book=count_text(d.book), counted=count_text(d.counted))
            for d in differences]
        self.differences.setText("\n".join(lines) or self.tr("The counts match the books."))
        self.load()

    def claim(self) -> None:
        self.error_label.clear_error()
        stock_ops.claim(self._ctx, self, self.old_parts.selected_ids(),
                        self.claim_ref.text()).errors_to(self.error_label.show_error).success(
            lambda _changes: self.load()).run()


def open_stock(ctx: AppContext, parent: QWidget) -> StockDialog:
    dialog = StockDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
