"""`make_input(item, parent, language)`: the input widget for an item's type."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.checklists.schema import Item, ItemType
from app.ui.checklist.inputs import (
    ChoiceInput,
    ComputedInput,
    ItemInput,
    NumberInput,
    TextInput,
    YesNoInput,
)
from app.ui.checklist.photo_input import PhotoInput

KINDS: dict[ItemType, type[ItemInput]] = {
    ItemType.YESNO: YesNoInput, ItemType.NUMBER: NumberInput, ItemType.CHOICE: ChoiceInput,
    ItemType.TEXT: TextInput, ItemType.PHOTO: PhotoInput, ItemType.COMPUTED: ComputedInput,
}


def make_input(item: Item, parent: QWidget | None = None, language: str = "en") -> ItemInput:
    """The input for the item; a choice shows its labels in `language`."""
    if item.type is ItemType.CHOICE:
        return ChoiceInput(item, parent, language)
    return KINDS[item.type](item, parent)
