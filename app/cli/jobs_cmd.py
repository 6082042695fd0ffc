"""`fielddesk jobs list`: the job list on the command line, as a table or JSON."""

from __future__ import annotations

import argparse
import json

from app.cli.common import CliError, db_option, existing_db
from app.cli.table import aligned
from app.models.enums import JobStatus
from app.services.job_queries import JobFilter, JobRow, SortKey, query_jobs
from app.texts import shown

HEADERS = ("number", "status", "type", "customer", "phone", "address")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    jobs = sub.add_parser("jobs", help="work orders")
    jobs_sub = jobs.add_subparsers(title="jobs commands", metavar="ACTION", required=True)
    p = jobs_sub.add_parser("list", parents=[db_option()], help="list jobs, newest first")
    p.add_argument("--status", action="append", choices=[s.value for s in JobStatus],
                   help="only jobs in this status (repeatable)")
    p.add_argument("--search", default="", help="text in number, customer, phone or address")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="show at most N jobs, N at least 1 (default: 50)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run_list)


def _as_dict(r: JobRow) -> dict[str, object]:
    return {
        "number": r.number, "type": r.job_type.value, "priority": r.priority.value,
        "status": r.status.value, "customer": r.customer_name, "phone": r.phone,
        "address": r.address, "technicians": list(r.technicians),
        "next_start": r.next_start.isoformat() if r.next_start else None,
        "sla_due": r.sla_due.isoformat(), "created_at": r.created_at.isoformat(),
    }


def run_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError(f"--limit must be at least 1, not {args.limit}")
    db = existing_db(args)
    statuses = frozenset(JobStatus(s) for s in args.status or [])
    page = query_jobs(db, JobFilter(text=args.search, statuses=statuses), SortKey.CREATED,
                      descending=True, limit=args.limit)
    if args.json:
        print(json.dumps({"total": page.total, "jobs": [_as_dict(r) for r in page.rows]},
                         ensure_ascii=False, indent=2))
        return 0
    table = [list(HEADERS)] + [
        [r.number, r.status.value, r.job_type.value, shown(r.customer_name), r.phone,
         shown(r.address)] for r in page.rows]
    for line in aligned(table):
        print(line)
    print(f"{len(page.rows)} of {page.total} jobs")
    return 0
