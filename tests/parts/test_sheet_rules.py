"""Issue 17: the job sheet prints, under each line, the old part's serial it replaced and the
warranty rule that decided it (what the customer signs), read back from the PDF."""

from __future__ import annotations

from app.db import Database
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.charges import catalogue_line, override_line, save_lines
from app.services.job_sheet_data import sheet_data
from tests.core.conftest import MakeJob, local
from tests.parts.conftest import Catalogue
from tests.parts.test_charges import unit
from tests.printing.conftest import flat, read_pdf


def test_each_line_prints_its_rule_and_old_serial(db: Database, dispatcher: Actor,
                                                  supervisor: Actor, items: Catalogue,
                                                  make_job: MakeJob) -> None:
    job = make_job("repair", now=local(2026, 6, 21, 10), new_equipment=unit())
    view, _ = save_lines(db, dispatcher, job.id, [
        catalogue_line(items.compressor, 1, old_serial="CMP-OLD-778"),
        catalogue_line(items.labour), catalogue_line(items.travel)])
    override_line(db, supervisor, view.charges.lines[2].id, True, "老客户")
    pdf = read_pdf(render_job_sheet(sheet_data(db, job.id)))
    for words in ("旧件条码 Old serial: CMP-OLD-778",
                  "依据 Rule: 配件保修期内 Within the part's own warranty",
                  "依据 Rule: 整机保修期内 Within the unit's warranty",
                  "依据 Rule: 主管决定 Decided by a supervisor"):
        assert flat(words) in pdf.flat, words
    assert "Travel is paid by the customer" not in pdf.text  # the override replaced it
    assert pdf.flat.count(flat("旧件条码")) == 1  # only the part that replaced one
