"""The template editor's form for one item: every field of the template's item, and only the
fields its type takes are enabled (and kept when it is stored)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.checklists.evaluate import number_text
from app.checklists.schema import FACTS, Basis, ItemType
from app.ui.checklist.inputs import BLANK, YES_NO

T = ItemType
ONLY = {"unit": {T.NUMBER, T.COMPUTED}, "min": {T.NUMBER, T.COMPUTED},
        "max": {T.NUMBER, T.COMPUTED}, "expect": {T.YESNO}, "choices": {T.CHOICE},
        "accept": {T.CHOICE}, "photos": {T.PHOTO}, "formula": {T.COMPUTED}}
EMPTY: dict[str, Any] = {"unit": "", "min": None, "max": None, "expect": None, "choices": [],
                         "accept": [], "photos": 0, "formula": None}


def bound(text: str) -> float | str | None:
    """A limit as typed: a number, an expression, or nothing."""
    text = text.strip()
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


def words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


class ItemFields(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.id, self.label_en, self.label_zh = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.type = QComboBox(self)
        for kind, name in ((T.YESNO, self.tr("Yes / no")), (T.NUMBER, self.tr("Number")),
                           (T.CHOICE, self.tr("Choice")), (T.TEXT, self.tr("Text")),
                           (T.PHOTO, self.tr("Photos")), (T.COMPUTED, self.tr("Computed"))):
            self.type.addItem(name, kind.value)
        self.unit, self.when = QLineEdit(self), QLineEdit(self)
        self.required = QCheckBox(self.tr("An answer is required"), self)
        self.min, self.max, self.formula = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.expect = QComboBox(self)
        for name, key in (("", BLANK), (self.tr("Yes"), "yes"), (self.tr("No"), "no")):
            self.expect.addItem(name, key)
        self.choices, self.accept = QLineEdit(self), QLineEdit(self)
        self.photos = QSpinBox(self, minimum=0, maximum=20)
        self.fact = QComboBox(self)
        for fact in ("", *FACTS):
            self.fact.addItem(fact, fact)
        self.status = QComboBox(self)
        for basis, name in ((Basis.SOURCED, self.tr("S – from a source")),
                            (Basis.SECONDARY, self.tr("S2 – secondary source")),
                            (Basis.ASSUMED, self.tr("A – assumed default")),
                            (Basis.RECALLED, self.tr("R – recalled default"))):
            self.status.addItem(name, basis.value)
        self.note_en, self.note_zh = QLineEdit(self), QLineEdit(self)
        self.min.setPlaceholderText(self.tr("a number or an expression"))
        self.when.setPlaceholderText(self.tr("e.g. work_at_height"))
        self.choices.setPlaceholderText(self.tr("comma-separated"))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        form = QFormLayout(self)
        for label, widget in (
                (self.tr("Id"), self.id), (self.tr("Label (English)"), self.label_en),
                (self.tr("Label (Chinese)"), self.label_zh), (self.tr("Type"), self.type),
                (self.tr("Unit"), self.unit), ("", self.required),
                (self.tr("Applies when"), self.when), (self.tr("Minimum"), self.min),
                (self.tr("Maximum"), self.max), (self.tr("Expected answer"), self.expect),
                (self.tr("Choices"), self.choices), (self.tr("Accepted choices"), self.accept),
                (self.tr("Photos needed"), self.photos), (self.tr("Formula"), self.formula),
                (self.tr("Filled from"), self.fact), (self.tr("Basis"), self.status),
                (self.tr("Note (English)"), self.note_en),
                (self.tr("Note (Chinese)"), self.note_zh)):
            form.addRow(label, widget)

    def _connect(self) -> None:
        for edit in (self.id, self.label_en, self.label_zh, self.unit, self.when, self.min,
                     self.max, self.choices, self.accept, self.formula, self.note_en,
                     self.note_zh):
            edit.textEdited.connect(self._edited)
        for combo in (self.type, self.expect, self.fact, self.status):
            combo.currentIndexChanged.connect(self._edited)
        self.required.toggled.connect(self._edited)
        self.photos.valueChanged.connect(self._edited)

    def _edited(self) -> None:
        self._enable()
        if not self._loading:
            self.edited.emit()

    def _enable(self) -> None:
        kind = ItemType(self.type.currentData())
        for name, kinds in ONLY.items():
            getattr(self, name).setEnabled(kind in kinds)

    # -- data --------------------------------------------------------------------------------

    def load(self, item: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.id.setText(item.get("id", ""))
            self.label_en.setText(item["label"]["en"])
            self.label_zh.setText(item["label"]["zh"])
            self.type.setCurrentIndex(self.type.findData(item.get("type", "yesno")))
            self.unit.setText(item.get("unit") or "")
            self.required.setChecked(bool(item.get("required")))
            self.when.setText(item.get("when") or "")
            for name in ("min", "max"):
                value = item.get(name)
                getattr(self, name).setText("" if value is None else number_text(value))
            expect = item.get("expect")
            self.expect.setCurrentIndex(0 if expect is None else 1 if expect else 2)
            self.choices.setText(", ".join(item.get("choices") or []))
            self.accept.setText(", ".join(item.get("accept") or []))
            self.photos.setValue(int(item.get("photos") or 0))
            self.formula.setText(item.get("formula") or "")
            self.fact.setCurrentIndex(max(0, self.fact.findData(item.get("fact") or BLANK)))
            self.status.setCurrentIndex(self.status.findData(item.get("status", "A")))
            note = item.get("note") or {}
            self.note_en.setText(note.get("en", ""))
            self.note_zh.setText(note.get("zh", ""))
        finally:
            self._loading = False
        self._enable()

    def to_dict(self, base: dict[str, Any]) -> dict[str, Any]:
        """`base` (the item as loaded) with the fields as edited."""
        note_en, note_zh = self.note_en.text().strip(), self.note_zh.text().strip()
        item = {**base, "id": self.id.text().strip(),
                "label": {"en": self.label_en.text().strip(), "zh": self.label_zh.text().strip()},
                "type": self.type.currentData(), "unit": self.unit.text().strip(),
                "required": self.required.isChecked(), "when": self.when.text().strip() or None,
                "min": bound(self.min.text()), "max": bound(self.max.text()),
                "expect": YES_NO[self.expect.currentData()],
                "choices": words(self.choices.text()),
                "accept": words(self.accept.text()), "photos": self.photos.value(),
                "formula": self.formula.text().strip() or None,
                "fact": self.fact.currentData() or None, "status": self.status.currentData(),
                "note": {"en": note_en, "zh": note_zh} if note_en or note_zh else None}
        kind = ItemType(item["type"])
        if item.get("choice_labels"):  # labels of choices no longer listed would be refused
            item["choice_labels"] = {code: text for code, text in item["choice_labels"].items()
                                     if code in item["choices"]}
        if kind is not ItemType.NUMBER:
            item.pop("integer", None)
        return {**item, **{k: v for k, v in EMPTY.items() if kind not in ONLY[k]}}
