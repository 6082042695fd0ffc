"""Job sheet PDFs on the large station: one sheet (data + PDF), and a batch of 500 sheets,
written as one PDF file and sent to a printer.

Baseline: a bare one-page reportlab document (one paragraph in the embedded CJK font), built in
memory in the same run, so the ratios say how much a sheet costs over reportlab's minimum. The
batch's PDF sent to a printer (the app's CUPS path, to a cups-pdf queue of a throwaway CUPS
server, until the server accepted the job) is set against the same bytes written as one PDF
file ("Save as PDF") in the same run; laying the batch out, common to both, is its own figure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
import threading
import time
from io import BytesIO
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import select

from app.db import Database, open_database
from app.models import ChecklistRun, Job
from app.models.base import utcnow
from app.printing import cups
from app.printing.day_sheets import render_day_sheets
from app.printing.document import Pdf
from app.printing.job_sheet import render_job_sheet
from app.printing.styles import FONT
from app.services.day_sheet_data import TechnicianDay, day_plan, plan_sheets_data
from app.services.job_sheet_data import sheet_data
from app.services.station import home_station
from benchmarks.harness import Figure, median_ms
from tests.cups_server import CupsServer, new_root

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


def write_file(pdf: Pdf, path: Path) -> None:
    """The batch as one PDF file (as "Save as PDF" writes it), on the disk."""
    with path.open("wb") as out:
        out.write(pdf)
        out.flush()
        os.fsync(out.fileno())


def written_ms(pdf: Pdf, runs: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        return median_ms(lambda: write_file(pdf, Path(folder) / "batch.pdf"), runs=runs)


def sent_ms(pdf: Pdf, runs: int) -> tuple[float, int]:
    """Sending the batch to a cups-pdf queue of a throwaway CUPS server through the app's
    path, until the server accepted it (median of `runs` jobs); and the bytes it spooled. The
    queue holds its jobs, so no Ghostscript runs over the pages during the other figures."""
    server = CupsServer(new_root())
    before = os.environ.get("CUPS_SERVER")
    try:
        os.environ["CUPS_SERVER"] = server.start()  # read by libcups in each new thread
        server.add_pdf_queue("Bench_PDF")
        server.admin("lpadmin", "-p", "Bench_PDF", "-o", "job-hold-until-default=indefinite")
        jobs: list[cups.Submitted] = []
        timed: list[float] = []

        def send() -> None:  # in a thread of its own: libcups there sees this server only
            options = cups.JobOptions("Bench_PDF", "Day sheets")
            timed.append(median_ms(lambda: jobs.append(cups.submit(pdf, options)), runs=runs))
        thread = threading.Thread(target=send)
        thread.start()
        thread.join()
        if not timed:
            raise RuntimeError("the batch was not accepted by the test printer")
        return timed[0], len(server.spooled(jobs[-1].job))
    finally:
        server.stop()
        if before is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = before


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
        written = written_ms(pdf, runs=5)
        sent, spooled = sent_ms(pdf, runs=5)
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
        Figure(f"baseline: the {sheets}-sheet batch's PDF written to a file", written, None),
        Figure(f"the batch's PDF sent to CUPS: {spooled / 1e6:.1f} MB, "
               f"{spooled / 1024 / pdf.pages:.1f} KB a page", sent, 2_000,
               "the batch's PDF written to a file", written),
    ]
