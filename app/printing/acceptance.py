"""The "标准 Acceptance" column of the checklist: each item's rule in words.

A number's limits as far as the answers (or, on a blank sheet, the job's facts) decide them:
`3–4.15 MPa`, `≥ 15 cm`. A limit that depends on an answer not given yet is printed per choice
of the one choice item it depends on (`6.35: 14–18 N·m; 9.52: 34–42 N·m`), as another item's
value (`≤ 额定/最大电流（铭牌）`), or else "按厂家说明书 Per maker's manual": the paper never
shows a formula.
"""

from __future__ import annotations

from typing import Any

from app.checklists.evaluate import number_text, resolve_limits
from app.checklists.expressions import Expression
from app.checklists.schema import Item, ItemType, TemplateBody
from app.printing import labels as L
from app.services.job_sheet_data import SheetChecklist

PER_MANUAL = "按厂家说明书 Per maker's manual"

Facts = tuple[tuple[str, Any], ...]


def choice_text(item: Item, code: str) -> str:
    """A choice as printed: its labels (Chinese, English) where the template has them."""
    label = item.choice_labels.get(code)
    if label is None:
        return code
    return label.zh if label.zh == label.en else f"{label.zh} {label.en}"


def range_text(low: Any, high: Any, unit: str) -> str:
    unit = f" {unit}" if unit else ""
    if low is not None and high is not None:
        return f"{number_text(low)}–{number_text(high)}{unit}"
    if low is not None:
        return f"≥ {number_text(low)}{unit}"
    return f"≤ {number_text(high)}{unit}" if high is not None else ""


Limits = tuple[Any, Any]
# (template, item, facts, known limits) -> text; the template object is kept with the text
_OPEN_RULES: dict[tuple[int, str, Facts, Limits], tuple[TemplateBody, str]] = {}


def _open_rule(body: TemplateBody, item_id: str, facts: Facts, limits: Limits) -> str:
    """A limit the answers do not decide yet: per choice of the one choice item it depends
    on (`6.35: 14–18 N·m; 9.52: 34–42 N·m`), another item's value, or per maker's manual."""
    key = (id(body), item_id, facts, limits)
    if (hit := _OPEN_RULES.get(key)) is not None and hit[0] is body:
        return hit[1]
    if len(_OPEN_RULES) > 4096:
        _OPEN_RULES.clear()
    text = _open_rule_text(body, item_id, facts, limits)
    _OPEN_RULES[key] = (body, text)
    return text


def _open_rule_text(body: TemplateBody, item_id: str, facts: Facts, limits: Limits) -> str:
    item, known = body.item(item_id), dict(facts)
    bounds = [(sign, expr, value) for sign, expr, value in
              (("≥", item.min, limits[0]), ("≤", item.max, limits[1])) if expr is not None]
    names = set().union(*(Expression.parse(e).names for _, e, v in bounds
                          if isinstance(e, str) and v is None))
    ids = {i.id for i in body.items()}
    open_names = names - set(body.tables) - set(known)
    name = next(iter(open_names)) if len(open_names) == 1 else ""
    if name in ids and (dep := body.item(name)).type is ItemType.CHOICE:
        ranges = ((c, resolve_limits(body, {dep.id: c}, known).get(item_id)) for c in dep.choices)
        return "; ".join(f"{choice_text(dep, c)}: {range_text(*r, item.unit)}"
                         for c, r in ranges if r and any(r))
    parts = []
    for sign, expr, value in bounds:
        if value is not None:
            parts.append(f"{sign} {number_text(value)}")
        elif isinstance(expr, str) and expr in ids:  # another item's value, by its name
            parts.append(f"{sign} {body.item(expr).label.zh}")
        else:  # worked out from answers given on site: never a formula on the paper
            return PER_MANUAL
    return " ".join(parts) + (f" {item.unit}" if item.unit else "")


def acceptance(item: Item, checklist: SheetChecklist) -> str:
    if item.type in (ItemType.NUMBER, ItemType.COMPUTED):
        low, high = checklist.limits.get(item.id, (None, None))
        if (isinstance(item.min, str) and low is None) or (
                isinstance(item.max, str) and high is None):
            facts = tuple(sorted((k, v) for k, v in checklist.facts.items() if v is not None))
            return _open_rule(checklist.template, item.id, facts, (low, high))
        return range_text(low, high, item.unit)
    if item.type is ItemType.YESNO and item.expect is not None:
        return f"要求 {L.YES if item.expect else L.NO}"
    if item.type is ItemType.CHOICE and item.accept:
        return f"可接受 Accepted: {', '.join(choice_text(item, c) for c in item.accept)}"
    return ""
