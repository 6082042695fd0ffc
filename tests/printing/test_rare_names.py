"""Names with characters outside the main font (issue 18, point 15): CJK Extension A and B
characters of real given names print with the bundled font of rare characters and read back
from the PDF unchanged."""

from __future__ import annotations

from app.db import Database
from app.printing.day_sheets import render_day_sheets
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.day_sheet_data import day_sheets_data
from app.services.job_sheet_data import sheet_data
from tests.core.conftest import MakeJob, MakeTech, local
from tests.printing.conftest import read_pdf

# U+20BB7 and U+2123C (Extension B), U+4DAE (Extension A): none is in WenQuanYi Micro Hei
NAMES = ("吴𠮷", "𡈼丽华", "刘䶮")


def test_rare_characters_of_names_print_and_read_back(db: Database, dispatcher: Actor,
                                                       make_job: MakeJob,
                                                       make_tech: MakeTech) -> None:
    tech = make_tech("T001", "陈𠮷")
    jobs = [make_job("repair", name=name, address=f"南京市鼓楼区{name}路1号") for name in NAMES]
    for hour, job in zip((9, 12, 15), jobs, strict=True):
        assign(db, dispatcher, job.id, tech, local(2026, 3, 16, hour))
    for job, name in zip(jobs, NAMES, strict=True):
        for blank in (False, True):
            pdf = read_pdf(render_job_sheet(sheet_data(db, job.id), blank))
            assert name in pdf.text and f"{name}路1号" in pdf.text
    day = read_pdf(render_day_sheets(day_sheets_data(db, "2026-03-16")))
    assert "陈𠮷" in day.pages[0]
    assert all(name in day.pages[0] for name in NAMES)


def test_both_fonts_are_embedded_only_when_needed(db: Database, make_job: MakeJob) -> None:
    plain, rare = make_job("repair", name="王芳"), make_job("repair", name="吴𠮷")
    fonts = {}
    for job in (plain, rare):
        reader = read_pdf(render_job_sheet(sheet_data(db, job.id))).reader
        fonts[job.customer_name] = {str(f["/BaseFont"]).split("+")[-1]
                           for page in reader.pages
                           for f in page["/Resources"]["/Font"].values()}
    assert not any("Rare" in name for name in fonts["王芳"])
    assert any("Rare" in name for name in fonts["吴𠮷"]), fonts
