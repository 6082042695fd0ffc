"""The checklist templates shipped in app/resources/checklists: they load, and their rules hold."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest

from app.checklists.evaluate import Breach, Result, describe, evaluate
from app.checklists.expressions import Expression, Unknown
from app.checklists.loader import bundled_templates
from app.checklists.schema import Basis, Item, ItemType, TemplateBody

TEMPLATES = {body.code: body for body in bundled_templates()}
INSTALL = TEMPLATES["split-install"]
MAINTENANCE = TEMPLATES["maintenance-cleaning"]
REPAIR = TEMPLATES["repair-diagnosis"]

# Inputs whose good values depend on each other (the helper cannot guess them from limits).
INSTALL_BASICS = {
    "rated_voltage": 220, "max_current": 10, "unit_weight": 40, "bracket_rating": 160,
    "max_pipe_length": 15, "pipe_length": 7, "precharged_length": 5,
    "max_height_difference": 10, "height_difference": 2, "design_pressure": 4.15,
    "return_air": 27, "supply_air": 17,
}
SERVICE_BASICS = {"max_current": 10, "return_air": 27, "supply_air": 17}

_NOT_YET = object()


def _bound(bound: float | str | None, values: Mapping[str, Any]) -> Any:
    if bound is None or isinstance(bound, int | float):
        return bound
    try:
        return Expression.parse(bound).evaluate(values)
    except Unknown:
        return _NOT_YET


def _passing(item: Item, values: Mapping[str, Any]) -> Any:
    """A value that meets the item's rule, or _NOT_YET while its limits are unknown."""
    if item.type is ItemType.YESNO:
        return True if item.expect is None else item.expect
    if item.type is ItemType.CHOICE:
        return (item.accept or item.choices)[0]
    if item.type is ItemType.TEXT:
        return "ok"
    if item.type is ItemType.PHOTO:
        return [f"{item.id}_{n}.jpg" for n in range(item.photos)]
    assert item.type is ItemType.NUMBER, f"{item.id}: computed items are never missing"
    low, high = _bound(item.min, values), _bound(item.max, values)
    if _NOT_YET in (low, high):
        return _NOT_YET
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high if high is not None else 1.0


