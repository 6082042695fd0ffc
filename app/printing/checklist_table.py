"""The checklist on the sheet: a summary of the result (failing items listed), then every item
by section with its value, acceptance rule and mark. Out-of-range values are marked "✘ 超出范围
out of range" on a shaded row. Items that do not apply are left out, and out of the
numbering: the numbers run without gaps.

Blank mode (the paper round trip): no answers, an empty box for every value the technician
writes (measured or worked out on site) with its unit, and the acceptance rule as far as the
job's facts decide it, never a formula (`acceptance`); items whose condition the facts
cannot decide yet are marked "†" (如适用 if applicable).

One table for the whole checklist (a `RowTable`): it flows over pages with its header row
repeated, and a section title never ends a page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.checklists.evaluate import Finding, describe, number_text, resolve_limits
from app.checklists.expressions import Expression, Unknown
from app.checklists.schema import Item, ItemType, Section
from app.printing import labels as L
from app.printing.acceptance import acceptance, choice_text
from app.printing.blocks import heading, text_block
from app.printing.rows import Row, RowTable
from app.printing.styles import (
    BODY,
    BOX,
    CHECK,
    CONTENT_WIDTH,
    CROSS,
    FAIL,
    FAIL_SHADE,
    FONT,
    HEADING,
    INK,
    MUTED,
    PAD,
    PASS,
    SHADE,
    leading,
    wrap,
)
from app.services.job_sheet_data import SheetChecklist

ShownItem = tuple[Item, bool | None]  # an item and whether it surely applies

COLUMNS = (9 * mm, 76 * mm, 36 * mm, 33 * mm, CONTENT_WIDTH - 154 * mm)
HEADER = Row(("序号\nNo.", "检查项目 Item", "结果 Result", "标准 Acceptance", "判定 Check"))
# Blank: no marks to show, the boxes and choices get the room instead.
BLANK_COLUMNS = (9 * mm, 76 * mm, 58 * mm, CONTENT_WIDTH - 143 * mm)
BLANK_HEADER = Row(HEADER.cells[:4])
IF_APPLICABLE = " †"
BLANK_NOTE = ("现场填写：在方框内填写测量值、勾选 □，返回后由调度员录入。"
              "Fill in the boxes on site; the dispatcher keys them in afterwards.  "
              "* 必填 required  † 如适用 if applicable")


def _cell(text: str, column: int, blank: bool = False) -> str:
    width = (BLANK_COLUMNS if blank else COLUMNS)[column]
    return wrap(text, width - 2 * PAD) if text else ""


def _value(item: Item, value: Any) -> str:
    if value is None or value == "" or value == []:
        return ""
    if item.type is ItemType.YESNO:
        return L.YES if value else L.NO
    if item.type is ItemType.PHOTO:
        return f"{len(value)} 张照片 photo(s)"
    if item.type in (ItemType.NUMBER, ItemType.COMPUTED):
        return f"{number_text(value)} {item.unit}".rstrip()
    return choice_text(item, str(value)) if item.type is ItemType.CHOICE else str(value)


def _blank_value(item: Item, facts: Mapping[str, Any]) -> tuple[str, bool]:
    """What the paper shows for an item, and whether it is an entry box."""
    if item.fact and facts.get(item.fact) is not None:
        return _value(item, facts[item.fact]), False
    match item.type:
        case ItemType.YESNO:
            return f"{BOX} {L.YES}   {BOX} {L.NO}", False
        case ItemType.CHOICE:
            return "  ".join(f"{BOX} {choice_text(item, c)}" for c in item.choices), False
        case ItemType.PHOTO:
            return f"{BOX} 已拍照 taken ({item.photos})", False
        case ItemType.TEXT:
            return "\n", True
    return item.unit, True  # numbers and computed values alike: the technician writes them


def _blank_applies(item: Item, values: Mapping[str, Any]) -> bool | None:
    """Whether the job's facts alone decide the item applies (None: they cannot tell)."""
    if item.when is None:
        return True
    try:
        return bool(Expression.parse(item.when).evaluate(values))
    except (Unknown, ZeroDivisionError, TypeError):
        return None


def _mark(finding: Finding | None, answered: bool, item: Item, missing: bool) -> str:
    if finding is not None:
        return f"{CROSS} {L.BREACHES[finding.breach]}"
    if missing:
        return "未填 Missing"
    return CHECK if answered and item.has_rule else ""


def _label(item: Item) -> str:
    return f"{item.label.zh} {item.label.en}{' *' if item.required else ''}"


def _answer(item: Item, checklist: SheetChecklist) -> Any:
    """The item's answer; a fact item not answered shows the job's fact (as evaluation uses
    it), a computed item its computed value."""
    answer = checklist.answers.get(item.id)
    if answer is None and item.fact:
        answer = checklist.facts.get(item.fact)
    return checklist.outcome.computed.get(item.id) if answer is None else answer


