"""`fielddesk import KIND FILE` and `fielddesk export LIST -o FILE`: the station's customers,
technicians and jobs in and out of CSV and Excel files.

An import signs in (`--as USER`, a supervisor or admin) and prints what it did or would do,
then every bad row with its row number and reason; it exits 0 when every row was good, 2 when
some were not (the good ones landed unless --all-or-nothing or --dry-run), 1 on a refusal."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CliError, db_option, existing_db
from app.cli.signed_in import as_option, signed_in
from app.models.enums import JobStatus
from app.services.exports import EXPORTS, ExportFilter, export_list
from app.services.import_specs import FIELDS, Kind
from app.services.imports import Duplicates, ImportOptions, ImportReport, import_file
from app.tabular.files import read_sheet
from app.tabular.mapping import guess, parse_mapping


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", parents=[db_option(), as_option()],
                       help="import customers, technicians or open jobs from .csv or .xlsx")
    p.add_argument("kind", choices=[k.value for k in Kind], help="what the file holds")
    p.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true",
                   help="check every row and report, writing nothing")
    p.add_argument("--mapping", metavar="FIELD=COLUMN,...",
                   help="columns of the fields (a header or a 1-based number); the others are "
                        "guessed from the headers. Fields: " + "; ".join(
                            f"{k.value}: {', '.join(f.key for f in FIELDS[k])}" for k in Kind))
    p.add_argument("--duplicates", choices=[d.value for d in Duplicates], default="merge",
                   help="a customer whose phone (a technician whose code) is known: merge the "
                        "row into it, or skip the row (default: merge)")
    p.add_argument("--all-or-nothing", action="store_true",
                   help="write nothing when any row is bad (default: the good rows land)")
    p.set_defaults(run=run_import)
    e = sub.add_parser("export", parents=[db_option()],
                       help="export a list to .xlsx or .csv (by the file's extension)")
    e.add_argument("list", choices=sorted(EXPORTS), help="the list exported")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help="the file to write: .xlsx or .csv")
    e.add_argument("--status", action="append", choices=[s.value for s in JobStatus],
                   help="jobs in this status only (repeatable)")
    e.add_argument("--search", default="", help="only what the list's search finds")
    e.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        actor = signed_in(db, args)
        kind = Kind(args.kind)
        sheet = read_sheet(args.file)
        try:
            mapping = parse_mapping(args.mapping or "", sheet.headers, FIELDS[kind])
        except ValueError as exc:
            raise CliError(f"--mapping: {exc}") from None
        if args.mapping:  # the fields not named keep their guessed columns
            mapping = {**guess(sheet.headers, FIELDS[kind]), **mapping}
        options = ImportOptions(kind, mapping or None, Duplicates(args.duplicates),
                                args.all_or_nothing, args.dry_run)
        report, _ = import_file(db, actor, args.file, options, sheet=sheet)
    finally:
        db.dispose()
    print(summary(report))
    for bad in report.bad:
        print(f"row {bad.row}: {bad.reason.render()}")
    return 2 if report.bad else 0


def summary(r: ImportReport) -> str:
    verb = "would be" if r.dry_run else ("were" if r.written else "would have been")
    text = (f"{r.rows} rows: {r.created} {r.kind.value} {verb} created, {r.merged} merged, "
            f"{r.skipped} skipped as duplicates, {len(r.bad)} bad")
    if not r.written and not r.dry_run:
        text += "; nothing was written (--all-or-nothing)"
    return text


def run_export(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        f = ExportFilter(text=args.search, statuses=frozenset(
            JobStatus(s) for s in args.status or ()))
        count = export_list(db, args.list, args.output.expanduser().resolve(), f)
    finally:
        db.dispose()
    print(f"exported {count} {args.list} to {args.output}")
    return 0