def good_answers(body: TemplateBody, facts: Mapping[str, Any],
                 given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """`given` plus a passing answer for every required item that applies."""
    answers = dict(given or {})
    for _ in range(10):  # limits and conditions depend on earlier answers: settle them
        outcome = evaluate(body, answers, facts)
        if not outcome.missing:
            return answers
        prefilled = {i.id: facts[i.fact] for i in body.items() if i.fact in facts}
        values = {**body.tables, **facts, **prefilled, **answers, **outcome.computed}
        for item_id in outcome.missing:
            if (value := _passing(body.item(item_id), values)) is not _NOT_YET:
                answers[item_id] = value
    raise AssertionError(f"cannot answer {evaluate(body, answers, facts).missing}")


# ------------------------------------------------------------------------------ loading


def test_every_bundled_template_loads_with_its_job_type() -> None:
    assert {code: body.job_type for code, body in TEMPLATES.items()} == {
        "split-install": "install", "maintenance-cleaning": "maintenance",
        "repair-diagnosis": "repair",
    }
    assert len(bundled_templates()) == len(TEMPLATES)


@pytest.mark.parametrize("body", TEMPLATES.values(), ids=TEMPLATES.keys())
def test_sources_are_listed_and_defaults_are_marked_to_confirm(body: TemplateBody) -> None:
    for item in body.items():
        assert not item.source or item.source in body.sources, item.id
        if item.status is not Basis.SOURCED and item.has_rule:
            assert item.to_confirm, item.id
    assert any(item.to_confirm for item in body.items())


UNLABELLED_CODE = re.compile(r"^[0-9.]+$|^R[0-9A-Z]+$")  # pipe sizes, refrigerants: as written


@pytest.mark.parametrize("body", TEMPLATES.values(), ids=TEMPLATES.keys())
def test_every_choice_has_a_label_in_both_languages(body: TemplateBody) -> None:
    for item in body.items():
        if item.type is ItemType.CHOICE:
            codes = {c for c in item.choices if not UNLABELLED_CODE.match(c)}
            assert codes <= set(item.choice_labels), (item.id, codes - set(item.choice_labels))
            for code, text in item.choice_labels.items():
                assert text.en != code and text.zh != code, (item.id, code)


@pytest.mark.parametrize("body", TEMPLATES.values(), ids=TEMPLATES.keys())
def test_counts_are_whole_numbers(body: TemplateBody) -> None:
    for item in body.items():
        if item.unit == "pcs":
            assert item.integer, item.id
        if item.integer and item.example is not None:
            assert float(item.example).is_integer(), item.id


@pytest.mark.parametrize("body", TEMPLATES.values(), ids=TEMPLATES.keys())
def test_examples_fit_their_items(body: TemplateBody) -> None:
    """An example is a good answer of the item's type within its fixed limits (limits that
    depend on other answers are checked by the autofill test below)."""
    for item in body.items():
        example = item.example
        if example is None:  # a number needs one unless its limits pin a typical value
            pinned = (item.min is not None and item.max is not None) or any(
                isinstance(bound, str) for bound in (item.min, item.max))
            assert item.type is not ItemType.NUMBER or pinned, f"{item.id}: no example"
            continue
        match item.type:
            case ItemType.NUMBER:
                assert isinstance(example, float) and not isinstance(example, bool), item.id
                assert not isinstance(item.min, float) or example >= item.min, item.id
                assert not isinstance(item.max, float) or example <= item.max, item.id
            case ItemType.CHOICE:
                assert example in (item.accept or item.choices), item.id
            case ItemType.YESNO:
                assert isinstance(example, bool), item.id
                assert item.expect is None or example == item.expect, item.id
            case ItemType.TEXT:
                assert isinstance(example, str) and example.strip(), item.id
            case _:
                raise AssertionError(f"{item.id}: a {item.type} item takes no example")


def test_serials_are_prefilled_and_choices_show_their_labels() -> None:
    assert INSTALL.item("indoor_serial").fact == "indoor_serial"
    assert INSTALL.item("outdoor_serial").fact == "outdoor_serial"
    assert INSTALL.item("wall_type_indoor").choice_text("hollow_block", "zh_CN") == "空心砌块"
    assert REPAIR.item("warranty_decision").choice_text("not_covered", "en") == "Not covered"
    assert INSTALL.item("liquid_od").choice_text("6.35", "zh_CN") == "6.35"


def test_install_has_a_section_for_each_domain_area() -> None:
    assert [s.id for s in INSTALL.sections] == [
        "record", "safety", "indoor", "wall_hole", "outdoor", "piping", "flare",
        "pressure_vacuum", "drainage", "electrical", "test_run", "handover",
    ]


# ------------------------------------------------------------------------------ install rules


@pytest.mark.parametrize("liquid_od", ["9.52", 9.52])
def test_flare_torque_limits_come_from_the_table(liquid_od: str | float) -> None:
    low = evaluate(INSTALL, {"liquid_od": liquid_od, "torque_indoor_liquid": 30})
    assert low.finding("torque_indoor_liquid").breach is Breach.BELOW
    assert low.finding("torque_indoor_liquid").limit == 34
    ok = evaluate(INSTALL, {"liquid_od": liquid_od, "torque_indoor_liquid": 38,
                            "torque_outdoor_liquid": 42})
    assert ok.findings == ()
    assert ok.limits["torque_indoor_liquid"] == (34, 42)


def test_gas_joints_use_the_gas_pipe_diameter() -> None:
    outcome = evaluate(INSTALL, {"liquid_od": "6.35", "gas_od": "15.88",
                                 "torque_indoor_gas": 75, "torque_outdoor_gas": 90})
    assert outcome.limits["torque_indoor_gas"] == (68, 82)
    assert [(f.item_id, f.breach, f.limit) for f in outcome.findings] == [
        ("torque_outdoor_gas", Breach.ABOVE, 82)]


@pytest.mark.parametrize(("refrigerant", "liquid_od", "grams_per_metre"), [
    ("R32", "6.35", 12), ("R32", "9.52", 24), ("R32", "12.7", 40),
    ("R410A", "6.35", 15), ("R410A", "9.52", 30), ("R410A", "12.7", 65),
])
def test_extra_charge_by_refrigerant_and_liquid_pipe(
    refrigerant: str, liquid_od: str, grams_per_metre: int
) -> None:
    answers = {"liquid_od": liquid_od, "pipe_length": 12, "precharged_length": 5}
    outcome = evaluate(INSTALL, answers, {"refrigerant": refrigerant})
    assert outcome.computed["extra_charge"] == pytest.approx(7 * grams_per_metre)
    assert {"extra_charge", "charge_added"} <= outcome.applicable
    assert "charge_added" in outcome.missing
    short = evaluate(INSTALL, {**answers, "pipe_length": 4}, {"refrigerant": refrigerant})
    assert short.computed["extra_charge"] == 0
    assert not {"extra_charge", "charge_added"} & short.applicable


def test_charge_added_must_be_within_10_g_of_the_computed_charge() -> None:
    answers = {"refrigerant": "R32", "liquid_od": "6.35", "pipe_length": 15,
               "precharged_length": 5}  # 10 m x 12 g/m = 120 g
    assert evaluate(INSTALL, {**answers, "charge_added": 125}).findings == ()
    low = evaluate(INSTALL, {**answers, "charge_added": 100}).finding("charge_added")
    assert (low.breach, low.limit) == (Breach.BELOW, 110)


def test_harness_items_apply_only_when_working_at_height() -> None:
    height_items = {"harness", "anchor_photo", "height_certificate", "falling_objects_secured"}
    ground = evaluate(INSTALL, {"work_at_height": False})
    assert not height_items & ground.applicable
    assert not height_items & set(ground.missing)
    high = evaluate(INSTALL, {"work_at_height": True})
    assert height_items <= high.applicable
    assert height_items <= set(high.missing)
    assert evaluate(INSTALL, {"work_at_height": True, "harness": False}).finding(
        "harness").breach is Breach.NOT_EXPECTED


def test_bracket_load_ratio_defaults_to_three_times_the_unit_weight() -> None:
    weak = evaluate(INSTALL, {"unit_weight": 40, "bracket_rating": 100})
    assert weak.computed["bracket_load_ratio"] == 2.5
    assert weak.finding("bracket_load_ratio").limit == 3
    assert evaluate(INSTALL, {"unit_weight": 40, "bracket_rating": 120}).findings == ()


def test_oil_bends_one_per_six_metres_of_rise_above_ten_metres() -> None:
    answers = {"outdoor_above": True, "oil_bends": 1}
    assert "oil_bends" not in evaluate(INSTALL, {**answers, "height_difference": 9}).applicable
    assert evaluate(INSTALL, {**answers, "height_difference": 11}).findings == ()
    assert evaluate(INSTALL, {**answers, "height_difference": 12}).finding(
        "oil_bends").limit == 2


def test_delta_t_is_computed_from_return_and_supply_air() -> None:
    good = evaluate(INSTALL, {"run_mode": "cooling", "return_air": 27, "supply_air": 17})
    assert good.computed["delta_t"] == 10
    assert good.findings == ()
    weak = evaluate(INSTALL, {"run_mode": "cooling", "return_air": 27, "supply_air": 22})
    assert weak.finding("delta_t").breach is Breach.BELOW


GOOD_INSTALL_VARIANTS = {
    "wall unit, micron gauge, cooling": {},
    "floor unit, compound gauge, heating": {
        "indoor_type": "floor_standing", "bracket_type": "floor_stand",
        "vacuum_gauge": "compound_gauge", "run_mode": "heating", "return_air": 20,
        "supply_air": 40, "work_at_height": False, "brazing": False,
    },
}


@pytest.mark.parametrize("refrigerant", ["R32", "R410A"])
@pytest.mark.parametrize("variant", GOOD_INSTALL_VARIANTS.values(),
                         ids=GOOD_INSTALL_VARIANTS.keys())
def test_a_good_installation_passes(refrigerant: str, variant: dict[str, Any]) -> None:
    facts = {"refrigerant": refrigerant, "model": "KFR-35GW"}
    answers = good_answers(INSTALL, facts, {**INSTALL_BASICS, **variant})
    outcome = evaluate(INSTALL, answers, facts)
    assert outcome.result is Result.PASS, [describe(f, f.item_id) for f in outcome.findings]
    assert "charge_added" in answers  # 7 m of pipe, 5 m pre-charged


def test_one_bad_vacuum_fails_the_installation() -> None:
    facts = {"refrigerant": "R32"}
    answers = {**good_answers(INSTALL, facts, INSTALL_BASICS), "vacuum": 900}
    outcome = evaluate(INSTALL, answers, facts)
    assert outcome.result is Result.FAIL
    assert [f.item_id for f in outcome.findings] == ["vacuum"]
    label = INSTALL.item("vacuum").label.en
    assert describe(outcome.findings[0], label) == "Final vacuum 900 µm > 500 µm"


def test_a_missing_required_answer_leaves_the_installation_incomplete() -> None:
    facts = {"refrigerant": "R32"}
    answers = good_answers(INSTALL, facts, INSTALL_BASICS)
    del answers["final_photos"]
    outcome = evaluate(INSTALL, answers, facts)
    assert (outcome.result, outcome.missing) == (Result.INCOMPLETE, ("final_photos",))


# ------------------------------------------------------------------------------ service visits


@pytest.mark.parametrize(("body", "required_id"), [
    (MAINTENANCE, "filters_cleaned"), (MAINTENANCE, "photos_after"),
    (REPAIR, "symptom"), (REPAIR, "warranty_decision"),
])
def test_service_templates_pass_when_good_and_wait_for_required_items(
    body: TemplateBody, required_id: str
) -> None:
    facts = {"refrigerant": "R410A", "model": "KFR-26GW"}
    answers = good_answers(body, facts, SERVICE_BASICS)
    assert evaluate(body, answers, facts).result is Result.PASS
    del answers[required_id]
    outcome = evaluate(body, answers, facts)
    assert (outcome.result, outcome.missing) == (Result.INCOMPLETE, (required_id,))


def test_maintenance_checks_insulation_and_delta_t() -> None:
    facts = {"refrigerant": "R32"}
    answers = good_answers(MAINTENANCE, facts, SERVICE_BASICS)
    bad = evaluate(MAINTENANCE, {**answers, "insulation_resistance": 1.5, "supply_air": 21},
                   facts)
    assert bad.result is Result.FAIL
    assert [(f.item_id, f.breach) for f in bad.findings] == [
        ("insulation_resistance", Breach.BELOW), ("delta_t", Breach.BELOW)]


def test_repair_checks_follow_the_fault_and_the_warranty_decision() -> None:
    facts = {"refrigerant": "R32"}
    leak = evaluate(REPAIR, {"fault_found": "refrigerant_leak", "circuit_opened": True,
                             "warranty_decision": "not_covered"}, facts)
    assert {"test_pressure", "vacuum", "charged_by_weight",
            "not_covered_reason"} <= set(leak.missing)
    assert not {"insulation_resistance", "drain_test"} & leak.applicable
    drain = evaluate(REPAIR, {"fault_found": "drainage", "circuit_opened": False,
                              "warranty_decision": "repair"}, facts)
    assert "drain_test" in drain.missing
    assert not {"vacuum", "not_covered_reason"} & drain.applicable


@pytest.mark.parametrize("refrigerant", ["R32", "R410A", "R22", None])
def test_autofilled_answers_pass_every_bundled_template(refrigerant: str | None) -> None:
    import random

    from app.checklists.autofill import passing_answers
    from app.checklists.loader import bundled_templates

    facts = {"refrigerant": refrigerant} if refrigerant else {}
    for body in bundled_templates():
        for seed in range(10):
            answers = passing_answers(body, facts, random.Random(seed))
            outcome = evaluate(body, answers, facts)
            assert outcome.result is Result.PASS, (body.code, outcome.findings, outcome.missing)
