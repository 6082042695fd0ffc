"""Checklist numbers and templates as an attacker (or a slip of the keyboard) makes them: NaN and
infinity are no answers, and a template too deep, too long or too costly is refused when it is
loaded or published, with a sentence, never a RecursionError or MemoryError later."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from app.checklists.evaluate import Result, evaluate
from app.checklists.expressions import Expression, ExpressionError
from app.checklists.loader import TemplateError, load_template
from app.db import Database
from app.errors import ValidationError
from app.services.actor import Actor
from app.services.checklist_answers import coerce_all
from app.services.checklist_templates import publish_template
from app.services.checklists import save_answers
from app.services.customer_queries import get_customer
from app.services.customers import EquipmentInput, add_equipment
from app.services.jobs import JobInput, update_job
from tests.checklists.support import GOOD, sample, sample_data
from tests.checklists.test_loader import with_item
from tests.core.conftest import MakeJob

NOT_NUMBERS = ["nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1e999", math.nan, math.inf]


@pytest.mark.parametrize("raw", NOT_NUMBERS, ids=str)
def test_nan_and_infinity_are_refused_as_answers(raw: object) -> None:
    with pytest.raises(ValidationError, match=r"^Vacuum: .* is not a number\.$"):
        coerce_all(sample(), {"vacuum": raw})


def test_a_nan_that_reaches_the_answers_never_passes_a_limit() -> None:
    """Stored or synced answers are not typed in: evaluate itself treats NaN as unanswered."""
    body, good = sample(), GOOD | {"photos_outdoor": ["p1", "p2"]}
    assert evaluate(body, good).result is Result.PASS
    for bad in (math.nan, math.inf, -math.inf):
        outcome = evaluate(body, good | {"vacuum": bad})
        assert outcome.result is Result.INCOMPLETE and "vacuum" in outcome.missing


def test_a_nan_installation_answer_does_not_start_the_warranty(
        db: Database, supervisor: Actor, dispatcher: Actor, make_job: MakeJob) -> None:
    publish_template(db, supervisor, sample_data())
    job = make_job("install")
    unit, _ = add_equipment(db, dispatcher, job.site_id, EquipmentInput("格力", "KFR-35GW"))
    update_job(db, dispatcher, job.id, JobInput("install", symptom="安装", equipment_id=unit))
    answers = {k: v for k, v in GOOD.items() if k != "refrigerant"}
    with pytest.raises(ValidationError, match="is not a number"):
        save_answers(db, dispatcher, job.id, answers | {"vacuum": "nan"})
    assert get_customer(db, job.customer_id).sites[0].equipment[0].warranty_end is None


COSTLY = {
    "a huge power": "9**9**9",
    "deep nesting": "abs(" * 60 + "1" + ")" * 60,
    "a deep chain": "-" * 300 + "1",
    "very long text": "pipe_length + " * 100 + "1",
    "too many parts": "max(" + ",".join(["a"] * 120) + ")",
    "a huge number": "pipe_length * 1" + "0" * 400,
    "infinity": "pipe_length * 1e999",
    "an ellipsis": "...",
}


@pytest.mark.parametrize("source", list(COSTLY.values()), ids=list(COSTLY))
def test_a_costly_expression_is_refused_when_parsed(source: str) -> None:
    with pytest.raises(ExpressionError):
        Expression.parse(source)


@pytest.mark.parametrize("source", list(COSTLY.values()), ids=list(COSTLY))
def test_a_costly_expression_is_refused_when_published_with_a_sentence(
        db: Database, supervisor: Actor, source: str) -> None:
    data = with_item("vacuum", max=source)
    where = r"^template sample-install: (section vacuum, )?item vacuum, max: "
    with pytest.raises(ValidationError, match=where):
        publish_template(db, supervisor, data)


@pytest.mark.parametrize("limit", [math.nan, math.inf, -math.inf, True, "'high'", "vacuum > 3",
                                   "not vacuum", "pipe_length > 3 and True"], ids=str)
def test_a_limit_that_is_not_a_number_is_refused_at_publishing(
        db: Database, supervisor: Actor, limit: object) -> None:
    with pytest.raises(ValidationError, match="a limit must be a number or an expression"):
        publish_template(db, supervisor, with_item("pipe_length", min=limit))


def test_too_many_items_or_values_are_refused(db: Database, supervisor: Actor) -> None:
    data = sample_data()
    item = data["sections"][0]["items"][1]
    data["sections"][0]["items"] = [item | {"id": f"text_{n}"} for n in range(600)]
    with pytest.raises(ValidationError, match="at most 500"):
        publish_template(db, supervisor, data)
    data = sample_data(tables={"big": {str(n): n for n in range(200_000)}})
    with pytest.raises(ValidationError, match="too large for a checklist"):
        publish_template(db, supervisor, data)
    with pytest.raises(ValidationError, match="too large for a checklist"):
        publish_template(db, supervisor, sample_data(sources={"S1": "字" * 3_000_000}))


def test_deeply_nested_data_is_refused_without_recursion(db: Database,
                                                          supervisor: Actor) -> None:
    deep: Any = 1
    for _ in range(100_000):  # far beyond Python's recursion limit
        deep = [deep]
    with pytest.raises(ValidationError, match="nested more than 16 levels deep"):
        publish_template(db, supervisor, sample_data(tables={"t": {"k": deep}}))


def test_a_billion_laughs_file_is_refused_when_loaded(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines + ["code: laughs"]), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^laughs\.yaml: too large for a checklist"):
        load_template(path)


def test_a_file_nested_beyond_the_parser_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^deep\.json: nested"):
        load_template(path)

