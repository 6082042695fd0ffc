"""Answers that pass a template, item by item in order (for demo stations and tests)."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from app.checklists.evaluate import applies, item_limits
from app.checklists.schema import Item, ItemType, TemplateBody

PHOTO = "photo"  # placeholder the caller replaces with stored photo ids


def _number(item: Item, limits: tuple[Any, Any], rng: random.Random) -> float:
    low, high = limits
    if low is not None and high is not None:
        value = low + (high - low) * rng.uniform(0.25, 0.75)
    elif high is not None:
        value = high * rng.uniform(0.5, 0.9) if high > 0 else high
    elif low is not None:
        value = low * rng.uniform(1.1, 1.5) if low > 0 else low + rng.uniform(1, 5)
    else:
        value = rng.uniform(1, 10)
    return float(round(value, 1))


def _answer(item: Item, limits: tuple[Any, Any], rng: random.Random) -> Any:
    if item.example is not None:  # a typical good value, given where limits cannot tell
        return item.example
    match item.type:
        case ItemType.NUMBER:
            value = _number(item, limits, rng)
            return float(max(round(value), limits[0] or 0)) if item.integer else value
        case ItemType.YESNO:
            return item.expect if item.expect is not None else rng.random() < 0.2
        case ItemType.CHOICE:
            return rng.choice(item.accept or item.choices)
        case ItemType.TEXT:
            return "OK"
        case ItemType.PHOTO:
            return [PHOTO] * item.photos
    return None


def passing_answers(body: TemplateBody, facts: Mapping[str, Any], rng: random.Random,
                    given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """An answer for every applicable required item (and most optional ones) that passes,
    keeping the answers `given` (what a demo job's story fixes: a repair's diagnosis, an
    installation's pipe length).

    Items are answered in template order, so limits that depend on earlier answers (a torque
    range by pipe size, a charge by pipe length) are resolved before the value is chosen.
    """
    answers: dict[str, Any] = dict(given or {})
    skipped: set[str] = set()
    for _ in range(3):  # an item may apply only once a later item is answered: go round again
        for item in body.items():
            if item.id in answers or item.id in skipped or item.type is ItemType.COMPUTED:
                continue
            if (item.fact and facts.get(item.fact) is not None) or not applies(
                    body, item.id, answers, facts):
                continue
            if not item.required and rng.random() < 0.3:
                skipped.add(item.id)
                continue
            limits = item_limits(body, item.id, answers, facts)
            answers[item.id] = _answer(item, limits, rng)
    return answers
