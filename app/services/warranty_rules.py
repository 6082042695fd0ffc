"""The warranty policy's rules and the decision they make for one line of a job (pure: plain
facts in, a decision with the rule and its sentence out).

The three guarantees (三包) count from the unit's commissioning (else its purchase), to the day
the customer reported the fault (the job's call): a performance fault within `refund_days`
(7): refund or replacement at the customer's choice; within `replacement_days` (15):
replacement or repair; within the warranty: free repair. "Within 7 days" includes the 7th
day after the start. A part with its own warranty (a compressor's, longer than the unit's) is
covered for its own months; labour follows the unit. What the visit found may void the
warranty (the policy's `voids`: damage, an uncertified installer...). Travel charges are the
customer's unless the policy says otherwise; the installation labour of a new unit is the
maker's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.models.enums import JobType
from app.services.warranty import add_months
from app.texts import Localized, Text


class VoidReason(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    code: str = Field(pattern=r"^[a-z][a-z_]{0,31}$")
    en: str = Field(min_length=1, max_length=120)
    zh: str = Field(min_length=1, max_length=120)


DEFAULT_VOIDS = (
    VoidReason(code="damage", en="damage by accident, misuse or force", zh="人为损坏或使用不当"),
    VoidReason(code="uncertified_installer", en="installed by an uncertified installer",
               zh="非授权（无资质）人员安装"),
    VoidReason(code="unauthorised_repair", en="repaired or altered by an unauthorised party",
               zh="非授权人员拆修或改装"),
)


class PolicyBody(BaseModel):
    """A version of the station's warranty rules (stored as JSON, edited by supervisors)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    refund_days: int = Field(default=7, ge=0, le=90)
    replacement_days: int = Field(default=15, ge=0, le=180)
    unit_months: int = Field(default=72, ge=0, le=240)  # the whole unit's warranty (6 years)
    count_from: Literal["commissioning", "purchase"] = "commissioning"  # else the other date
    fault_job_types: tuple[JobType, ...] = (JobType.REPAIR,)
    free_installation_labour: bool = True
    travel_covered: bool = False
    voids: tuple[VoidReason, ...] = DEFAULT_VOIDS

    @model_validator(mode="after")
    def _ordered(self) -> PolicyBody:
        if self.replacement_days < self.refund_days:
            raise ValueError("the replacement period cannot be shorter than the refund period")
        return self

    def void_reason(self, code: str) -> VoidReason | None:
        return next((r for r in self.voids if r.code == code), None)


class Rule(StrEnum):
    TRAVEL = "travel"
    FREE_INSTALLATION = "free_installation"
    NOT_A_FAULT = "not_a_fault"
    NO_UNIT = "no_unit"
    VOID = "void"
    NO_START = "no_start_date"
    REFUND_DAYS = "refund_days"
    REPLACEMENT_DAYS = "replacement_days"
    PART_WARRANTY = "part_warranty"
    PART_EXPIRED = "part_expired"
    UNIT_WARRANTY = "unit_warranty"
    UNIT_EXPIRED = "unit_expired"
    OVERRIDE = "override"  # a supervisor's decision, with its reason
    BY_HAND = ""  # set by hand before the station had a policy


class Remedy(StrEnum):
    REFUND_OR_REPLACEMENT = "refund_or_replacement"
    REPLACEMENT_OR_REPAIR = "replacement_or_repair"
    FREE_REPAIR = "free_repair"
    FREE_INSTALLATION = "free_installation"
    NONE = "none"  # the customer pays


@dataclass(frozen=True)
class JobFacts:
    job_type: str
    reported_on: dt.date  # the station day of the call
    void: str  # the finding that voids the warranty ("" none)
    has_unit: bool
    purchase_date: dt.date | None
    commissioning_date: dt.date | None
    warranty_end: dt.date | None  # set by hand or at commissioning; None: counted


@dataclass(frozen=True)
class Decision:
    covered: bool
    rule: Rule
    remedy: Remedy
    text: Text


def _paid(rule: Rule, text: Text) -> Decision:
    return Decision(False, rule, Remedy.NONE, text)


