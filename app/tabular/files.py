"""Reading and writing a table (a header row, then data rows) as CSV or Excel .xlsx.

Cells come back as Excel or CSV gave them: text, numbers, dates and datetimes (Excel), or text
(CSV); `text_of` makes any of them the text a field parser reads. CSV is read as UTF-8 (with or
without the BOM Excel writes) or, failing that, as GB18030 (what Chinese Excel saves as "CSV");
it is written as UTF-8 with a BOM, so Excel opens Chinese text correctly. Excel files
are read by openpyxl in its read-only mode and written by XlsxWriter in its constant-memory
mode, so a 100,000-row sheet never sits in memory as cells.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.heap import collector_paused
from app.tabular.excel_text import too_long, unescaped, write_marked

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None
FORMATS = (".csv", ".xlsx")
Progress = Callable[[int], None]  # rows written so far
SHEET_ROWS = 1_048_576  # an Excel sheet's rows, the header's included


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]  # data rows; row n of the file is rows[n - 2]


def check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("{name} is neither a .csv nor an .xlsx file.", name=path.name)
    return suffix


@collector_paused()  # every row is kept (see app.heap)
def read_sheet(path: Path) -> Sheet:
    """The table in `path` (its first sheet, for Excel); blank rows are dropped."""
    suffix = check_format(path)
    try:
        rows = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    except (OSError, ValueError, KeyError) as exc:  # zipfile, openpyxl and csv errors
        raise ValidationError("{name} cannot be read as a table: {reason}", name=path.name,
                              reason=str(exc) or type(exc).__name__) from None
    header = next(rows, None)
    if header is None:
        raise ValidationError("{name} is empty.", name=path.name)
    return Sheet(tuple(text_of(h) for h in header),
                 [r for r in rows if any(text_of(c) for c in r)])


def _read_csv(path: Path) -> Iterator[tuple[Cell, ...]]:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("gb18030")
    return (tuple(row) for row in csv.reader(io.StringIO(content, newline="")))


def _read_xlsx(path: Path) -> Iterator[tuple[Cell, ...]]:
    from openpyxl import load_workbook  # only when an Excel file is read

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = [tuple(_cell(c) for c in row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return iter(rows)


def _cell(value: object) -> Cell:
    """Excel's value as a plain cell (rich text, a decimal, a duration or a formula as text;
    a text's `_xHHHH_` escapes decoded, which openpyxl leaves in)."""
    if type(value) is str:
        return unescaped(value) if "_x" in value else value
    if value is None or isinstance(value, str | int | float | bool | dt.date | dt.time):
        return value
    return str(value)


def text_of(cell: Cell) -> str:
    """A cell as text: a whole number without ".0" (a phone number Excel took for a number),
    a date as YYYY-MM-DD, a datetime as YYYY-MM-DD HH:MM."""
    if type(cell) is str:  # most cells, and every CSV cell: first
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%Y-%m-%d %H:%M:%S" if cell.second else "%Y-%m-%d %H:%M")
    if isinstance(cell, dt.date | dt.time):
        return cell.isoformat()
    return str(cell).strip()


def write_sheet(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
                progress: Progress | None = None) -> int:
    """Write the table; returns the number of data rows. The file appears complete or not at
    all (written under a temporary name, then renamed)."""
    suffix = check_format(path)
    partial = path.with_name(path.name + ".partial")
    try:
        count = (_write_xlsx if suffix == ".xlsx" else _write_csv)(partial, headers, rows,
                                                                   progress)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _counted(rows: Iterable[Sequence[Cell]], progress: Progress | None
             ) -> Iterator[Sequence[Cell]]:
    for n, row in enumerate(rows, 1):
        yield row
        if progress is not None and n % 1000 == 0:
            progress(n)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
               progress: Progress | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        out = csv.writer(file)
        out.writerow(headers)
        for row in _counted(rows, progress):
            out.writerow([text_of(c) for c in row])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
                progress: Progress | None) -> int:
    """XlsxWriter in its constant-memory mode: each row goes to the file as it comes, with
    plain values (a date or time carries its number format), twice as fast as openpyxl's
    write-only mode for the same file. Each text is written as typed (never as a formula, a URL
    or XML: see app.tabular.excel_text) or refused with a sentence, as is a list longer than a
    sheet, whose rows past its end XlsxWriter would leave out."""
    from xlsxwriter import Workbook  # only when an Excel file is written

    workbook = Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                    "strings_to_formulas": False, "strings_to_urls": False})
    try:
        sheet = workbook.add_worksheet()
        dates = {kind: workbook.add_format({"num_format": shown})
                 for kind, shown in _DATE_FORMATS.items()}
        writers: dict[type, Callable[[int, int, Any], object]] = {
            int: sheet.write_number, float: sheet.write_number, bool: sheet.write_boolean}
        write_string = sheet.write_string

        def put(number: int, cells: Sequence[Cell]) -> None:
            for column, cell in enumerate(cells):
                if type(cell) is str:  # most cells: first, and no call added for them
                    if cell.startswith("<r>"):
                        write_marked(sheet, number, column, cell, headers[column])
                    elif write_string(number, column, cell):  # -2: cut to a cell's limit
                        raise too_long(cell, headers[column], number)
                elif (write := writers.get(type(cell))) is not None:
                    write(number, column, cell)
                elif isinstance(cell, dt.date | dt.time):
                    kind = dt.datetime if isinstance(cell, dt.datetime) else type(cell)
                    sheet.write_datetime(number, column, _excel(cell), dates[kind])
                elif cell is not None:  # a subclass: a StrEnum's member, an IntEnum's
                    sheet.write(number, column, cell)

        put(0, headers)
        count = 0
        for count, row in enumerate(_counted(rows, progress), 1):
            if count == SHEET_ROWS:
                raise ValidationError("The list has more rows than an Excel sheet holds "
                                      "({limit}). Export it as .csv.", limit=SHEET_ROWS - 1)
            put(count, row)
    finally:
        workbook.close()
    return count


_DATE_FORMATS = {dt.datetime: "yyyy-mm-dd hh:mm:ss", dt.date: "yyyy-mm-dd", dt.time: "hh:mm:ss"}


def _excel(cell: Cell) -> Cell:
    """Aware datetimes are written as the wall time they show (Excel has no time zones)."""
    if isinstance(cell, dt.datetime) and cell.tzinfo is not None:
        return cell.replace(tzinfo=None)
    return cell
