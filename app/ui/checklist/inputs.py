"""The input widgets of the item types, all keyboard-first (`factory.make_input` picks one).

Each input reports `edited` on every change and gives back what was typed (`raw()`: None while
blank); the form checks it with the core's `coerce` and evaluates the whole checklist. Choices show
their label in the form's language and keep the code; counts take digits only; number and text
inputs show the item's example as placeholder text ("e.g. 65").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.checklists.evaluate import number_text
from app.checklists.schema import Item
from app.services.checklist_answers import NO, YES
from app.ui.checklist import texts

NUMBER = QRegularExpression(r"^-?\d*([.,]\d*)?$")
COUNT = QRegularExpression(r"^\d*$")  # integer items: whole numbers, no sign or decimal point
BLANK = ""  # "no answer" as item data: never None (PySide6 6.12 on Python 3.11 loses None refs)
YES_NO: dict[str, bool | None] = {BLANK: None, "yes": True, "no": False}


def set_text(widget: QLabel | QLineEdit, text: str) -> None:
    """Change a label's text only when it differs (the form refreshes on every keystroke)."""
    if widget.text() != text:
        widget.setText(text)


class ItemInput(QWidget):
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def raw(self) -> Any:
        return None

    def set_raw(self, value: Any) -> None:
        """Show a stored answer (or a fact's value)."""

    def focus_widgets(self) -> list[QWidget]:
        return []

    def set_limits(self, low: Any, high: Any) -> None:
        """The resolved limits, for number items' hints."""

    def set_computed(self, value: Any) -> None:
        """The worked-out value, for computed items."""


class YesNoCombo(QComboBox):
    """Blank, Yes, No; typing y/n, 1/0 or 是/否 picks, Delete or Backspace blanks."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text().strip().lower()
        if text in YES or text in NO:
            self.setCurrentIndex(1 if text in YES else 2)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setCurrentIndex(0)
        else:
            super().keyPressEvent(event)


class YesNoInput(ItemInput):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.combo = YesNoCombo(self)
        self.combo.setMinimumWidth(80)
        for text, key in (("", BLANK), (texts.yes(), "yes"), (texts.no(), "no")):
            self.combo.addItem(text, key)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)
        self.combo.currentIndexChanged.connect(self.edited)

    def raw(self) -> Any:
        return YES_NO[self.combo.currentData()]

    def set_raw(self, value: Any) -> None:
        self.combo.setCurrentIndex(0 if value is None else 1 if value else 2)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]


class ChoiceCombo(QComboBox):
    """Typing picks by the shown text (Qt's own search) or else by the code's first letter, so
    Latin keys still choose among Chinese labels."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        before = self.currentIndex()
        super().keyPressEvent(event)
        key = event.text().strip().lower()
        if self.currentIndex() != before or not key or not key.isprintable():
            return
        count = self.count()
        for step in range(1, count):
            index = (before + step) % count
            if str(self.itemData(index)).lower().startswith(key):
                self.setCurrentIndex(index)
                return


class ChoiceInput(ItemInput):
    def __init__(self, item: Item, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(item, parent)
        self.combo = ChoiceCombo(self)
        self.combo.addItem("", BLANK)
        for choice in item.choices:
            self.combo.addItem(item.choice_text(choice, language), choice)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)
        self.combo.currentIndexChanged.connect(self.edited)

    def raw(self) -> Any:
        return self.combo.currentData() or None

    def set_raw(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value or BLANK)))

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]


class TextInput(ItemInput):
    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.edit = QLineEdit(self)
        if item.example is not None and not isinstance(item.example, bool):
            self.edit.setPlaceholderText(texts.example_hint(item.example))
        self.layout_.addWidget(self.edit)
        self.edit.textChanged.connect(self.edited)

    def raw(self) -> Any:
        return self.edit.text().strip() or None

    def set_raw(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class NumberInput(TextInput):
    """A number with its unit and the limits the answers so far resolve (`14–18 N·m`)."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        pattern = COUNT if item.integer else NUMBER
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.setMaximumWidth(120)
        self.unit = QLabel(texts.unit(item.unit), self)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        self.layout_.addWidget(self.unit)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)

    def set_raw(self, value: Any) -> None:
        self.edit.setText("" if value is None else number_text(value))

    def set_limits(self, low: Any, high: Any) -> None:
        set_text(self.hint, texts.limit_hint(low, high, texts.unit(self.item.unit)))


class ComputedInput(ItemInput):
    """Read only: the formula's value with its unit, and its limits when it has any."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(item, parent)
        self.value = QLineEdit(self)
        self.value.setReadOnly(True)
        self.value.setMaximumWidth(160)
        self.value.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        self.layout_.addWidget(self.value)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)

    def set_computed(self, value: Any) -> None:
        set_text(self.value, texts.value_text(value, texts.unit(self.item.unit)))

    def set_limits(self, low: Any, high: Any) -> None:
        set_text(self.hint, texts.limit_hint(low, high, texts.unit(self.item.unit)))

