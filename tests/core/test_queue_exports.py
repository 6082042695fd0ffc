"""Issue 16 point 4 for the Quality view's queues: the complaint and callback queues export as
chosen on screen (open, overdue only, all; due by today) to .xlsx and .csv, their columns
those of the queue's table, and read back unchanged (Chinese names, phones, station times)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.db import Database
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.callback_queries import callback_queue
from app.services.complaint_queries import complaint_queue
from app.services.exports import ExportFilter, export_list
from app.services.station import home_station
from app.tabular.files import read_sheet, text_of
from tests.quality.scenario import build_july

COMPLAINT_HEADERS = ["Next due", "Stage", "Received", "Customer", "Phone", "Category",
                     "Severity", "Job", "Technician"]
CALLBACK_HEADERS = ["Due", "Call", "Customer", "Phone", "Job", "Technician", "Attempts",
                    "Last called"]


def read_back(path: Path) -> tuple[list[str], list[list[str]]]:
    sheet = read_sheet(path)  # Excel leaves a row's empty cells at its end out
    width = len(sheet.headers)
    return list(sheet.headers), [[text_of(c) for c in row] + [""] * (width - len(row))
                                 for row in sheet.rows]


def shown(moment: dt.datetime | None, db: Database) -> str:
    return "" if moment is None else moment.astimezone(home_station(db).tz).strftime(
        "%Y-%m-%d %H:%M")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_complaint_queue_exports_as_chosen(db: Database, admin: Actor, tmp_path: Path,
                                               suffix: str) -> None:
    build_july(db, admin)
    path = tmp_path / f"complaints{suffix}"
    assert export_list(db, "complaints", path) == 2  # the two open ones
    headers, rows = read_back(path)
    assert headers == COMPLAINT_HEADERS
    expected = [[shown(r.next_due, db), r.stage.value, shown(r.received_at, db),
                 r.customer_name, r.phone, r.category.value, r.severity.value,
                 r.job_number or "", r.technician_name] for r in complaint_queue(db, utcnow())]
    assert rows == expected
    assert {r[3] for r in rows} == {"客户 0001", "客户 0003"}
    assert export_list(db, "complaints", path, ExportFilter(overdue_only=True)) == 1
    _, overdue = read_back(path)
    assert [(r[1], r[3], r[4]) for r in overdue] == [("recorded", "客户 0003", "13900000003")]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_callback_queue_exports_in_the_callers_words(db: Database, admin: Actor,
                                                         tmp_path: Path, suffix: str) -> None:
    build_july(db, admin)
    path = tmp_path / f"callbacks{suffix}"
    words = {"visit": "回访", "complaint": "投诉确认"}
    count = export_list(db, "callbacks", path, headers={"customer": "客户"},
                        term=lambda member: words.get(member.value, member.value))
    queue = callback_queue(db, utcnow())
    assert count == len(queue) >= 2
    headers, rows = read_back(path)
    assert headers == ["Due", "Call", "客户", *CALLBACK_HEADERS[3:]]
    assert rows == [[shown(r.due_at, db), words[r.kind.value], r.customer_name, r.phone,
                     r.job_number or "", r.technician_name, str(r.attempts),
                     shown(r.last_called_at, db)] for r in queue]
    long_ago = dt.datetime(2026, 7, 1, tzinfo=dt.UTC)  # due by then: none
    assert export_list(db, "callbacks", path, ExportFilter(due_by=long_ago)) == 0
    assert read_back(path) == (CALLBACK_HEADERS, [])
