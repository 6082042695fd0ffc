"""Printing fixtures: the core's real SQLite station, an installation job with equipment and a
filled 151-item checklist, signatures, and the PDF read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PdfReader

from app.checklists.autofill import PHOTO, passing_answers
from app.checklists.evaluate import number_text
from app.checklists.schema import ItemType, TemplateBody
from app.db import Database
from app.demo.checklists import png
from app.services.actor import Actor
from app.services.checklists import job_checklist, save_answers
from app.services.customers import EquipmentInput, add_equipment
from app.services.jobs import JobDetail, JobInput, get_job, update_job
from tests.core.conftest import *  # noqa: F403  (db, admin, dispatcher, supervisor, make_job...)
from tests.core.conftest import MakeJob

CUSTOMER, ADDRESS = "王芳", "江苏省南京市玄武区中山路18号 3栋 502"
MARKER = "MARKER-4711"  # a text answer that only a filled sheet shows
SIGNATURE_PNG = png(120, 40, (20, 20, 90))


@dataclass(frozen=True)
class Pdf:
    pages: list[str]  # extracted text per page
    reader: PdfReader

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """The text without any whitespace (wrapped lines joined again)."""
        return flat(self.text)

    def images(self) -> int:
        return sum(len(page.images) for page in self.reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def read_pdf(data: bytes) -> Pdf:
    reader = PdfReader(io.BytesIO(data))
    return Pdf([page.extract_text() for page in reader.pages], reader)


@pytest.fixture
def install(db: Database, dispatcher: Actor, make_job: MakeJob) -> JobDetail:
    """An installation job at a site with its split unit recorded (R32, under warranty)."""
    job = make_job("install", name=CUSTOMER, address=ADDRESS, symptom="新装 1.5匹 挂机")
    unit, _ = add_equipment(db, dispatcher, job.site_id, EquipmentInput(
        "格力", "KFR-35GW/(35592)FNhAa-B1", "4F2604176139", "5F2604968326", "R32", 3.5,
        warranty_end=dt.date(2032, 5, 1)))
    update_job(db, dispatcher, job.id, JobInput("install", symptom=job.symptom,
                                                equipment_id=unit))
    return get_job(db, job.id)


def first_text_item(body: TemplateBody) -> str:
    return next(i.id for i in body.items() if i.type is ItemType.TEXT and not i.fact)


@dataclass(frozen=True)
class Spoiled:
    item_id: str
    value: float
    limit: float
    unit: str

    @property
    def described(self) -> str:
        return f"{number_text(self.value)} {self.unit} > {number_text(self.limit)} {self.unit}"


@pytest.fixture
def fill(db: Database, dispatcher: Actor) -> Any:
    """Answer a job's checklist so it passes (photos aside), with a marker text answer;
    `spoil=True` puts one measurement over its maximum and returns it."""
    def do(job: JobDetail, spoil: bool = False) -> Spoiled | None:
        view = job_checklist(db, job.id)
        assert view is not None
        answers = {k: v for k, v in passing_answers(view.template, view.facts,
                                                     random.Random(7)).items()
                   if not (isinstance(v, list) and PHOTO in v)}
        answers[first_text_item(view.template)] = MARKER
        spoiled = None
        if spoil:
            item = next(i for i in view.template.items() if i.type is ItemType.NUMBER
                        and isinstance(i.max, float) and i.id in answers)
            assert item.max is not None and isinstance(item.max, float)
            spoiled = Spoiled(item.id, round(item.max * 1.8, 1), item.max, item.unit)
            answers[item.id] = spoiled.value
        save_answers(db, dispatcher, job.id, answers)
        return spoiled
    return do
