"""`fielddesk central report --url ADMIN_URL --month YYYY-MM [-o FILE.pdf | --json]`: each
station's volume, response-promise attainment and three rates, read from the central
database with the administrator's role."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import lang_option, moment_arg
from app.cli.credentials import password_option, with_password
from app.cli.report_cmd import report_language
from app.cli.server_cmd import ADMIN_URL
from app.services.months import Month
from app.services.quality_json import group_dict, station_dict
from app.services.station_figures import CentralReport
from app.sync.central_report import central_report


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    central = sub.add_parser("central", help="the head office's reports of its stations")
    kinds = central.add_subparsers(title="central commands", metavar="REPORT", required=True)
    p = kinds.add_parser("report", parents=[password_option(), lang_option()],
                         help="each station's month: volume, response promise, three rates")
    p.add_argument("--url", required=True, help=ADMIN_URL)
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month reported")
    p.add_argument("--now", type=moment_arg, default=None, metavar="ISO-TIME",
                   help="count what had fallen due by then (default: now)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                     help="write the report as an A4 PDF")
    out.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(run=run_report)


def _table(report: CentralReport) -> str:
    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.1f}%"

    lines = [f"{'station':<10}{'done':>7}{'promise':>10}{'complaints':>12}{'omissions':>11}"
             f"{'unsatisfied':>13}"]
    for m in report.stations:
        g = m.station
        lines.append(f"{m.station_code:<10}{g.completed.numerator:>7}"
                     f"{pct(g.response_attainment.rate):>10}{pct(g.complaint_rate.rate):>12}"
                     f"{pct(g.omission_rate.rate):>11}{pct(g.dissatisfaction_rate.rate):>13}")
    return "\n".join(lines)


def run_report(args: argparse.Namespace) -> int:
    month = Month.parse(args.month)
    report = central_report(with_password(args.url, args), month, args.now)
    if args.json:
        print(json.dumps({"month": str(month), "stations": [station_dict(m)
                                                            for m in report.stations],
                          "total": group_dict(report.total)}, ensure_ascii=False, indent=2))
    elif args.output is not None:
        from app.printing.central_report import render_central_report  # reportlab only here

        pdf = render_central_report(report, report_language(args))
        args.output.write_bytes(pdf)
        print(f"{args.output}  {pdf.pages} pages")
    else:
        print(_table(report))
    return 0
