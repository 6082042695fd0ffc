"""A job's charges: lines from the catalogue (or typed), each decided by the warranty policy,
with totals covered and payable; a supervisor's override with its reason; the visit's finding
that voids the warranty. Any change of a line changes the signed content, so a signature
given before shows as void (app.services.signatures).

A line's decision is stored with it (`warranty_covered`, `warranty_rule`): it is what the sheet
prints and the customer signs. It is made again whenever the job's charges, its unit, type or
finding change; a supervisor's override stays until the supervisor lifts it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import CatalogueItem, Equipment, Job, JobLine
from app.services import validation as v
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.catalogue import entry_in
from app.services.changes import Changes
from app.services.children import live_children, replace_children
from app.services.job_lines import Charges, Line, LineInput, charges_in
from app.services.rows import fetch, update
from app.services.station import home_station_in
from app.services.stock_jobs import reconcile_job_stock_in
from app.services.warranty_policy import PolicyVersion, policy_in
from app.services.warranty_rules import (
    Decision,
    JobFacts,
    Rule,
    VoidReason,
    by_hand,
    decide,
    overridden,
)
from app.texts import Text

REASON = Text("reason")


def catalogue_line(item_id: str, quantity: Decimal | str | float = Decimal(1),
                   old_serial: str = "", line_id: str | None = None) -> LineInput:
    """A line of the catalogue's item (its kind, name and price are the catalogue's)."""
    return LineInput("part", "", quantity, 0, id=line_id, item_id=item_id,
                     old_serial=old_serial)


@dataclass(frozen=True)
class LineDecision:
    line: Line
    decision: Decision  # covered or payable, the rule and its sentence
    stale: bool  # the policy would now decide otherwise: saving the charges decides again


@dataclass(frozen=True)
class ChargesView:
    """What the charges editor and `fielddesk warranty` show."""

    job_id: str
    number: str
    charges: Charges  # the lines and the totals: total, covered, payable
    decisions: tuple[LineDecision, ...]  # one per line, in the lines' order
    void: str  # the finding that voids the warranty ("" none)
    void_reasons: tuple[VoidReason, ...]  # the findings the policy knows
    policy_version: int


def _station_day(s: Session, moment: dt.datetime) -> dt.date:
    info = home_station_in(s)
    return moment.astimezone(info.tz if info else ZoneInfo("Asia/Shanghai")).date()


def facts_in(s: Session, job: Job) -> JobFacts:
    unit = s.get(Equipment, job.equipment_id) if job.equipment_id else None
    if unit is not None and unit.deleted:
        unit = None
    return JobFacts(job.job_type, _station_day(s, job.created_at), job.warranty_void,
                    unit is not None, unit.purchase_date if unit else None,
                    unit.commissioning_date if unit else None,
                    unit.warranty_end if unit else None)


def _part_months(s: Session, item_id: str | None) -> int | None:
    item = s.get(CatalogueItem, item_id) if item_id else None
    return item.warranty_months if item is not None else None


def _decision(s: Session, policy: PolicyVersion, facts: JobFacts, line: Line) -> Decision:
    return decide(policy.body, facts, line.kind, _part_months(s, line.item_id))


def reassess_in(s: Session, actor: Actor, job: Job) -> None:
    """Decide every line of the job again (a supervisor's overrides stay)."""
    s.flush()
    policy, facts = policy_in(s), facts_in(s, job)
    for row in live_children(s, JobLine, JobLine.job_id, job.id):
        if row.warranty_rule == Rule.OVERRIDE.value:
            continue
        decision = decide(policy.body, facts, row.kind, _part_months(s, row.item_id))
        update(s, actor, row, {"warranty_covered": decision.covered,
                               "warranty_rule": decision.rule.value})


def view_in(s: Session, job: Job) -> ChargesView:
    policy, facts = policy_in(s), facts_in(s, job)
    charges = charges_in(s, job.id)
    decisions = []
    for line in charges.lines:
        live = _decision(s, policy, facts, line)
        if line.warranty_rule == Rule.OVERRIDE.value:
            shown = overridden(line.warranty_covered, line.override_reason)
        elif line.warranty_rule == Rule.BY_HAND.value:
            shown = by_hand(line.warranty_covered)
        else:
            shown = live
        stale = line.warranty_rule != Rule.OVERRIDE.value and (
            live.covered, live.rule.value) != (line.warranty_covered, line.warranty_rule)
        decisions.append(LineDecision(line, shown, stale))
    return ChargesView(job.id, job.number, charges, tuple(decisions), job.warranty_void,
                       policy.body.voids, policy.version)


def job_charges_view(db: Database, job_id: str) -> ChargesView:
    with db.session() as s:
        return view_in(s, fetch(s, Job, job_id, Text("job")))


def _values(s: Session, line: LineInput, existing: dict[str, JobLine], today: dt.date
            ) -> dict[str, object]:
    """The stored values of an edited line (see LineInput)."""
    if line.item_id is None:
        return {**line.checked(), "item_id": None, "code": ""}
    kept = existing.get(line.id or "")
    if kept is not None and kept.item_id == line.item_id:
        source = LineInput(kept.kind, kept.description, line.quantity, kept.unit_price,
                           old_serial=line.old_serial)
        return {**source.checked(), "item_id": kept.item_id, "code": kept.code}
    item = entry_in(s, line.item_id, today)
    if not item.active:
        raise ValidationError("Item {code} is no longer offered.", code=item.code)
    if item.price is None:
        raise ValidationError("Item {code} has no price on {day}.", code=item.code,
                              day=today.isoformat())
    source = LineInput(item.kind.value, item.name, line.quantity, item.price,
                       old_serial=line.old_serial)
    return {**source.checked(), "item_id": item.id, "code": item.code}


def save_lines(db: Database, actor: Actor, job_id: str, lines: Sequence[LineInput],
               stock_reason: str = "") -> tuple[ChargesView, Changes]:
    """Replace the job's lines with the edited list, decide each by the warranty policy, and
    take the parts used from the van of the visit's technician (the station's store when no
    visit has one); stock that would go below zero is refused unless a supervisor gives
    `stock_reason`. One transaction."""
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        today = dt.datetime.now(ZoneInfo(actor.timezone)).date()
        existing = {r.id: r for r in live_children(s, JobLine, JobLine.job_id, job_id)}
        wanted = [(line.id, _values(s, line, existing, today)) for line in lines]
        replace_children(s, actor, JobLine, JobLine.job_id, job_id, wanted)
        reassess_in(s, actor, job)
        moved = reconcile_job_stock_in(s, actor, job, stock_reason)
        return view_in(s, job), Changes.JOBS | (Changes.PARTS if moved else Changes.NONE)


@guarded(*SUPERVISORS)
def override_line(db: Database, actor: Actor, line_id: str, covered: bool | None,
                  reason: str = "") -> tuple[ChargesView, Changes]:
    """A supervisor decides a line (covered or payable) against the policy, with a reason,
    audited; `covered` None lifts the override and the policy decides again."""
    reason = v.text(reason, REASON, JobLine.override_reason, required=covered is not None)
    with db.session() as s:
        row = fetch(s, JobLine, line_id, Text("job line"))
        job = fetch(s, Job, row.job_id, Text("job"))
        if covered is None:
            update(s, actor, row, {"warranty_rule": Rule.BY_HAND.value, "override_reason": ""},
                   "warranty_override", "override lifted")
        else:
            update(s, actor, row, {"warranty_covered": covered,
                                   "warranty_rule": Rule.OVERRIDE.value,
                                   "override_reason": reason}, "warranty_override", reason)
        reassess_in(s, actor, job)
        return view_in(s, job), Changes.JOBS


def set_warranty_void(db: Database, actor: Actor, job_id: str, code: str
                      ) -> tuple[ChargesView, Changes]:
    """Record what the visit found that voids the warranty (a code of the policy's `voids`;
    "" none) and decide the job's lines again."""
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        known = [r.code for r in policy_in(s).body.voids]
        if code and code not in known:
            raise ValidationError("Unknown warranty finding {code!r}; use one of: {known}.",
                                  code=v.lookup(code), known=", ".join(known))
        update(s, actor, job, {"warranty_void": code})
        reassess_in(s, actor, job)
        return view_in(s, job), Changes.JOBS
