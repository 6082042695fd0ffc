"""Job sheet PDFs on the large station: one sheet (data + PDF), and a batch of 500 sheets.

Baseline: a bare one-page reportlab document (one paragraph in the embedded CJK font), built in
memory in the same run, so the ratios say how much a sheet costs over reportlab's minimum.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from io import BytesIO
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import select

from app.db import Database, open_database
from app.models import ChecklistRun, Job
from app.models.base import utcnow
from app.printing.day_sheets import render_day_sheets
from app.printing.job_sheet import render_job_sheet
from app.printing.styles import FONT
from app.services.day_sheet_data import TechnicianDay, day_plan, plan_sheets_data
from app.services.job_sheet_data import sheet_data
from app.services.station import home_station
from benchmarks.harness import Figure, median_ms

BATCH = 500


def bare_document() -> bytes:
    out = BytesIO()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=13)
    SimpleDocTemplate(out).build([Paragraph("南京服务站 FieldDesk 工单 Job sheet", style)])
    return out.getvalue()


def filled_job(db: Database, job_type: str) -> str:
    """The newest job of a type with a filled checklist (installation: 151 items, 5 pages)."""
    with db.session() as s:
        job_id = s.scalar(select(Job.id).join(ChecklistRun, ChecklistRun.job_id == Job.id)
                          .where(Job.job_type == job_type).order_by(Job.created_at.desc()))
    if job_id is None:
        raise RuntimeError(f"the large demo station has no {job_type} job with a checklist")
    return job_id


def upcoming_visits(db: Database, count: int) -> list[TechnicianDay]:
    """The technicians' days from tomorrow on, cut at `count` visits: a dispatcher printing
    the coming days' sheets (jobs not done yet: mostly blank sheets to fill on site)."""
    tomorrow = utcnow().astimezone(home_station(db).tz).date() + dt.timedelta(days=1)
    plan: list[TechnicianDay] = []
    left, day = count, tomorrow
    while left > 0 and day < tomorrow + dt.timedelta(days=60):
        for tech_day in day_plan(db, day):
            if left > 0:
                plan.append(dataclasses.replace(tech_day, visits=tech_day.visits[:left]))
                left -= len(plan[-1].visits)
        day += dt.timedelta(days=1)
    return plan


def run(db_path: Path) -> list[Figure]:
    db = open_database(db_path)
    try:
        base = median_ms(bare_document, runs=21)
        install, repair = filled_job(db, "install"), filled_job(db, "repair")
        filled = {job: median_ms(lambda job=job: render_job_sheet(sheet_data(db, job)), runs=15)
                  for job in (install, repair)}
        blank = median_ms(lambda: render_job_sheet(sheet_data(db, install), blank=True), runs=15)
        plan = upcoming_visits(db, BATCH)
        sheets = sum(len(d.visits) for d in plan)
        start = time.perf_counter()
        pdf = render_day_sheets(plan_sheets_data(db, plan))
        batch = (time.perf_counter() - start) * 1000
    finally:
        db.dispose()
    label = "bare one-page reportlab document"
    return [
        Figure(f"baseline: {label}", base, None),
        Figure("job sheet: repair, filled (data + PDF)", filled[repair], 30, label, base),
        Figure("job sheet: installation, 151 items filled (data + PDF)", filled[install], 30,
               label, base),
        Figure("job sheet: installation, blank for paper (data + PDF)", blank, 30, label, base),
        Figure(f"day sheets batch: {sheets} job sheets, {pdf.pages} pages", batch, 15_000, label,
               base),
    ]