def _start(policy: PolicyBody, facts: JobFacts) -> tuple[dt.date, Text] | None:
    dates = [(facts.commissioning_date, Text("commissioning")),
             (facts.purchase_date, Text("purchase"))]
    if policy.count_from == "purchase":
        dates.reverse()
    return next(((day, label) for day, label in dates if day is not None), None)


def decide(policy: PolicyBody, facts: JobFacts, kind: str, part_months: int | None
           ) -> Decision:
    """Whether the warranty covers a line of `kind` (part, labour, travel), and why."""
    job_type = JobType(facts.job_type)
    if kind == "travel" and not policy.travel_covered:
        return _paid(Rule.TRAVEL, Text("Travel and out-of-area charges are paid by the "
                                       "customer."))
    if job_type is JobType.INSTALL and kind == "labour" and policy.free_installation_labour:
        return Decision(True, Rule.FREE_INSTALLATION, Remedy.FREE_INSTALLATION,
                        Text("The maker pays the installation labour of a new unit."))
    if job_type not in policy.fault_job_types:
        return _paid(Rule.NOT_A_FAULT, Text("A {job_type} job is no repair of a fault: the "
                                            "customer pays.", {"job_type": job_type}))
    if not facts.has_unit:
        return _paid(Rule.NO_UNIT, Text("The job names no unit, so no warranty applies."))
    if facts.void and (reason := policy.void_reason(facts.void)) is not None:
        return _paid(Rule.VOID, Text("The warranty is void: {reason}.",
                                     {"reason": Localized(reason.en, reason.zh)}))
    start = _start(policy, facts)
    if start is None:
        return _paid(Rule.NO_START, Text("The unit has neither a commissioning nor a purchase "
                                         "date, so no warranty period can be counted."))
    return _by_period(policy, facts, kind, part_months, *start)


def _by_period(policy: PolicyBody, facts: JobFacts, kind: str, part_months: int | None,
               start: dt.date, basis: Text) -> Decision:
    days = (facts.reported_on - start).days
    fields = {"days": days, "basis": basis, "start": start.isoformat()}
    if 0 <= days <= policy.refund_days:
        return Decision(True, Rule.REFUND_DAYS, Remedy.REFUND_OR_REPLACEMENT, Text(
            "Reported {days} days after {basis} ({start}), within {limit}: refund or "
            "replacement at the customer's choice.", {**fields, "limit": policy.refund_days}))
    if 0 <= days <= policy.replacement_days:
        return Decision(True, Rule.REPLACEMENT_DAYS, Remedy.REPLACEMENT_OR_REPAIR, Text(
            "Reported {days} days after {basis} ({start}), within {limit}: replacement or "
            "repair.", {**fields, "limit": policy.replacement_days}))
    if kind == "part" and part_months is not None:
        end = add_months(start, part_months)
        part = {"months": part_months, "end": end.isoformat()}
        if facts.reported_on <= end:
            return Decision(True, Rule.PART_WARRANTY, Remedy.FREE_REPAIR, Text(
                "The part's own warranty of {months} months runs until {end}: free repair.",
                part))
        return _paid(Rule.PART_EXPIRED, Text("The part's own warranty of {months} months "
                                             "ended on {end}.", part))
    end = facts.warranty_end or add_months(start, policy.unit_months)
    if facts.reported_on <= end:
        return Decision(True, Rule.UNIT_WARRANTY, Remedy.FREE_REPAIR, Text(
            "Under the unit's warranty until {end}: free repair.", {"end": end.isoformat()}))
    return _paid(Rule.UNIT_EXPIRED, Text("The unit's warranty ended on {end}.",
                                         {"end": end.isoformat()}))


def overridden(covered: bool, reason: str) -> Decision:
    return Decision(covered, Rule.OVERRIDE, Remedy.FREE_REPAIR if covered else Remedy.NONE,
                    Text("Decided by a supervisor: {reason}.", {"reason": reason}))


def by_hand(covered: bool) -> Decision:
    return Decision(covered, Rule.BY_HAND, Remedy.FREE_REPAIR if covered else Remedy.NONE,
                    Text("Set by hand before the station had a warranty policy."))
