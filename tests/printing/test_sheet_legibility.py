"""Legible on paper (issue 18, point 13): the font sizes each text is drawn at, read back from
the PDF's text operators with pypdf's text visitor. At 150 dpi, 7.5 pt is 15.6 pixels high
(labels, page furniture) and 9 pt is 18.75 (everything the technician and the customer read).
"""

from __future__ import annotations

import io
import math
from typing import Any

from pypdf import PdfReader

from app.db import Database
from app.printing.day_sheets import render_day_sheets
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.day_sheet_data import day_sheets_data
from app.services.job_sheet_data import sheet_data
from app.services.jobs import JobDetail
from tests.core.conftest import MakeTech, local
from tests.printing.conftest import ADDRESS, CUSTOMER

LABEL_PT, BODY_PT = 7.5, 9.0
Matrix = tuple[float, float, float, float, float, float]


def _times(a: Matrix, b: Matrix) -> Matrix:
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def drawn_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """Every line of text with the height it is drawn at on the page, in points (the font
    size scaled by the text and graphics matrices). The pieces of a line that reportlab draws
    in several font subsets are joined again (same baseline, same size)."""
    found: list[tuple[str, float]] = []
    last: list[tuple[float, float]] = []  # (baseline, size) of the last piece

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        m = _times(tuple(tm), tuple(cm))  # type: ignore[arg-type]
        key = (round(m[5], 1), round(size * math.hypot(m[2], m[3]), 2))
        if last and last[0] == key:
            found[-1] = (found[-1][0] + text, key[1])
        else:
            found.append((text, key[1]))
        last[:] = [key]

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
        last.clear()
    return found


def smallest_with(sizes: list[tuple[str, float]], needle: str) -> float:
    hits = [size for text, size in sizes if needle in text]
    assert hits, needle
    return min(hits)


def test_no_text_on_a_sheet_is_below_label_size_and_the_body_is_9_pt(
        db: Database, install: JobDetail, fill: Any) -> None:
    fill(install)
    data = sheet_data(db, install.id)
    assert data.checklist is not None
    item = data.checklist.template.items()[0]
    for blank in (False, True):
        sizes = drawn_sizes(render_job_sheet(data, blank))
        assert len(sizes) > 200
        assert min(size for _, size in sizes) >= LABEL_PT
        for body in (CUSTOMER, ADDRESS[:6], item.label.zh, "客户确认以上服务内容"):
            assert smallest_with(sizes, body) >= BODY_PT, body
        assert smallest_with(sizes, "Page 1 of") >= LABEL_PT  # the footer, a label


def test_day_sheets_are_as_legible(db: Database, dispatcher: Actor, install: JobDetail,
                                   make_tech: MakeTech) -> None:
    assign(db, dispatcher, install.id, make_tech("T001", "陈师傅"), local(2026, 3, 16, 9))
    sizes = drawn_sizes(render_day_sheets(day_sheets_data(db, "2026-03-16")))
    assert min(size for _, size in sizes) >= LABEL_PT
    assert smallest_with(sizes, "09:00") >= BODY_PT  # the route page's times
    assert smallest_with(sizes, CUSTOMER) >= BODY_PT
