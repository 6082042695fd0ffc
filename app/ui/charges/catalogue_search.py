"""Finding a catalogue item by keyboard: type a code, a name, its pinyin or initials ("ysj":
压缩机); the matches list under the field; Up and Down move in it, Enter takes the current
one (the first when none was moved to)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.catalogue import CatalogueEntry, ItemKind
from app.ui.context import AppContext
from app.ui.latest import Latest
from app.ui.ops import charges as charge_ops

ENTRY_ROLE = Qt.ItemDataRole.UserRole
ROWS_SHOWN = 5


def entry_text(entry: CatalogueEntry) -> str:
    """"CODE  name  price/unit" as the lists show an item."""
    price = f"¥{entry.price:.2f}" if entry.price is not None else "–"
    unit = f"/{entry.unit}" if entry.unit else ""
    return f"{entry.code}  {entry.name}  {price}{unit}"


class CatalogueSearch(QWidget):
    chosen = Signal(object)  # CatalogueEntry
    failed = Signal(str)  # a search's sentence

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 kinds: tuple[ItemKind, ...] = tuple(ItemKind)) -> None:
        super().__init__(parent)
        self._ctx, self._kinds = ctx, kinds
        self._search = Latest()
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Code or name (pinyin initials work: ysj)"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(self.results.sizeHintForRow(0) * ROWS_SHOWN + 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        self.field.textEdited.connect(self.search)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda item: self._choose(item))
        self.setFocusProxy(self.field)

    def search(self, text: str) -> None:
        day = dt.datetime.now(self._ctx.tz).date()
        self._search.run(charge_ops.search(self._ctx, self, text, day, self._kinds)
                         .errors_to(lambda sentence: self.failed.emit(sentence))
                         .success(self._show))

    def _show(self, entries: list[CatalogueEntry]) -> None:
        self.results.clear()
        for entry in entries:
            item = QListWidgetItem(entry_text(entry), self.results)
            item.setData(ENTRY_ROLE, entry)
        if entries:
            self.results.setCurrentRow(0)

    def entries(self) -> list[CatalogueEntry]:
        return [self.results.item(i).data(ENTRY_ROLE) for i in range(self.results.count())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.chosen.emit(item.data(ENTRY_ROLE))

    def reset(self) -> None:
        self.field.clear()
        self.results.clear()
        self.field.setFocus()
