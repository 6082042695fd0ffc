"""`fielddesk print job` and `fielddesk print day`: PDFs written, one readable line on errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import Database
from app.services.actor import Actor
from app.services.appointments import assign
from tests.cli import fielddesk
from tests.core.conftest import MakeJob, MakeTech, local
from tests.printing.conftest import CUSTOMER, read_pdf


@pytest.fixture
def station(db: Database, dispatcher: Actor, make_job: MakeJob, make_tech: MakeTech,
            tmp_path: Path) -> tuple[str, str]:
    """The database path and the number of a repair booked for T001 on 2026-03-16."""
    job = make_job("repair", name=CUSTOMER)
    assign(db, dispatcher, job.id, make_tech("T001"), local(2026, 3, 16, 9))
    return str(tmp_path / "station.sqlite"), job.number


def test_print_job_writes_the_sheet(station: tuple[str, str], tmp_path: Path) -> None:
    path, number = station
    for extra, title in (((), "服务工单"), (("--blank",), "现场记录单")):
        out = tmp_path / f"sheet{len(extra)}.pdf"
        result = fielddesk("print", "job", number.lower(), "-o", str(out), *extra, "--db", path)
        assert result.returncode == 0, result.stderr
        pdf = read_pdf(out.read_bytes())
        assert number in pdf.text and CUSTOMER in pdf.text and title in pdf.text
        assert result.stdout.strip() == f"{out}  {len(pdf.pages)} pages"


def test_print_day_writes_the_day_sheets(station: tuple[str, str], tmp_path: Path) -> None:
    path, number = station
    out = tmp_path / "day.pdf"
    result = fielddesk("print", "day", "2026-03-16", "--technician", "T001", "-o", str(out),
                       "--with-unprinted-sheets", "--db", path)
    assert result.returncode == 0, result.stderr
    pdf = read_pdf(out.read_bytes())
    assert "Day sheet" in pdf.pages[0] and number in pdf.pages[0] and len(pdf.pages) >= 2


@pytest.mark.parametrize(("args", "words"), [
    (("job", "NJ01-2026-999999"), "There is no job NJ01-2026-999999."),
    (("day", "2026-3-16x"), "is not a date: write it as YYYY-MM-DD"),
    (("day", "2026-03-16", "--technician", "T404"), "There is no technician with the code T404"),
    (("day", "2026-03-17"), "Nobody has a visit on 2026-03-17."),
])
def test_bad_input_is_one_line_and_exit_1(station: tuple[str, str], tmp_path: Path,
                                          args: tuple[str, ...], words: str) -> None:
    out = tmp_path / "never.pdf"
    result = fielddesk("print", *args, "-o", str(out), "--db", station[0])
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
