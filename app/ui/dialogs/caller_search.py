"""Who is calling: a search box (a phone number or a name) and the customers it finds, each
with their units and recent jobs (`app.services.callers.find_callers`, a query of its own on
the database lane as the dispatcher types; the newest wins).

Keyboard: typing searches; Down goes into the list; Enter takes the first (or the chosen)
caller (`chosen`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.callers import Caller, find_callers
from app.texts import shown
from app.ui.context import AppContext
from app.ui.latest import Latest

DEBOUNCE_MS = 150


class CallerSearch(QWidget):
    chosen = Signal(object)  # Caller

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._query = ctx, Latest()
        self.callers: list[Caller] = []
        self.caller: Caller | None = None
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Phone number or name"))
        self.results = QListWidget(self)
        self.results.setMaximumHeight(110)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.note)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.take_current)
        self.results.itemActivated.connect(lambda _item: self.take_current())
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.results.count()):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.setCurrentRow(max(self.results.currentRow(), 0))
            return True
        return super().eventFilter(watched, event)

    def search_for(self, text: str) -> None:
        """Put `text` in the box and search at once (a phone number handed over)."""
        self.search.setText(text)
        self.search_now()

    def search_now(self) -> None:
        self._timer.stop()
        db, text = self._ctx.db, self.search.text()
        self._query.run(self._ctx.op(self, lambda _run: find_callers(db, text))
                        .errors_to(self.note.setText).success(self.show_callers))

    def show_callers(self, callers: list[Caller]) -> None:
        self.callers = list(callers)
        self.results.clear()
        for caller in callers:
            text = self.tr("{name}  {phone}  ·  units: {units}, recent jobs: {jobs}").format(
                name=caller.name, phone=caller.phone, units=len(caller.units),
                jobs=len(caller.jobs))
            QListWidgetItem(shown(text), self.results)
        if callers:
            self.results.setCurrentRow(0)
        self.note.setText("" if callers or not self.search.text().strip()
                          else self.tr("Nobody found: check the number, or take the name."))

    def take_current(self) -> None:
        """The chosen caller (the first found when none is chosen)."""
        if self._timer.isActive() or self._query.busy:
            self.search_now()
        row = max(self.results.currentRow(), 0)
        if row < len(self.callers):
            self.caller = self.callers[row]
            self.chosen.emit(self.caller)