def _item_row(item: Item, number: str, label: str, checklist: SheetChecklist, blank: bool
              ) -> Row:
    accept = _cell(acceptance(item, checklist), 3, blank)
    if blank:
        value, box = _blank_value(item, checklist.facts)
        return Row((number, _cell(label, 1), _cell(value, 2, blank), accept),
                   box=2 if box else None)
    outcome = checklist.outcome
    value = _value(item, _answer(item, checklist))
    finding = outcome.finding(item.id)
    mark = _mark(finding, bool(value), item, item.id in outcome.missing)
    cells = (number, _cell(label, 1), _cell(value, 2), accept, _cell(mark, 4))
    if finding is not None:
        return Row(cells, shade=FAIL_SHADE, colour=FAIL)
    return Row(cells)


def _shown(checklist: SheetChecklist, blank: bool) -> list[tuple[Section, list[ShownItem]]]:
    """The sections and items the sheet shows, with whether each surely applies (None: the
    blank sheet cannot tell yet). Hidden items and empty sections are left out here, so the
    numbering counts only what is printed."""
    known = {**checklist.template.tables, **checklist.facts}
    shown: list[tuple[Section, list[ShownItem]]] = []
    for section in checklist.template.sections:
        items: list[ShownItem] = [(item, applies) for item in section.items
                 if (applies := _blank_applies(item, known) if blank
                     else item.id in checklist.outcome.applicable) is not False]
        if items:
            shown.append((section, items))
    return shown


def _rows(checklist: SheetChecklist, blank: bool) -> tuple[list[Row], dict[str, str]]:
    """The table's rows (section titles and the items shown) and each item's number (`3.2`),
    numbered without gaps: an item a condition hides takes no number."""
    shown = _shown(checklist, blank)
    numbers = {item.id: f"{s_no}.{i_no}" for s_no, (_, items) in enumerate(shown, 1)
               for i_no, (item, _) in enumerate(items, 1)}
    rows: list[Row] = []
    for s_no, (section, items) in enumerate(shown, 1):
        title = wrap(f"{s_no}  {section.title.zh} {section.title.en}", CONTENT_WIDTH)
        rows.append(Row((title,), shade=SHADE, keep_with_next=True))
        for item, applies in items:
            label = _label(item) + (IF_APPLICABLE if applies is None else "")
            rows.append(_item_row(item, numbers[item.id], label, checklist, blank))
    return rows, numbers


def _summary(checklist: SheetChecklist, numbers: Mapping[str, str]) -> Table:
    outcome, body = checklist.outcome, checklist.template
    colour = {"pass": PASS, "fail": FAIL}.get(outcome.result.value, INK)
    lines = [f"检查结果 Result: {L.RESULTS[outcome.result]}"]
    if outcome.findings:
        lines.append(f"不合格项 Failing items ({len(outcome.findings)}):")
        for f in outcome.findings:
            item = body.item(f.item_id)
            text = describe(f, f"{item.label.zh} {item.label.en}", yes="是", no="否")
            lines.append(f"{CROSS} {numbers.get(f.item_id, '')} {text}")
    if outcome.missing:
        listed = ", ".join(numbers.get(i, i) for i in outcome.missing)
        lines.append(f"未填必填项 Required items unanswered ({len(outcome.missing)}): {listed}")
    cells = [[wrap(line, CONTENT_WIDTH - 4 * PAD)] for line in lines]
    table = Table(cells, colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, BODY, leading(BODY)),
        ("FONT", (0, 0), (0, 0), FONT, HEADING, leading(HEADING)),
        ("TEXTCOLOR", (0, 0), (0, 0), colour), ("TEXTCOLOR", (0, 1), (-1, -1), FAIL),
        ("BOX", (0, 0), (-1, -1), 1, colour),
        ("BACKGROUND", (0, 0), (-1, -1), FAIL_SHADE if outcome.findings else SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * PAD), ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def checklist_flowables(checklist: SheetChecklist, blank: bool) -> list[Flowable]:
    if blank:  # the paper knows only the job's facts: limits as far as they decide them
        checklist = dataclasses.replace(checklist, answers={}, limits=resolve_limits(
            checklist.template, {}, checklist.facts))
    rows, numbers = _rows(checklist, blank)
    table = (RowTable(BLANK_HEADER, rows, BLANK_COLUMNS) if blank
             else RowTable(HEADER, rows, COLUMNS))
    name = checklist.template.name
    title = f"检查表 Checklist: {name.zh} {name.en} (v{checklist.template.version})"
    if blank:
        return [heading(title), text_block(BLANK_NOTE, colour=MUTED), table]
    return [heading(title), _summary(checklist, numbers), Spacer(1, 3), table]
