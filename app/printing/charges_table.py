"""Parts and labour with their prices, and what the warranty covers (price transparency):
every line with quantity, unit price and amount, then the total, the warranty-covered amount
and what the customer pays. The blank sheet adds empty lines for parts used on site and leaves
the totals to be written in."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from app.printing import labels as L
from app.printing.styles import (
    BODY,
    CONTENT_WIDTH,
    FONT,
    INK,
    MUTED,
    PAD,
    RULE,
    SHADE,
    leading,
    wrap,
)
from app.services.job_lines import Charges

COLUMNS = (18 * mm, CONTENT_WIDTH - 102 * mm, 16 * mm, 24 * mm, 24 * mm, 20 * mm)
HEADER = ["类别 Kind", "项目 Description", "数量 Qty", "单价 Unit price", "金额 Amount",
          "保修 Warranty"]
BLANK_LINES = 4


TEXT_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, BODY, leading(BODY)),
    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (2, 0), (4, -1), "RIGHT"),
    ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]


def charge_lines(charges: Charges, blank: bool = False) -> Table:
    """The header and a row per part or labour line (empty rows to write in on paper); it
    flows over a page break with its header repeated."""
    rows: list[list[str]] = [HEADER]
    for line in charges.lines:
        rows.append([L.LINE_KINDS.get(line.kind, line.kind),
                     wrap(line.description, COLUMNS[1] - 2 * PAD), L.quantity(line.quantity),
                     L.money(line.unit_price), L.money(line.amount),
                     "保修 covered" if line.warranty_covered else ""])
    if blank:
        rows += [[""] * len(COLUMNS) for _ in range(BLANK_LINES)]
    elif not charges.lines:
        rows.append(["", "无 None", "", "", "", ""])
    empty = BLANK_LINES if blank else 0  # tall enough to write in
    heights = [None] * (len(rows) - empty) + [7 * mm] * empty
    table = Table(rows, colWidths=COLUMNS, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([*TEXT_STYLE, ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]))
    return table


def charge_totals(charges: Charges, blank: bool = False) -> Table:
    """The total, the warranty-covered amount and what the customer pays (left empty on
    paper: the parts used are added by hand), in the columns of `charge_lines`."""
    totals = ("", "", "") if blank else (
        L.money(charges.total), L.deducted(charges.covered), L.money(charges.payable))
    rows = [["", "合计 Total", "", "", totals[0], ""],
            ["", "保修承担 Covered by warranty", "", "", totals[1], ""],
            ["", "客户应付 Payable by the customer", "", "", totals[2], ""]]
    table = Table(rows, colWidths=COLUMNS)
    table.setStyle(TableStyle([
        *TEXT_STYLE, ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("FONT", (1, -1), (4, -1), FONT, BODY + 1, leading(BODY + 1))]))
    return table
