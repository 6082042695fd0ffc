"""Issue 22 point 2 on paper: the unit a job names when it is created (the new-job dialog's new
unit) is printed on its sheet, read back from the PDF."""

from __future__ import annotations

import datetime as dt

from app.db import Database
from app.printing.job_sheet import render_job_sheet
from app.services.actor import Actor
from app.services.customers import CustomerInput, EquipmentInput, SiteInput
from app.services.job_sheet_data import sheet_data
from app.services.jobs import ExistingSite, JobInput, NewCustomer, create_job
from tests.printing.conftest import ADDRESS, CUSTOMER, flat, read_pdf

NONE_RECORDED = flat("未登记设备 No equipment recorded")


def test_the_sheet_prints_the_unit_registered_with_the_job(db: Database,
                                                           dispatcher: Actor) -> None:
    unit = EquipmentInput("美的", "KFR-26GW/N8XHC1", "IN2605550001", "OUT2605550002", "R32",
                          2.6, purchase_date=dt.date(2026, 5, 2),
                          warranty_end=dt.date(2032, 5, 2))
    who = NewCustomer(CustomerInput(CUSTOMER, "13912345670"), SiteInput(ADDRESS))
    job, _ = create_job(db, dispatcher, who,
                        JobInput("repair", symptom="制热不出风", new_equipment=unit))
    pdf = read_pdf(render_job_sheet(sheet_data(db, job.id)))
    for words in ("美的", "KFR-26GW/N8XHC1", "IN2605550001", "OUT2605550002",
                  "在保 Under warranty"):
        assert flat(words) in pdf.flat, words
    assert NONE_RECORDED not in pdf.flat

    bare, _ = create_job(db, dispatcher, ExistingSite(job.site_id),
                         JobInput("repair", symptom="异响"))
    assert NONE_RECORDED in read_pdf(render_job_sheet(sheet_data(db, bare.id))).flat
