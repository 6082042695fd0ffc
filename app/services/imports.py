"""Importing customers (with sites and equipment), technicians (skills, certificates, shifts)
and open jobs from a CSV or .xlsx file (supervisors and admins).

1. `preview`: the file's headers, its first rows and the guessed column mapping (Chinese or
   English headers), which the user may override.
2. `import_file`: every row is read through the mapping and checked by the services' own
   rules (a bad row is listed with its row number in the file and the sentence), duplicates
   are found by phone (customers; technicians by code) and merged or skipped as chosen, and
   the rows are written in ONE transaction with their audit and outbox entries (the import
   syncs like anything typed in). With `all_or_nothing`, one bad row leaves everything as it
   was; otherwise the good rows land and the bad ones are reported. A dry run does all of it
   and rolls back: its report is exactly what the import would do. Cancelling rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.cancel import CancelToken
from app.db import Database
from app.errors import DomainError, ValidationError
from app.heap import collector_paused
from app.services import import_apply
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.import_specs import FIELDS, PARSERS, Kind
from app.services.station import home_station
from app.tabular.files import Sheet, read_sheet, text_of
from app.tabular.mapping import Field, Mapping, guess
from app.texts import Text

SAMPLE = 20
Progress = Callable[[int, int], None]  # rows done, rows in all
CHANGES = {Kind.CUSTOMERS: Changes.CUSTOMERS | Changes.MAP,
           Kind.TECHNICIANS: Changes.TECHNICIANS | Changes.SCHEDULE,
           Kind.JOBS: Changes.JOBS | Changes.CUSTOMERS | Changes.MAP}


class Duplicates(StrEnum):
    MERGE = "merge"
    SKIP = "skip"


@dataclass(frozen=True)
class ImportOptions:
    kind: Kind
    mapping: Mapping | None = None  # field key -> column; None: guessed from the headers
    duplicates: Duplicates = Duplicates.MERGE
    all_or_nothing: bool = False
    dry_run: bool = False


@dataclass(frozen=True)
class BadRow:
    row: int  # as the spreadsheet numbers it: the header is row 1
    reason: Text


@dataclass(frozen=True)
class ImportReport:
    kind: Kind
    rows: int
    created: int
    merged: int
    skipped: int
    bad: tuple[BadRow, ...]
    written: bool  # False: a dry run, or all-or-nothing with bad rows
    dry_run: bool


@dataclass(frozen=True)
class Preview:
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    rows: int
    fields: tuple[Field, ...]
    mapping: Mapping


def preview(path: Path, kind: Kind, sheet: Sheet | None = None) -> Preview:
    """What the mapping step shows: headers, the first rows as text, the guessed mapping."""
    sheet = sheet or read_sheet(path)
    return Preview(sheet.headers, tuple(tuple(text_of(c) for c in r)
                                        for r in sheet.rows[:SAMPLE]),
                   len(sheet.rows), FIELDS[kind], guess(sheet.headers, FIELDS[kind]))


class _RolledBack(Exception):  # noqa: N818 (not an error: the transaction is undone on purpose)
    pass


def _checked_mapping(kind: Kind, mapping: Mapping, headers: tuple[str, ...]) -> Mapping:
    for f in FIELDS[kind]:
        column = mapping.get(f.key)
        if column is not None and not 0 <= column < len(headers):
            raise ValidationError("The file has no column {number}.", number=column + 1)
        if f.required and column is None:
            raise ValidationError("Choose the column of the {field}: it is required.",
                                  field=f.label)
    return mapping


@guarded(*SUPERVISORS)
@collector_paused()  # every row and its entries are kept until written (see app.heap)
def import_file(db: Database, actor: Actor, path: Path, options: ImportOptions,
                progress: Progress | None = None, token: CancelToken | None = None,
                sheet: Sheet | None = None) -> tuple[ImportReport, Changes]:
    """Import the file as `options` say (`sheet`: the file already read by `preview`)."""
    sheet = sheet or read_sheet(path)
    mapping = _checked_mapping(options.kind, options.mapping if options.mapping is not None
                               else guess(sheet.headers, FIELDS[options.kind]), sheet.headers)
    total = len(sheet.rows)

    def tick(done: int) -> None:
        if done % 500 == 0 or done == total:
            if token is not None:
                token.check()
            if progress is not None:
                progress(done, total)

    tz = home_station(db).tz
    parse = PARSERS[options.kind]
    good: list[tuple[int, Any]] = []
    bad: list[BadRow] = []
    for n, row in enumerate(sheet.rows):
        values = {key: text_of(row[col]) if col < len(row) else ""
                  for key, col in mapping.items()}
        try:
            good.append((n + 2, parse(values, tz)))
        except DomainError as exc:
            bad.append(BadRow(n + 2, exc.text))
    tally = import_apply.Tally()
    written = not options.dry_run and not (options.all_or_nothing and bad)
    try:
        with db.session() as s:
            merge = options.duplicates is Duplicates.MERGE
            if options.kind is Kind.CUSTOMERS:
                tally = import_apply.customers(s, actor, good, merge, path.name, tick)
            elif options.kind is Kind.TECHNICIANS:
                tally = import_apply.technicians(s, actor, good, merge, frozenset(mapping), tick)
            else:
                tally = import_apply.jobs(s, actor, good, tick)
            if not written or (options.all_or_nothing and tally.bad):
                raise _RolledBack
    except _RolledBack:
        written = False
    bad += [BadRow(line, reason) for line, reason in tally.bad]
    report = ImportReport(options.kind, total, tally.created, tally.merged, tally.skipped,
                          tuple(sorted(bad, key=lambda b: b.row)), written, options.dry_run)
    return report, CHANGES[options.kind] if written else Changes.NONE
