"""Every rule kind of the template language on the sample template: limits, lookups, formulas,
conditions, yes/no and choice expectations, photo counts, and the overall result."""

from __future__ import annotations

from typing import Any

import pytest

from app.checklists.evaluate import Breach, Result, describe, evaluate
from tests.checklists.support import GOOD, sample

PHOTOS = {"photos_outdoor": ["a", "b"]}


def outcome(**changes: Any) -> Any:
    answers = {**GOOD, **PHOTOS, **changes}
    return evaluate(sample(), {k: v for k, v in answers.items() if v is not None})


def test_good_answers_pass() -> None:
    result = outcome()
    assert result.result is Result.PASS
    assert result.findings == () and result.missing == ()


def test_a_static_maximum_is_checked_and_described_with_its_unit() -> None:
    result = outcome(vacuum=900)
    assert result.result is Result.FAIL
    (finding,) = result.findings
    assert (finding.item_id, finding.breach, finding.limit) == ("vacuum", Breach.ABOVE, 500)
    assert describe(finding, "vacuum") == "vacuum 900 µm > 500 µm"


@pytest.mark.parametrize(("od", "torque", "breach", "limit"), [
    ("6.35", 13, Breach.BELOW, 14), ("6.35", 19, Breach.ABOVE, 18),
    ("9.52", 30, Breach.BELOW, 34), ("9.52", 43, Breach.ABOVE, 42),
])
def test_limits_looked_up_by_pipe_size(od: str, torque: float, breach: Breach,
                                       limit: float) -> None:
    charge = {"6.35": 36, "9.52": 72}[od]
    finding = outcome(liquid_od=od, torque_liquid=torque, charge_added=charge).finding(
        "torque_liquid")
    assert finding is not None and (finding.breach, finding.limit) == (breach, limit)


def test_the_same_torque_passes_for_the_pipe_size_it_fits() -> None:
    assert outcome(liquid_od="9.52", torque_liquid=38, charge_added=72).result is Result.PASS


@pytest.mark.parametrize(("refrigerant", "od", "expected"), [
    ("R32", "6.35", 36), ("R32", "9.52", 72), ("R410A", "6.35", 45), ("R410A", "9.52", 90),
])
def test_extra_charge_is_computed_from_the_refrigerant_and_pipe_tables(
    refrigerant: str, od: str, expected: float
) -> None:
    torque = {"6.35": 16, "9.52": 38}[od]
    result = outcome(refrigerant=refrigerant, liquid_od=od, charge_added=expected,
                     torque_liquid=torque)
    assert result.computed["extra_charge"] == expected
    assert result.result is Result.PASS


def test_limits_may_be_expressions_of_a_computed_value() -> None:
    result = outcome(charge_added=50)  # 36 g required, +-10 g
    finding = result.finding("charge_added")
    assert finding is not None and (finding.breach, finding.limit) == (Breach.ABOVE, 46)
    assert result.limits["charge_added"] == (26, 46)


def test_conditions_make_items_apply_only_when_they_hold() -> None:
    short = outcome(pipe_length=4, charge_added=None)  # shorter than the pre-charged 5 m
    assert "charge_added" not in short.applicable
    assert short.result is Result.PASS
    assert short.computed["extra_charge"] == 0
    ground = outcome(work_at_height=False, harness=None)
    assert "harness" not in ground.applicable and ground.result is Result.PASS
    high = outcome(harness=None)
    assert high.result is Result.INCOMPLETE and high.missing == ("harness",)


def test_a_yes_no_item_answered_the_wrong_way_fails() -> None:
    finding = outcome(harness=False).finding("harness")
    assert finding is not None and finding.breach is Breach.NOT_EXPECTED
    assert describe(finding, "harness", "是", "否") == "harness: 否 ≠ 是"


def test_a_choice_outside_the_accepted_ones_fails() -> None:
    finding = outcome(refrigerant="R22").finding("refrigerant")
    assert finding is not None and finding.breach is Breach.NOT_ACCEPTED


def test_photo_items_need_their_count() -> None:
    result = outcome(photos_outdoor=["a"])
    assert result.result is Result.INCOMPLETE and result.missing == ("photos_outdoor",)


def test_missing_required_items_make_it_incomplete_in_template_order() -> None:
    result = outcome(serials=None, vacuum=None, photos_outdoor=None)
    assert result.result is Result.INCOMPLETE
    assert result.missing == ("serials", "vacuum", "photos_outdoor")


def test_a_failure_outweighs_missing_items() -> None:
    result = outcome(serials=None, vacuum=700)
    assert result.result is Result.FAIL and result.missing == ("serials",)


def test_facts_prefill_items_that_name_them() -> None:
    answers = {**GOOD, **PHOTOS, "charge_added": 30}
    del answers["refrigerant"]
    assert evaluate(sample(), answers, {"refrigerant": "R32"}).result is Result.PASS
    result = evaluate(sample(), answers, {"refrigerant": "R410A"})
    assert result.computed["extra_charge"] == 45
    assert result.finding("charge_added") is not None  # 30 g is right for R32, not R410A


def test_limits_resolve_before_the_value_is_typed() -> None:
    from app.checklists.evaluate import applies, resolve_limits

    answers = {"liquid_od": "9.52", "pipe_length": 10, "precharged_length": 5}
    limits = resolve_limits(sample(), answers, {"refrigerant": "R410A"})
    assert limits["torque_liquid"] == (34, 42)
    assert limits["charge_added"] == (140, 160)
    assert limits["vacuum"] == (None, 500)
    assert resolve_limits(sample(), {})["torque_liquid"] == (None, None)
    assert applies(sample(), "charge_added", answers)
    assert not applies(sample(), "charge_added", {**answers, "pipe_length": 4})


def test_one_items_limits_are_those_resolved_for_all() -> None:
    from app.checklists.evaluate import item_limits, resolve_limits

    answers = {"liquid_od": "9.52", "pipe_length": 10, "precharged_length": 5}
    facts = {"refrigerant": "R410A"}
    every = resolve_limits(sample(), answers, facts)
    for item in sample().items():
        assert item_limits(sample(), item.id, answers, facts) == every.get(item.id, (None, None))
    assert item_limits(sample(), "torque_liquid", answers, facts) == (34, 42)


@pytest.mark.parametrize("seed", range(20))
def test_autofilled_answers_pass(seed: int) -> None:
    import random

    from app.checklists.autofill import passing_answers

    for facts in ({"refrigerant": "R32"}, {"refrigerant": "R410A"}, {}):
        answers = passing_answers(sample(), facts, random.Random(seed))
        result = evaluate(sample(), answers, facts)
        assert result.result is Result.PASS, (answers, result.findings, result.missing)
