"""A checklist's result from its answers: pass, fail (with the failing items) or incomplete.

Plain functions of a template, the answers and the job's facts; nothing here touches a database.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.checklists.expressions import Expression, Unknown
from app.checklists.schema import Item, ItemType, TemplateBody

Answers = Mapping[str, Any]


class Result(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INCOMPLETE = "incomplete"


class Breach(StrEnum):
    BELOW = "below"  # value < min
    ABOVE = "above"  # value > max
    NOT_EXPECTED = "not_expected"  # a yes/no answered the wrong way
    NOT_ACCEPTED = "not_accepted"  # a choice outside the accepted ones


@dataclass(frozen=True)
class Finding:
    item_id: str
    breach: Breach
    value: Any
    limit: Any
    unit: str = ""


@dataclass(frozen=True)
class Outcome:
    result: Result
    findings: tuple[Finding, ...] = ()
    missing: tuple[str, ...] = ()  # required items without an answer, in template order
    applicable: frozenset[str] = frozenset()
    computed: Mapping[str, Any] = field(default_factory=dict)
    limits: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)  # resolved min, max

    def finding(self, item_id: str) -> Finding | None:
        return next((f for f in self.findings if f.item_id == item_id), None)


def _value(expr: str | float | None, values: Mapping[str, Any]) -> Any:
    """The expression's value; None when it cannot be known (a name unanswered, a division by
    zero, a number too large for a float) or is no finite number where one was computed."""
    if expr is None:
        return None
    if isinstance(expr, int | float):
        return _sane(expr)
    try:
        return _sane(Expression.parse(expr).evaluate(values))
    except (Unknown, ZeroDivisionError, TypeError, OverflowError, ValueError):
        return None


def _sane(value: Any) -> Any:
    """`value`, or None for NaN and infinity: NaN passes every comparison (a NaN answer met
    every limit) and neither is a measurement. Answers are refused when typed; this keeps a
    stored or computed one from passing a checklist."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _answered(item: Item, value: Any) -> bool:
    if item.type is ItemType.PHOTO:
        return isinstance(value, list | tuple) and len(value) >= item.photos
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None


def _values(body: TemplateBody, answers: Answers, facts: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {**body.tables, **facts}
    for item in body.items():
        given = _sane(answers.get(item.id))
        if given is None and item.fact:
            given = facts.get(item.fact)
        values[item.id] = given
    for _ in range(len(body.items())):  # computed items may use each other; settle them
        changed = False
        for item in body.items():
            if item.type is ItemType.COMPUTED:
                new = _value(item.formula, values)
                changed |= new != values[item.id]
                values[item.id] = new
        if not changed:
            break
    return values


def _check(item: Item, value: Any, values: Mapping[str, Any],
           limits: dict[str, tuple[Any, Any]]) -> Finding | None:
    if item.type in (ItemType.NUMBER, ItemType.COMPUTED):
        low, high = _value(item.min, values), _value(item.max, values)
        limits[item.id] = (low, high)
        if not isinstance(value, int | float):  # a computed text: no limit applies
            return None
        if _number(low) and value < low:
            return Finding(item.id, Breach.BELOW, value, low, item.unit)
        if _number(high) and value > high:
            return Finding(item.id, Breach.ABOVE, value, high, item.unit)
    if item.type is ItemType.YESNO and item.expect is not None and bool(value) != item.expect:
        return Finding(item.id, Breach.NOT_EXPECTED, bool(value), item.expect)
    if item.type is ItemType.CHOICE and item.accept and value not in item.accept:
        return Finding(item.id, Breach.NOT_ACCEPTED, value, item.accept)
    return None


def _limits(item: Item, values: Mapping[str, Any]) -> tuple[Any, Any]:
    return _value(item.min, values), _value(item.max, values)


def resolve_limits(body: TemplateBody, answers: Answers, facts: Mapping[str, Any] | None = None
                   ) -> dict[str, tuple[Any, Any]]:
    """Each number or computed item's (min, max) as far as the answers so far decide them
    (None where unknown): the hints an entry form shows before a value is typed."""
    values = _values(body, answers, facts or {})
    return {item.id: _limits(item, values)
            for item in body.items() if item.type in (ItemType.NUMBER, ItemType.COMPUTED)}


def item_limits(body: TemplateBody, item_id: str, answers: Answers,
                facts: Mapping[str, Any] | None = None) -> tuple[Any, Any]:
    """`resolve_limits(...)[item_id]` without resolving every other item's ((None, None) for
    an item that has no limits)."""
    item = body.item(item_id)
    if item.type not in (ItemType.NUMBER, ItemType.COMPUTED):
        return None, None
    return _limits(item, _values(body, answers, facts or {}))


def applies(body: TemplateBody, item_id: str, answers: Answers,
            facts: Mapping[str, Any] | None = None) -> bool:
    """Whether an item's condition holds for the answers so far."""
    when = body.item(item_id).when
    return when is None or bool(_value(when, _values(body, answers, facts or {})))


def evaluate(body: TemplateBody, answers: Answers, facts: Mapping[str, Any] | None = None
             ) -> Outcome:
    """The checklist's result. A failed check makes it FAIL even while items are missing."""
    values = _values(body, answers, facts or {})
    findings, missing, applicable = [], [], set()
    limits: dict[str, tuple[Any, Any]] = {}
    for item in body.items():
        if item.when is not None and not _value(item.when, values):
            continue
        applicable.add(item.id)
        value = values[item.id]
        if not _answered(item, value):
            if item.required:
                missing.append(item.id)
            continue
        if (finding := _check(item, value, values, limits)) is not None:
            findings.append(finding)
    result = Result.FAIL if findings else Result.INCOMPLETE if missing else Result.PASS
    computed = {i.id: values[i.id] for i in body.items() if i.type is ItemType.COMPUTED}
    return Outcome(result, tuple(findings), tuple(missing), frozenset(applicable), computed,
                   limits)


SYMBOLS = {Breach.BELOW: "<", Breach.ABOVE: ">"}


def number_text(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float | int) and not isinstance(value, bool) \
        else str(value)


def describe(finding: Finding, label: str, yes: str = "yes", no: str = "no") -> str:
    """`vacuum 900 µm > 500 µm`: the value, the broken limit and its unit (`yes`/`no` are the
    caller's words for a yes/no answer)."""
    unit = f" {finding.unit}" if finding.unit else ""
    if finding.breach in SYMBOLS:
        return (f"{label} {number_text(finding.value)}{unit} {SYMBOLS[finding.breach]} "
                f"{number_text(finding.limit)}{unit}")
    if finding.breach is Breach.NOT_ACCEPTED:
        return f"{label}: {finding.value} ∉ {{{', '.join(finding.limit)}}}"
    return f"{label}: {yes if finding.value else no} ≠ {yes if finding.limit else no}"
