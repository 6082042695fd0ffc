"""Turning typed-in answers into checked values for a template's items (one sentence per error)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app.checklists.schema import Item, ItemType, TemplateBody
from app.errors import ValidationError
from app.services.validation import MAX_TEXT, lookup, text
from app.texts import Localized


def _label(item: Item) -> Localized:
    return Localized(item.label.en, item.label.zh)


YES = {"y", "yes", "true", "1", "是", "合格"}
NO = {"n", "no", "false", "0", "否", "不合格"}


def _number(item: Item, raw: Any) -> float:
    """A finite number: NaN would pass every limit (all comparisons with it are false) and
    infinity is no measurement."""
    if isinstance(raw, bool):
        raise ValidationError("{label}: enter a number.", label=_label(item))
    try:
        value = float(str(raw).strip().replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ValidationError("{label}: {value!r} is not a number.", label=_label(item),
                              value=lookup(str(raw)))
    return value


def _yesno(item: Item, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in YES or text in NO:
        return text in YES
    raise ValidationError("{label}: answer yes or no.", label=_label(item))


def _choice(item: Item, raw: Any) -> str:
    text = str(raw).strip()
    if text not in item.choices:
        raise ValidationError("{label}: choose one of {choices}.", label=_label(item),
                              choices=", ".join(item.choices))
    return text


def _photos(item: Item, raw: Any) -> list[str]:
    if not isinstance(raw, list | tuple) or not all(isinstance(p, str) for p in raw):
        raise ValidationError("{label}: photos are attached as files.", label=_label(item))
    return list(raw)


def coerce(item: Item, raw: Any) -> Any:
    """The stored form of one answer; None (or blank) clears it."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    match item.type:
        case ItemType.NUMBER:
            value = _number(item, raw)
            if item.integer and not value.is_integer():
                raise ValidationError("{label}: enter a whole number.", label=_label(item))
            return value
        case ItemType.YESNO:
            return _yesno(item, raw)
        case ItemType.CHOICE:
            return _choice(item, raw)
        case ItemType.PHOTO:
            return _photos(item, raw) or None
        case ItemType.TEXT:
            return text(str(raw), _label(item), MAX_TEXT)
    raise ValidationError("{label} is computed and cannot be typed in.", label=_label(item))


def coerce_all(body: TemplateBody, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Every answer checked against its item; unknown items are refused by id."""
    ids = {item.id for item in body.items()}
    if unknown := sorted(set(answers) - ids):
        raise ValidationError("The checklist has no item {items}.",
                              items=", ".join(lookup(str(k)) for k in unknown[:5]))
    checked = {key: coerce(body.item(key), value) for key, value in answers.items()}
    return {k: v for k, v in checked.items() if v is not None}
