"""One item's row in the entry form: label, default-to-confirm mark, input, and its message.

The form updates every row on each keystroke, so rows and inputs change a widget only when
what it shows changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.checklists.schema import Item
from app.ui.checklist import texts
from app.ui.checklist.factory import make_input
from app.ui.checklist.inputs import set_text

LABEL, MARK, INPUT, MESSAGE = range(4)


class ItemRow:
    """The widgets of one item on a grid row; hidden together while the item does not apply."""

    def __init__(self, item: Item, language: str, grid: QGridLayout, row: int,
                 parent: QWidget) -> None:
        self.item = item
        text = texts.label(item, language) + (" *" if item.required else "")
        self.label = QLabel(text, parent)
        other = item.label.en if language.startswith("zh") else item.label.zh
        tip = [other] + ([item.note.get(language)] if item.note else [])
        self.label.setToolTip("\n".join(tip))
        self.label.setWordWrap(True)
        confirm = texts.shows_to_confirm(item)
        self.mark = QLabel(texts.to_confirm() if confirm else "", parent)
        self.mark.setStyleSheet("color: #e65100; font-size: small;")
        if confirm:
            self.mark.setToolTip(texts.to_confirm_tip())
        self.input = make_input(item, parent, language)
        self.label.setBuddy(self.input.focus_widgets()[0] if self.input.focus_widgets()
                            else self.input)
        self.message = QLabel(parent)
        self.message.setObjectName("findingLabel")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        for column, widget in enumerate((self.label, self.mark, self.input, self.message)):
            grid.addWidget(widget, row, column)

    def set_applicable(self, applicable: bool) -> None:
        if applicable == self.is_applicable():
            return
        for widget in (self.label, self.mark, self.input, self.message):
            widget.setVisible(applicable)

    def is_applicable(self) -> bool:
        return not self.input.isHidden()

    def show_message(self, text: str) -> None:
        set_text(self.message, text)
