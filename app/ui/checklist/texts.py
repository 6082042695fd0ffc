"""The checklist's words on screen: labels in the UI language, limit hints, findings, results."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.checklists.evaluate import Finding, Result, describe, number_text
from app.checklists.schema import Item, TemplateBody


def yes() -> str:
    return QCoreApplication.translate("Checklist", "Yes")


def no() -> str:
    return QCoreApplication.translate("Checklist", "No")


def label(item: Item, language: str) -> str:
    return item.label.get(language)


def finding_text(body: TemplateBody, finding: Finding, language: str) -> str:
    """`Vacuum 900 µm > 500 µm` with the item's label and unit in the UI language."""
    return describe(replace(finding, unit=unit(finding.unit)),
                    label(body.item(finding.item_id), language), yes(), no())


def unit(symbol: str) -> str:
    """A template's unit in the UI language: the words translated ("pcs" is "个" in Chinese),
    symbols (m, MPa, °C, N·m) as they are."""
    words = {"pcs": QCoreApplication.translate("ChecklistUnit", "pcs"),
             "min": QCoreApplication.translate("ChecklistUnit", "min")}
    return words.get(symbol, symbol)


def limit_hint(low: Any, high: Any, unit: str) -> str:
    """`3–15 m`, `≤ 500 µm`, `≥ 0 m`, or empty when no limit is known yet."""
    suffix = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"{number_text(low)}–{number_text(high)}{suffix}"
    if high is not None:
        return f"≤ {number_text(high)}{suffix}"
    if low is not None:
        return f"≥ {number_text(low)}{suffix}"
    return ""


def example_hint(example: Any) -> str:
    """An item's typical answer as placeholder text: `e.g. 65`."""
    text = QCoreApplication.translate("Checklist", "e.g. {example}")
    return text.format(example=number_text(example))


def value_text(value: Any, unit: str) -> str:
    """A computed value with its unit, or a dash while it cannot be worked out."""
    if value is None:
        return "–"
    if isinstance(value, float):
        value = round(value, 3)
    return f"{number_text(value)} {unit}".rstrip()


def result_title(result: Result) -> str:
    return {Result.PASS: QCoreApplication.translate("Checklist", "Pass"),
            Result.FAIL: QCoreApplication.translate("Checklist", "Fail"),
            Result.INCOMPLETE: QCoreApplication.translate("Checklist", "Incomplete")}[result]


def missing_text(item: Item, language: str) -> str:
    text = QCoreApplication.translate("Checklist", "Missing: {item}")
    return text.format(item=label(item, language))


def shows_to_confirm(item: Item) -> bool:
    """Whether the row says "default – confirm": only a numeric limit taken as a default
    (a yes/no question's expected answer is no figure to check in a manual)."""
    return item.to_confirm and (item.min is not None or item.max is not None)


def to_confirm() -> str:
    return QCoreApplication.translate("Checklist", "default – confirm")


def to_confirm_tip() -> str:
    return QCoreApplication.translate(
        "Checklist", "This limit is a default: confirm it against the maker's manual.")
