"""`fielddesk report quality --month YYYY-MM (-o FILE.pdf | --json)`: the station's monthly
quality report, as an A4 PDF in one language (`--lang`) or as JSON."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from app.cli.common import config_of, db_option, existing_db, lang_option, moment_arg
from app.services.months import Month
from app.services.quality_json import report_dict
from app.services.quality_report import quality_report


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="reports of the station")
    kinds = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    p = kinds.add_parser("quality", parents=[db_option(), lang_option()],
                         help="the monthly quality report: the three rates and companions, "
                              "per technician, with the month's complaints")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month reported")
    p.add_argument("--now", type=moment_arg, default=None, metavar="ISO-TIME",
                   help="count what had fallen due by then (default: now)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                     help="write the report as an A4 PDF")
    out.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(run=run_quality)


def report_language(args: argparse.Namespace) -> str:
    """--lang, else $FIELDDESK_LANG, else the system's (Chinese for a zh locale, else English)."""
    chosen = config_of(args).language
    if chosen:
        return chosen
    system = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "zh_CN" if system.startswith("zh") else "en"


def run_quality(args: argparse.Namespace) -> int:
    month = Month.parse(args.month)  # a bad month is reported before the database is opened
    db = existing_db(args)
    try:
        report = quality_report(db, month, args.now)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(report_dict(report), ensure_ascii=False, indent=2))
        return 0
    from app.printing.quality_report import render_quality_report  # reportlab only here

    pdf = render_quality_report(report, report_language(args))
    args.output.write_bytes(pdf)
    print(f"{args.output}  {pdf.pages} pages")
    return 0
