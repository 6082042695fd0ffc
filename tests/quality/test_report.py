"""Issue 14 point 7: `fielddesk report quality --month YYYY-MM -o FILE.pdf` (and `--json`):
A4, the figures against last month, the charts, the technicians, the month's complaints with
their four stages, in the language asked for; read back with pypdf."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import Database
from tests.cli import fielddesk
from tests.quality.scenario import NOW, July

A4 = (595, 842)


def report(tmp_path: Path, *options: str) -> tuple[str, PdfReader]:
    out = tmp_path / "quality.pdf"
    run = fielddesk("report", "quality", "--month", "2026-07", "-o", str(out), "--now",
                    NOW.isoformat(), "--db", str(tmp_path / "station.sqlite"), *options)
    assert run.returncode == 0, run.stderr
    pdf = PdfReader(BytesIO(out.read_bytes()))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    return text, pdf


def test_the_report_in_english(db: Database, july: July, tmp_path: Path) -> None:
    text, pdf = report(tmp_path, "--lang", "en")
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4
    assert "Monthly quality report 2026-07" in text and "NJ01" in text
    flat = " ".join(text.split())
    for line in ("Complaint rate 66.7% — 2 / 3", "Omission rate 54.5% — 6 / 11",
                 "Dissatisfaction rate 50.0% — 1 / 2", "Response promise attainment 50.0% — 2 / 4",
                 "First-time fix rate 50.0% — 1 / 2", "Installations failed first time 100.0%"):
        assert line in flat
    assert "required follow-ups missed or late" in flat  # the omission rate's definition
    assert "T1 师傅 T1" in flat and "东区" in flat  # the technicians' and teams' tables
    # The month's complaints with their four stages, the late handling marked.
    assert "师傅没穿鞋套" in flat and "已致歉" in flat and "复核：提醒全员" in flat
    assert "Reported back" in flat and "late" in flat and "等了很久" in flat
    assert "The three rates (%)" in flat  # the trend chart's title and legend
    assert "第 1/" in flat or "Page 1 of" in flat


def test_the_report_in_chinese(db: Database, july: July, tmp_path: Path) -> None:
    text, _ = report(tmp_path, "--lang", "zh_CN")
    flat = " ".join(text.split())
    assert "质量月报 2026-07" in flat and "投诉率 66.7%" in flat and "遗漏率 54.5%" in flat
    assert "Complaint rate" not in flat and "响应承诺达成率" in flat


def test_the_report_as_json(db: Database, july: July, tmp_path: Path) -> None:
    run = fielddesk("report", "quality", "--month", "2026-07", "--json", "--now",
                    NOW.isoformat(), "--db", str(tmp_path / "station.sqlite"))
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    figures = data["figures"]
    assert figures["complaint_rate"]["numerator"] == 2 and figures["completed"] == 3
    assert figures["repeat_visits"]["jobs"] == ["NJ01-2026-000005"]  # J4, the fifth call
    assert figures["complaint_rate"]["jobs"] == ["NJ01-2026-000001", "NJ01-2026-000004"]
    assert len(data["trend"]) == 12 and data["trend"][-1]["month"] == "2026-07"
    assert [c["stage"] for c in data["complaints"]] == ["reported_back", "recorded"]
    assert [len(c["stages"]) for c in data["complaints"]] == [5, 5]
    assert {t["label"] for t in data["technicians"]} == {"T1 师傅 T1", "T2 师傅 T2"}


@pytest.mark.parametrize(("args", "words"), [
    (("--month", "2026-13", "--json"), "The month '2026-13' must look like 2026-07."),
    (("--month", "2026-07"), "one of the arguments -o/--output --json is required"),
])
def test_bad_arguments_are_one_line(db: Database, tmp_path: Path, args: tuple[str, ...],
                                    words: str) -> None:
    if "--json" not in args:
        with pytest.raises(SystemExit):
            fielddesk("report", "quality", *args, "--db", str(tmp_path / "station.sqlite"))
        return
    run = fielddesk("report", "quality", *args, "--db", str(tmp_path / "station.sqlite"))
    assert run.returncode == 1 and run.stderr.strip() == f"fielddesk: {words}"
