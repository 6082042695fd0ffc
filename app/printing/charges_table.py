"""Parts and labour with their prices, and what the warranty covers (price transparency):
every line with quantity, unit price and amount (under its description the old part's serial
and the warranty rule that decided it), then the total, the warranty-covered amount
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
from app.services.job_lines import Charges, Line

COLUMNS = (18 * mm, CONTENT_WIDTH - 102 * mm, 16 * mm, 24 * mm, 24 * mm, 20 * mm)
HEADER = ["类别 Kind", "项目 Description", "数量 Qty", "单价 Unit price", "金额 Amount",
          "保修 Warranty"]
BLANK_LINES = 4
RULES = {  # app.services.warranty_rules.Rule: why a line is covered or payable
    "travel": "路程费由客户承担 Travel is paid by the customer",
    "free_installation": "新机安装由厂家承担 The maker pays the installation",
    "not_a_fault": "非故障维修 Not the repair of a fault",
    "no_unit": "未指明机器 No unit named",
    "void": "保修失效 Warranty void",
    "no_start_date": "无保修起算日 No date to count from",
    "refund_days": "包退期内 Within the refund period",
    "replacement_days": "包换期内 Within the replacement period",
    "part_warranty": "配件保修期内 Within the part's own warranty",
    "part_expired": "配件保修已过 The part's warranty ended",
    "unit_warranty": "整机保修期内 Within the unit's warranty",
    "unit_expired": "整机保修已过 The unit's warranty ended",
    "override": "主管决定 Decided by a supervisor",
}


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
                     wrap(_described(line), COLUMNS[1] - 2 * PAD), L.quantity(line.quantity),
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


def _described(line: Line) -> str:
    """The line's description, the old part's serial it replaced and the warranty rule that
    decided it (a line set by hand before the policy names none)."""
    text = line.description
    if line.old_serial:
        text += f"\n旧件条码 Old serial: {line.old_serial}"
    if rule := RULES.get(line.warranty_rule):
        text += f"\n依据 Rule: {rule}"
    return text


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
