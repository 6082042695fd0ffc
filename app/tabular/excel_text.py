"""Text in Excel cells, written by XlsxWriter and read back by openpyxl exactly as typed.

XlsxWriter writes a string as given (it escapes &, < and >) except in three cases, each closed
here or in files.py's writer, which calls into this module only for a text starting with "<r>"
or refused (a 50,000-job export pays one startswith per text):

- A string that starts with "<r>" and ends with "</r>" is taken for a ready-made rich string
  and copied into the sheet's XML unescaped (the `<r>` checks of worksheet.py in
  constant-memory mode, sharedstrings.py otherwise). A note typed as `<r><t>5 & 6</t></r>` made
  a file no program opens, and any user could put XML of their choice into the workbook. Such
  a text is written as a rich string of plain fragments instead, which XlsxWriter escapes, and
  which Excel and openpyxl read as the fragments joined: the typed text.
- Characters XML forbids (controls other than tab and line feed; U+FFFE, U+FFFF) are written as
  Excel's `_xHHHH_` escapes, and a typed `_xHHHH_` as `_x005F_xHHHH_`. Excel decodes them,
  openpyxl does not, so `unescaped` does when a file is read. A rich string's XML goes through
  that escaping twice, so a `<r>...</r>` text holding such a character or sequence cannot be
  written exactly, and is refused with a sentence.
- A text longer than the 32,767 UTF-16 units a cell holds is cut silently; it is refused.

A text starting with "=" stays text: write_string never writes a formula.
"""

from __future__ import annotations

import re
from typing import Any

from app.errors import ValidationError

CELL_LIMIT = 32_767  # UTF-16 units in one cell
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
_ESCAPED_TWICE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def write_marked(sheet: Any, row: int, column: int, text: str, header: str) -> None:
    """Write `text`, which starts with "<r>", as typed (write_string writes any other text as
    typed but one too long). `header` names the column in a refusal."""
    if not text.endswith("</r>"):
        refused = sheet.write_string(row, column, text)
    elif _ESCAPED_TWICE.search(text):
        raise ValidationError(
            "The {column} in row {row} cannot be written to an Excel file as it is: a text "
            "between <r> and </r> with a control character or an _x0000_-like sequence. "
            "Correct it, or export the list as .csv.", column=header, row=row)
    else:  # three fragments: XlsxWriter wants more than two, none empty
        refused = sheet.write_rich_string(row, column, text[:1], text[1:3], text[3:])
    if refused:  # -2: write_string cuts the text, write_rich_string leaves it out
        raise too_long(text, header, row)


def too_long(text: str, header: str, row: int) -> ValidationError:
    """The refusal of a text longer than a cell holds (write_string's -2)."""
    return ValidationError(
        "The {column} in row {row} is {length} characters long, more than the {limit} an "
        "Excel cell holds. Shorten it, or export the list as .csv.", column=header, row=row,
        length=len(text.encode("utf-16-le")) // 2, limit=CELL_LIMIT)


def unescaped(text: str) -> str:
    """`text` with Excel's `_xHHHH_` escapes decoded, left to right as Excel does
    (`_x005F_x000D_` is the typed `_x000D_`). Callers reading many cells pass only those
    holding "_x"."""
    return _ESCAPE.sub(lambda match: chr(int(match[1], 16)), text)
