"""Issue 18 point 14: a day prints its route pages only, or with the sheets not printed yet.
A sheet printed or saved is recorded by its job and the digest of what it said; a job whose
sheet changed since (symptom, a visit moved) counts as unprinted again, one whose status only
moved on does not. Read back from the PDF with pypdf, and through `fielddesk print day`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import PrintedSheet
from app.models.enums import JobStatus
from app.printing.day_sheets import render_day_sheets
from app.services.actor import Actor
from app.services.appointments import assign, move
from app.services.day_sheet_data import Sheets, day_sheets_data
from app.services.jobs import JobInput, change_status, update_job
from app.services.printed_sheets import record_printed
from tests.cli import fielddesk
from tests.core.conftest import MakeJob, MakeTech, local
from tests.printing.conftest import read_pdf

MONDAY = dt.date(2026, 3, 16)


@pytest.fixture
def monday(db: Database, dispatcher: Actor, make_job: MakeJob,
           make_tech: MakeTech) -> dict[str, tuple[str, str, str]]:
    """T001 visits 赵敏 at 09:00 and 钱进 at 11:00 on Monday: by customer, (job id, number,
    appointment id)."""
    tech = make_tech("T001", "陈师傅")
    found = {}
    for hour, name in ((9, "赵敏"), (11, "钱进")):
        job = make_job("repair", name=name, symptom="不制冷")
        appt, _ = assign(db, dispatcher, job.id, tech, local(2026, 3, 16, hour))
        found[name] = (job.id, job.number, appt.id)
    return found


def unprinted_numbers(db: Database) -> list[str]:
    return sorted(s.number for s in day_sheets_data(db, MONDAY, sheets=Sheets.UNPRINTED)
                  .sheets.values())


def test_a_printed_sheet_stays_printed_until_its_job_changes(
        db: Database, dispatcher: Actor, monday: dict[str, tuple[str, str, str]]) -> None:
    (zhao, zhao_no, zhao_visit), (qian, qian_no, _) = monday["赵敏"], monday["钱进"]
    assert day_sheets_data(db, MONDAY, sheets=Sheets.NONE).sheets == {}
    assert unprinted_numbers(db) == sorted([zhao_no, qian_no])  # nothing printed yet
    batch = day_sheets_data(db, MONDAY, sheets=Sheets.UNPRINTED)
    assert record_printed(db, dispatcher, batch.sheet_prints()) == 2
    assert unprinted_numbers(db) == []
    assert len(day_sheets_data(db, MONDAY, sheets=Sheets.ALL).sheets) == 2  # a reprint: all

    change_status(db, dispatcher, qian, JobStatus.DISPATCHED)  # the paper is still right
    assert unprinted_numbers(db) == []
    update_job(db, dispatcher, qian, JobInput("repair", symptom="不制冷，滴水"))
    assert unprinted_numbers(db) == [qian_no]  # its sheet says something new
    move(db, dispatcher, zhao_visit, batch.days[0].technician.id, local(2026, 3, 16, 13),
         local(2026, 3, 16, 14, 30))
    assert unprinted_numbers(db) == sorted([zhao_no, qian_no])  # the visit's time moved

    again = day_sheets_data(db, MONDAY, sheets=Sheets.UNPRINTED)
    record_printed(db, dispatcher, again.sheet_prints())
    record_printed(db, None, again.sheet_prints())  # the same content again: its time moves
    assert unprinted_numbers(db) == []
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(PrintedSheet)) == 4
        assert s.scalar(select(func.count()).where(PrintedSheet.job_id == zhao,
                                                   PrintedSheet.printed_by.is_(None))) == 1


def test_the_batch_holds_the_route_pages_and_only_the_unprinted_sheets(
        db: Database, dispatcher: Actor, monday: dict[str, tuple[str, str, str]]) -> None:
    (_, zhao_no, _), (_, qian_no, _) = monday["赵敏"], monday["钱进"]
    route_only = read_pdf(render_day_sheets(day_sheets_data(db, MONDAY, sheets=Sheets.NONE)))
    assert len(route_only.pages) == 1 and "Day sheet" in route_only.pages[0]
    zhao_sheet = day_sheets_data(db, MONDAY).sheets  # printed from the job editor, say
    record_printed(db, dispatcher, tuple(p for p in day_sheets_data(db, MONDAY).sheet_prints()
                                         if zhao_sheet[p.job_id].number == zhao_no))
    pdf = read_pdf(render_day_sheets(day_sheets_data(db, MONDAY, sheets=Sheets.UNPRINTED)))
    assert "Day sheet" in pdf.pages[0]
    sheets = pdf.pages[1:]
    assert sheets and all(qian_no in page for page in sheets)
    assert not any(zhao_no in page for page in sheets)  # printed already: left out


def test_the_command_line_prints_route_pages_or_adds_the_unprinted_sheets(
        db: Database, monday: dict[str, tuple[str, str, str]], tmp_path: Path) -> None:
    path, out = str(tmp_path / "station.sqlite"), tmp_path / "day.pdf"
    numbers = sorted(number for _, number, _ in monday.values())

    def day(*extra: str) -> list[str]:
        result = fielddesk("print", "day", "2026-03-16", "-o", str(out), *extra, "--db", path)
        assert result.returncode == 0, result.stderr
        return read_pdf(out.read_bytes()).pages

    assert len(day()) == 1  # the route pages only, by default
    assert unprinted_numbers(db) == numbers  # and no sheet counts as printed
    with_sheets = day("--with-unprinted-sheets")
    assert len(with_sheets) > 1
    assert sorted(n for n in numbers if any(n in p for p in with_sheets[1:])) == numbers
    assert unprinted_numbers(db) == []  # written: recorded
    assert len(day("--with-unprinted-sheets")) == 1  # nothing left to add
