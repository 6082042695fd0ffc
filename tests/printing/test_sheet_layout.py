"""How the sheet reads on paper (issue 18, points 10-12): item numbers without gaps, the
signature block kept with the totals, and a blank sheet without formulas."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest

from app.checklists.schema import ItemType
from app.db import Database
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.charges import save_lines
from app.services.job_lines import LineInput
from app.services.job_sheet_data import sheet_data
from app.services.jobs import JobDetail
from tests.printing.conftest import flat, read_pdf

# An item number is a line of its own, followed by the item's label (Chinese first).
NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})\n(?=[\u4e00-\u9fff])", re.MULTILINE)
PARTS = "配件与工时 Parts and labour"


def item_numbers(text: str) -> list[tuple[int, int]]:
    """The checklist's item numbers in the order printed (the cells before the charges)."""
    checklist = text.split(PARTS)[0]
    return [(int(a), int(b)) for a, b in NUMBER.findall(checklist)]


def assert_no_gaps(numbers: list[tuple[int, int]]) -> None:
    expected: list[tuple[int, int]] = []
    for section, _ in numbers:
        last = expected[-1] if expected else (0, 0)
        expected.append((section, last[1] + 1) if section == last[0] else (last[0] + 1, 1))
    assert numbers == expected


@pytest.mark.parametrize("blank", [False, True])
def test_item_numbers_count_only_the_items_printed(db: Database, install: JobDetail, fill: Any,
                                                   blank: bool) -> None:
    fill(install)
    data = sheet_data(db, install.id)
    assert data.checklist is not None
    hidden = len(data.checklist.template.items()) - len(data.checklist.outcome.applicable)
    assert hidden > 0  # conditions leave items out of this job's checklist
    numbers = item_numbers(read_pdf(render_job_sheet(data, blank)).text)
    assert len(numbers) > 100
    assert_no_gaps(numbers)
    if not blank:
        assert len(numbers) == len(data.checklist.outcome.applicable)


def test_the_signatures_stay_with_the_totals_and_the_lines_fill_the_page_before(
        db: Database, dispatcher: Actor, install: JobDetail) -> None:
    save_lines(db, dispatcher, install.id, [
        LineInput("part", f"铜管 copper pipe {n} (m)", "2.5", "30") for n in range(8)])
    data = sheet_data(db, install.id)
    split_at_totals = 0
    for lines in range(0, 40, 3):  # a longer symptom moves the tail down the page
        sheet = dataclasses.replace(data, symptom="\n".join(["故障 symptom"] * (lines + 1)))
        pages = read_pdf(render_job_sheet(sheet)).pages
        signed = [n for n, page in enumerate(pages) if "签字 signature" in page]
        assert signed and signed[-1] == len(pages) - 1
        last = flat(pages[-1])
        assert flat("客户应付 Payable by the customer") in last, lines
        assert flat("客户确认以上服务内容") in last
        if "铜管 copper pipe 0" in pages[-2]:
            split_at_totals += 1  # the lines ended the page before, the totals start this one
    assert split_at_totals


FORMULA = re.compile(r"round\(|max\(|\[|[a-z]+_[a-z]+|依 .* 而定")


def test_the_blank_sheet_prints_limits_never_formulas(db: Database, install: JobDetail) -> None:
    data = sheet_data(db, install.id)
    assert data.checklist is not None
    text = read_pdf(render_job_sheet(data, blank=True)).text
    assert not FORMULA.search(text), FORMULA.search(text)
    assert flat("按厂家说明书 Per maker's manual") in flat(text)  # oil bends: worked out on site
    # a limit that only the chosen gauge decides is printed per gauge, by its name
    assert flat("电子真空计（微米） Micron gauge (electronic): ≥ 15 min") in flat(text)
    assert flat("≤ 额定/最大电流（铭牌） A") in flat(text)  # another item's value, by its label


def test_the_blank_sheet_has_a_box_for_every_computed_value(db: Database,
                                                            install: JobDetail) -> None:
    data = sheet_data(db, install.id)
    assert data.checklist is not None
    text = flat(read_pdf(render_job_sheet(data, blank=True)).text)
    assert "自动计算" not in text
    computed = [i for i in data.checklist.template.items() if i.type is ItemType.COMPUTED]
    assert len(computed) >= 4
    for item in computed:  # the label, then the box with the unit set right in it
        label = re.escape(flat(f"{item.label.zh} {item.label.en}"))
        assert re.search(f"{label}\\*?†?{re.escape(flat(item.unit))}", text), item.id
