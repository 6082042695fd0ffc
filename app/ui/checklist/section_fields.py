"""The template editor's form for one section: its id and its title in both languages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget


class SectionFields(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.id, self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Id"), self.id)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Chinese)"), self.title_zh)
        for edit in (self.id, self.title_en, self.title_zh):
            edit.textEdited.connect(self.edited)

    def load(self, section: dict[str, Any]) -> None:
        self.id.setText(section.get("id", ""))
        self.title_en.setText(section["title"]["en"])
        self.title_zh.setText(section["title"]["zh"])

    def to_dict(self, base: dict[str, Any]) -> dict[str, Any]:
        return {**base, "id": self.id.text().strip(),
                "title": {"en": self.title_en.text().strip(), "zh": self.title_zh.text().strip()}}
