"""`fielddesk warranty JOB_NUMBER [--json]`: each line of a job with its warranty decision,
covered or payable, and the rule that decided it; then the totals."""

from __future__ import annotations

import argparse
import json

from app.cli.common import db_option, existing_db
from app.services.charges import ChargesView, LineDecision, job_charges_view
from app.services.jobs import find_job_id


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("warranty", parents=[db_option()],
                       help="a job's lines: covered or payable, and the rule that decided")
    p.add_argument("number", metavar="JOB_NUMBER", help="the job's number (NJ01-2026-000123)")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p.set_defaults(run=run)


def _as_dict(d: LineDecision) -> dict[str, object]:
    line = d.line
    return {"code": line.code, "description": line.description, "kind": line.kind,
            "quantity": str(line.quantity), "unit_price": str(line.unit_price),
            "amount": str(line.amount), "old_serial": line.old_serial,
            "decision": "covered" if line.warranty_covered else "payable",
            "rule": d.decision.rule.value or "by_hand", "remedy": d.decision.remedy.value,
            "reason": str(d.decision.text), "stale": d.stale}


def _print(view: ChargesView) -> None:
    print(f"{view.number}  warranty policy version {view.policy_version}"
          + (f", void: {view.void}" if view.void else ""))
    for d in view.decisions:
        line = d.line
        verdict = "covered" if line.warranty_covered else "payable"
        print(f"{line.code or '-':<10} {line.description}  {line.quantity.normalize():f} x "
              f"{line.unit_price} = {line.amount}  {verdict}  "
              f"[{d.decision.rule.value or 'by_hand'}] {d.decision.text}")
    c = view.charges
    print(f"total {c.total}  covered {c.covered}  payable {c.payable}")


def run(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        view = job_charges_view(db, find_job_id(db, args.number))
    finally:
        db.dispose()
    if args.json:
        c = view.charges
        print(json.dumps({"number": view.number, "policy_version": view.policy_version,
                          "void": view.void, "lines": [_as_dict(d) for d in view.decisions],
                          "total": str(c.total), "covered": str(c.covered),
                          "payable": str(c.payable)}, ensure_ascii=False, indent=2))
    else:
        _print(view)
    return 0
