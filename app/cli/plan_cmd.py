"""`fielddesk plan DATE [--team NAME] [--seconds S] [--json] [--apply --as USER]`: the day
planner's proposal (visits per technician, unplanned jobs with their reasons, totals before
and after); `--apply` applies it as the app's Accept does (one transaction, audited)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import defaultdict

from app.cli.common import CliError, db_option, existing_db, moment_arg
from app.cli.credentials import PASSWORD_ENV
from app.cli.signed_in import signed_in
from app.scheduling.day_plan import plan_day
from app.scheduling.day_problem import DayProblem
from app.scheduling.proposal import Proposal, Totals
from app.services.day_plans import Scope, day_problem
from app.services.day_sheet_data import parse_day
from app.services.plan_apply import apply_steps, steps_of


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plan", parents=[db_option()],
                       help="plan a day: the optimiser's proposal (applied with --apply)")
    p.add_argument("date", metavar="DATE", help="YYYY-MM-DD, in the station's time zone")
    p.add_argument("--team", metavar="NAME", help="only this team's technicians")
    p.add_argument("--seconds", type=float, default=10.0, metavar="S",
                   help="time limit of the search (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--apply", action="store_true", help="apply the plan (needs --as USER)")
    p.add_argument("--as", dest="as_user", metavar="USER",
                   help=f"apply as this user (password asked for, or --password-file, "
                        f"${PASSWORD_ENV})")
    p.add_argument("--password-file", metavar="FILE",
                   help="read the password of --as from FILE")
    p.add_argument("--now", type=moment_arg, default=None, metavar="ISO-TIME",
                   help="plan as if it were then (default: now)")
    p.set_defaults(run=run)


def _totals(t: Totals) -> dict[str, int]:
    return {"travel_minutes": t.travel_minutes, "jobs_planned": t.jobs_planned,
            "promises_met": t.promises_met}


def as_dict(problem: DayProblem, proposal: Proposal) -> dict[str, object]:
    codes = {c.facts.id: c.code for c in problem.candidates}
    routes: dict[str, list[dict[str, object]]] = defaultdict(list)
    for v in proposal.visits:
        routes[codes[v.technician_id]].append({
            "job": v.label, "start": v.start.isoformat(), "end": v.end.isoformat(),
            "change": v.change.value, "promise_met": v.promise_met})
    return {"day": proposal.day.isoformat(), "technicians": routes,
            "unplanned": [{"job": u.label, "reason": str(u.reason),
                           "removes_visit": u.appointment_id is not None}
                          for u in proposal.unplanned],
            "before": _totals(proposal.before), "after": _totals(proposal.after),
            "stopped": proposal.stopped}


def _print(problem: DayProblem, proposal: Proposal) -> None:
    tz = problem.day.tz
    names = {c.facts.id: f"{c.facts.name} ({c.code})" for c in problem.candidates}
    current = ""
    for v in proposal.visits:
        if v.technician_id != current:
            current = v.technician_id
            print(names[current])
        late = "" if v.promise_met else "  (after the promise)"
        print(f"  {v.start.astimezone(tz):%H:%M}-{v.end.astimezone(tz):%H:%M}  {v.label}  "
              f"{v.change.value}{late}")
    for u in proposal.unplanned:
        print(f"unplanned {u.label}: {u.reason}")
    for label, t in (("before", proposal.before), ("after", proposal.after)):
        print(f"{label}: {t.travel_minutes} travel minutes, {t.jobs_planned} jobs planned, "
              f"{t.promises_met} promises met")


def run(args: argparse.Namespace) -> int:
    day = parse_day(args.date)
    if args.apply and not args.as_user:
        raise CliError("--apply changes the board as a user: give --as USER")
    db = existing_db(args)
    actor = signed_in(db, args) if args.apply else None
    problem = day_problem(db, Scope(day, team=args.team), args.now or dt.datetime.now(dt.UTC))
    proposal = plan_day(problem, args.seconds)
    if actor is not None:
        apply_steps(db, actor, steps_of(proposal))
    if args.json:
        print(json.dumps({**as_dict(problem, proposal), "applied": actor is not None},
                         ensure_ascii=False, indent=2))
    else:
        _print(problem, proposal)
        if actor is not None:
            print(f"applied: {proposal.changes} changes")
    return 0
