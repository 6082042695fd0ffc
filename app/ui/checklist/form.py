"""The checklist entry form: sections as group boxes in a scroll area, checked on every keystroke.

Each change is coerced with the core's rules and the whole checklist evaluated again (pure and
fast, no database): items whose `when` no longer holds are hidden, limit hints follow the answers,
and a failing value shows its finding ("Vacuum 900 µm > 500 µm") in red next to it. Enter moves
on like Tab; the inputs are in the template's order.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from app.checklists.evaluate import Outcome, evaluate, resolve_limits
from app.checklists.schema import ItemType, TemplateBody
from app.errors import ValidationError
from app.services.checklist_answers import coerce
from app.ui.checklist import texts
from app.ui.checklist.photo_input import PhotoInput
from app.ui.checklist.row import INPUT, LABEL, MARK, MESSAGE, ItemRow
from app.ui.i18n import error_text

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LABEL_WIDTH = 320  # longer labels wrap


class ChecklistForm(QScrollArea):
    outcome_changed = Signal(object)  # Outcome

    def __init__(self, body: TemplateBody, facts: Mapping[str, Any], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body, self.facts, self.language = body, dict(facts), language
        self.rows: dict[str, ItemRow] = {}
        self._chain: list[QWidget] = []
        self._loading = False
        content = QWidget(self)
        column = QVBoxLayout(content)
        grids: list[QGridLayout] = []
        for section in body.sections:
            box = QGroupBox(section.title.get(language), content)
            grid = QGridLayout(box)
            grid.setColumnStretch(INPUT, 2)
            grid.setColumnStretch(MESSAGE, 1)
            grids.append(grid)
            for row, item in enumerate(section.items):
                self.rows[item.id] = ItemRow(item, language, grid, row, box)
            column.addWidget(box)
        column.addStretch(1)
        self._align(grids)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self._link_inputs()
        self.outcome: Outcome = evaluate(body, {}, facts)
        self.recheck()

    def _align(self, grids: list[QGridLayout]) -> None:
        """The same label and mark column widths in every section, so the inputs line up."""
        rows = self.rows.values()
        label = min(LABEL_WIDTH, max((r.label.sizeHint().width() for r in rows), default=0))
        mark = max((r.mark.sizeHint().width() for r in rows), default=0)
        for grid in grids:
            grid.setColumnMinimumWidth(LABEL, label)
            grid.setColumnMinimumWidth(MARK, mark)

    def _link_inputs(self) -> None:
        for row in self.rows.values():
            row.input.edited.connect(self.recheck)
            self._chain.extend(row.input.focus_widgets())
        for widget in self._chain:
            widget.installEventFilter(self)
        for first, second in zip(self._chain, self._chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def photo_inputs(self) -> list[PhotoInput]:
        return [r.input for r in self.rows.values() if isinstance(r.input, PhotoInput)]

    # -- answers -----------------------------------------------------------------------------

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Show stored answers; an item taken from a job fact shows the fact until answered."""
        self._loading = True
        try:
            for item_id, row in self.rows.items():
                value = answers.get(item_id)
                if value is None and row.item.fact:
                    value = self.facts.get(row.item.fact)
                row.input.set_raw(value)
        finally:
            self._loading = False
        self.recheck()

    def set_photos(self, item_id: str, photo_ids: list[str]) -> None:
        self.rows[item_id].input.set_raw(photo_ids)

    def typed(self) -> dict[str, Any]:
        """What to save: every typed answer (blank ones as None, which clears them); photos
        are stored as they are attached and computed items are worked out."""
        kept = (ItemType.PHOTO, ItemType.COMPUTED)
        return {i: r.input.raw() for i, r in self.rows.items() if r.item.type not in kept}

    def _checked(self) -> tuple[dict[str, Any], dict[str, str]]:
        answers: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for item_id, row in self.rows.items():
            try:
                value = coerce(row.item, row.input.raw())
            except ValidationError as exc:
                errors[item_id] = error_text(exc)
                continue
            if value is not None:
                answers[item_id] = value
        return answers, errors

    # -- checking as typed -------------------------------------------------------------------

    def recheck(self) -> None:
        if self._loading:
            return
        answers, errors = self._checked()
        outcome = evaluate(self.body, answers, self.facts)
        limits = resolve_limits(self.body, answers, self.facts)
        for item_id, row in self.rows.items():
            row.set_applicable(item_id in outcome.applicable)
            row.input.set_limits(*limits.get(item_id, (None, None)))
            row.input.set_computed(outcome.computed.get(item_id))
            finding = outcome.finding(item_id)
            text = texts.finding_text(self.body, finding, self.language) if finding else ""
            row.show_message(errors.get(item_id, text))
        self.outcome = outcome
        self.outcome_changed.emit(outcome)

    def message(self, item_id: str) -> str:
        """The red text next to an item (empty when its answer is fine)."""
        return self.rows[item_id].message.text()

    # -- keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ensureWidgetVisible(watched)
        elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
              and event.key() in ENTER and isinstance(watched, QWidget)):
            self.focus_after(watched)
            return True
        return super().eventFilter(watched, event)

    def focus_after(self, widget: QWidget) -> None:
        """Enter: the next input that applies, else out of the form (like Tab)."""
        start = self._chain.index(widget) + 1 if widget in self._chain else len(self._chain)
        content = self.widget()
        assert content is not None
        for candidate in self._chain[start:]:
            if candidate.isVisibleTo(content) and candidate.isEnabled():
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                return
        widget.focusNextChild()
