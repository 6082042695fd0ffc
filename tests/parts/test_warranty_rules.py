"""Every rule of the warranty policy, at the edges of its periods: a line is covered or payable
for the right reason."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services.warranty_policy import parse_policy
from app.services.warranty_rules import JobFacts, PolicyBody, Remedy, Rule, decide

POLICY = PolicyBody()
START = dt.date(2026, 6, 1)


def facts(reported: dt.date, job_type: str = "repair", void: str = "", unit: bool = True,
          purchase: dt.date | None = None, commissioning: dt.date | None = START,
          end: dt.date | None = None) -> JobFacts:
    return JobFacts(job_type, reported, void, unit, purchase, commissioning, end)


def rule(reported: dt.date, kind: str = "part", months: int | None = None,
         policy: PolicyBody = POLICY, **more: object) -> tuple[bool, Rule]:
    decision = decide(policy, facts(reported, **more), kind, months)  # type: ignore[arg-type]
    return decision.covered, decision.rule


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


@pytest.mark.parametrize(("days", "expected"), [
    (0, Rule.REFUND_DAYS), (7, Rule.REFUND_DAYS),
    (8, Rule.REPLACEMENT_DAYS), (15, Rule.REPLACEMENT_DAYS),
    (16, Rule.UNIT_WARRANTY),
])
def test_the_three_guarantees_count_whole_days_from_commissioning(days: int,
                                                                  expected: Rule) -> None:
    assert rule(day(days)) == (True, expected)


def test_the_remedies_and_the_sentence_name_the_period() -> None:
    refund = decide(POLICY, facts(day(7)), "part", None)
    assert refund.remedy is Remedy.REFUND_OR_REPLACEMENT
    assert str(refund.text) == ("Reported 7 days after commissioning (2026-06-01), within 7: "
                                "refund or replacement at the customer's choice.")
    assert decide(POLICY, facts(day(8)), "part", None).remedy is Remedy.REPLACEMENT_OR_REPAIR
    assert decide(POLICY, facts(day(16)), "labour", None).remedy is Remedy.FREE_REPAIR


def test_the_unit_warranty_ends_on_its_last_day() -> None:
    last = dt.date(2032, 6, 1)  # 72 months after commissioning
    assert rule(last, "labour") == (True, Rule.UNIT_WARRANTY)
    assert rule(last + dt.timedelta(days=1), "labour") == (False, Rule.UNIT_EXPIRED)
    assert rule(last + dt.timedelta(days=1), "part") == (False, Rule.UNIT_EXPIRED)
    # a warranty end set on the unit wins over the counted one
    assert rule(dt.date(2027, 6, 2), "labour", end=dt.date(2027, 6, 1)) == \
        (False, Rule.UNIT_EXPIRED)


def test_a_part_with_its_own_months_outlasts_the_unit_and_labour_does_not() -> None:
    later = dt.date(2034, 6, 1)
    assert rule(later, "part", 120) == (True, Rule.PART_WARRANTY)
    assert rule(later, "labour", 120) == (False, Rule.UNIT_EXPIRED)
    assert rule(dt.date(2036, 6, 1), "part", 120) == (True, Rule.PART_WARRANTY)
    assert rule(dt.date(2036, 6, 2), "part", 120) == (False, Rule.PART_EXPIRED)
    assert rule(dt.date(2027, 6, 2), "part", 12) == (False, Rule.PART_EXPIRED)  # shorter one
    assert rule(day(7), "part", 12) == (True, Rule.REFUND_DAYS)  # the guarantees come first


def test_purchase_counts_when_there_is_no_commissioning_or_the_policy_says_so() -> None:
    bought = dt.date(2026, 5, 28)  # 11 days before day(7)
    assert rule(day(7), commissioning=None, purchase=bought) == (True, Rule.REPLACEMENT_DAYS)
    by_purchase = PolicyBody(count_from="purchase")
    assert rule(day(7), policy=by_purchase, purchase=bought) == (True, Rule.REPLACEMENT_DAYS)
    assert rule(day(7), policy=by_purchase, purchase=None) == (True, Rule.REFUND_DAYS)
    assert rule(day(7), commissioning=None) == (False, Rule.NO_START)


@pytest.mark.parametrize("void", ["damage", "uncertified_installer", "unauthorised_repair"])
def test_a_finding_that_voids_the_warranty_makes_every_line_payable(void: str) -> None:
    assert rule(day(3), void=void) == (False, Rule.VOID)
    assert rule(day(3), "labour", void=void) == (False, Rule.VOID)


def test_lines_outside_the_guarantees() -> None:
    assert rule(day(3), "travel") == (False, Rule.TRAVEL)
    assert rule(day(3), "travel", policy=PolicyBody(travel_covered=True)) == \
        (True, Rule.REFUND_DAYS)
    assert rule(day(3), "labour", job_type="install") == (True, Rule.FREE_INSTALLATION)
    assert rule(day(3), "part", job_type="install") == (False, Rule.NOT_A_FAULT)
    assert rule(day(3), "labour", job_type="install",
                policy=PolicyBody(free_installation_labour=False)) == (False, Rule.NOT_A_FAULT)
    assert rule(day(3), "labour", job_type="maintenance") == (False, Rule.NOT_A_FAULT)
    assert rule(day(3), unit=False) == (False, Rule.NO_UNIT)


def test_a_station_policy_with_other_periods() -> None:
    mine = parse_policy({"refund_days": 10, "replacement_days": 30, "unit_months": 36})
    assert rule(day(10), policy=mine) == (True, Rule.REFUND_DAYS)
    assert rule(day(30), policy=mine) == (True, Rule.REPLACEMENT_DAYS)
    assert rule(dt.date(2029, 6, 2), "labour", policy=mine) == (False, Rule.UNIT_EXPIRED)
    with pytest.raises(ValidationError, match="shorter than the refund period"):
        parse_policy({"refund_days": 20, "replacement_days": 15})
    with pytest.raises(ValidationError, match="refund_days"):
        parse_policy({"refund_days": -1})
    with pytest.raises(ValidationError, match="warranty policy is not valid"):
        parse_policy({"free_parking": True})
