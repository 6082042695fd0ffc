"""The printed sheets show user text without the bidirectional controls typed into it."""

from __future__ import annotations

from app.db import Database
from app.printing.job_sheet import render_job_sheet
from app.services.job_sheet_data import sheet_data
from app.texts import BIDI_CONTROLS
from tests.core.conftest import MakeJob
from tests.printing.conftest import flat, read_pdf


def test_the_job_sheet_prints_names_and_addresses_without_bidi_controls(
        db: Database, make_job: MakeJob) -> None:
    job = make_job("repair", name="张\u2066伟\u2069\u202egpj.exe",
                   address="南京市\u202e鼓楼区1号", symptom="不\u202d制冷")
    assert sheet_data(db, job.id).customer_name.startswith("张\u2066")  # kept as typed
    pdf = read_pdf(render_job_sheet(sheet_data(db, job.id)))
    assert not set(BIDI_CONTROLS) & set(pdf.text)
    for words in ("张伟gpj.exe", "南京市鼓楼区1号", "不制冷"):
        assert flat(words) in pdf.flat, words
