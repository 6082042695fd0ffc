"""`fielddesk print job JOB_NUMBER -o FILE.pdf [--blank]`,
`fielddesk print day DATE [--technician CODE] [--with-unprinted-sheets] -o FILE.pdf` and
`fielddesk print price-list -o FILE.pdf`: job sheets, day sheets and the price list as PDF.
A job sheet written to its file is recorded as printed (`printed_sheets`), so a day's batch
with the unprinted sheets leaves it out until the job changes."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import db_option, existing_db
from app.db import Database
from app.printing.document import Pdf
from app.services.day_sheet_data import Sheets, day_sheets_data, parse_day
from app.services.job_sheet_data import sheet_data
from app.services.jobs import find_job_id
from app.services.price_list_data import price_list_data
from app.services.printed_sheets import SheetPrint, record_printed, sheet_print


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="job sheets and day sheets as PDF files")
    what = p.add_subparsers(title="print commands", metavar="WHAT", required=True)
    job = what.add_parser("job", parents=[db_option()], help="one job's sheet")
    job.add_argument("number", metavar="JOB_NUMBER", help="the job's number (NJ01-2026-000123)")
    job.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                     help="the PDF file to write")
    job.add_argument("--blank", action="store_true",
                     help="the sheet to fill in on site: job data, empty checklist boxes")
    job.set_defaults(run=run_job)
    day = what.add_parser("day", parents=[db_option()],
                          help="a date's route pages per technician (and the sheets not printed "
                               "yet)")
    day.add_argument("date", metavar="DATE", help="YYYY-MM-DD, in the station's time zone")
    day.add_argument("--technician", metavar="CODE", help="only this technician's day")
    day.add_argument("--with-unprinted-sheets", action="store_true",
                     help="after each route page, the sheets of its jobs never printed as they "
                          "stand (then recorded as printed); default: the route pages only")
    day.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                     help="the PDF file to write")
    day.set_defaults(run=run_day)
    prices = what.add_parser("price-list", parents=[db_option()],
                             help="the customer-facing price list of today, with the warranty")
    prices.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf",
                        help="the PDF file to write")
    prices.set_defaults(run=run_price_list)


def _write(path: Path, pdf: Pdf, db: Database | None = None,
           printed: tuple[SheetPrint, ...] = ()) -> int:
    """Write the PDF, then record the job sheets it holds as printed (in `db`)."""
    path.write_bytes(pdf)
    if db is not None and printed:
        record_printed(db, None, printed)
    print(f"{path}  {pdf.pages} pages")
    return 0


def run_job(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        data = sheet_data(db, find_job_id(db, args.number))
        from app.printing.job_sheet import render_job_sheet  # reportlab only for this command

        return _write(args.output, render_job_sheet(data, blank=args.blank), db,
                      (sheet_print(data),))
    finally:
        db.dispose()


def run_day(args: argparse.Namespace) -> int:
    day = parse_day(args.date)  # a bad date is reported before the database is opened
    db = existing_db(args)
    try:
        sheets = Sheets.UNPRINTED if args.with_unprinted_sheets else Sheets.NONE
        data = day_sheets_data(db, day, args.technician, sheets=sheets)
        from app.printing.day_sheets import render_day_sheets  # reportlab only here

        return _write(args.output, render_day_sheets(data), db, data.sheet_prints())
    finally:
        db.dispose()


def run_price_list(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        data = price_list_data(db)
    finally:
        db.dispose()
    from app.printing.price_list import render_price_list  # reportlab only here

    return _write(args.output, render_price_list(data))
