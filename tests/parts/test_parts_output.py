"""What leaves FieldDesk: the job sheet with parts, covered and payable amounts, the price list
(both read back from the PDF with pypdf), and the commands `print price-list`, `stock list`
and `warranty`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.db import Database
from app.services.actor import Actor
from app.services.charges import catalogue_line, save_lines, set_warranty_void
from app.services.jobs import JobDetail
from app.services.stock import issue_to_van
from tests.cli import fielddesk
from tests.core.conftest import MakeJob, MakeTech, local
from tests.parts.conftest import Catalogue
from tests.parts.test_charges import unit
from tests.printing.conftest import flat, read_pdf


@pytest.fixture
def repair(db: Database, dispatcher: Actor, items: Catalogue, make_job: MakeJob) -> JobDetail:
    job = make_job("repair", now=local(2026, 6, 21, 10), new_equipment=unit())
    save_lines(db, dispatcher, job.id, [
        catalogue_line(items.compressor, 1, old_serial="CMP-OLD-778"),
        catalogue_line(items.labour), catalogue_line(items.travel)])
    return job


def db_path(db: Database) -> str:
    return str(Path(str(db.engine.url.database)))


def test_the_sheet_prints_parts_covered_and_payable(db: Database, repair: JobDetail,
                                                    tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    run = fielddesk("print", "job", repair.number, "-o", str(out), "--db", db_path(db))
    assert run.returncode == 0, run.stderr
    pdf = read_pdf(out.read_bytes())
    for words in ("压缩机", "¥1,280.00", "维修工时", "远程上门费", "路程 Travel",
                  "合计 Total ¥1,410.00", "保修承担 Covered by warranty −¥1,360.00",
                  "客户应付 Payable by the customer ¥50.00"):
        assert flat(words) in pdf.flat, words


def test_the_price_list_reads_back(db: Database, items: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "prices.pdf"
    run = fielddesk("print", "price-list", "-o", str(out), "--db", db_path(db))
    assert run.returncode == 0, run.stderr
    pdf = read_pdf(out.read_bytes())
    for words in ("南京服务站（NJ01）", "价目表 Price list", "配件 Parts", "P-CMP-01",
                  "Compressor", "GREE-00120033", "¥1,280.00", "120 个月 months",
                  "随整机 Unit's", "工时 Labour", "¥80.00",
                  "路程及远程费 Travel and out-of-area charges", "¥50.00",
                  "7 天内出现性能故障：可选择退货或换货。", "refund or replacement",
                  "15 天内出现性能故障：换货或修理。", "72 个月内免费修理",
                  "非授权（无资质）人员安装"):
        assert flat(words) in pdf.flat, words


def test_warranty_names_each_lines_decision_and_rule(db: Database, dispatcher: Actor,
                                                     repair: JobDetail) -> None:
    run = fielddesk("warranty", repair.number, "--db", db_path(db))
    assert run.returncode == 0, run.stderr
    assert "P-CMP-01   压缩机  1 x 1280.00 = 1280.00  covered  [part_warranty]" in run.stdout
    assert "T-OUT" in run.stdout and "payable  [travel] Travel and out-of-area" in run.stdout
    assert "total 1410.00  covered 1360.00  payable 50.00" in run.stdout
    set_warranty_void(db, dispatcher, repair.id, "damage")
    data = json.loads(fielddesk("warranty", repair.number, "--json", "--db",
                                db_path(db)).stdout)
    assert [(ln["code"], ln["decision"], ln["rule"]) for ln in data["lines"]] == [
        ("P-CMP-01", "payable", "void"), ("L-REP", "payable", "void"),
        ("T-OUT", "payable", "travel")]
    assert data["lines"][0]["old_serial"] == "CMP-OLD-778" and data["payable"] == "1410.00"


def test_stock_list_of_the_store_and_a_van(db: Database, dispatcher: Actor, items: Catalogue,
                                           make_tech: MakeTech) -> None:
    issue_to_van(db, dispatcher, items.capacitor, make_tech("T001"), 6)
    data = json.loads(fielddesk("stock", "list", "--json", "--db", db_path(db)).stdout)
    assert [(s["place"], s["code"], s["quantity"], s["low"]) for s in data["stock"]] == [
        ("store", "P-CAP-35", "4", True), ("store", "P-CMP-01", "2", False),
        ("T001", "P-CAP-35", "6", False)]
    van = fielddesk("stock", "list", "--technician", "t001", "--db", db_path(db))
    assert van.returncode == 0 and "T001 陈师傅" in van.stdout and "store" not in van.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("warranty", "NJ01-2026-999999"), "There is no job NJ01-2026-999999."),
    (("stock", "list", "--technician", "T404"), "There is no technician T404."),
])
def test_bad_input_is_one_line_and_a_failure(db: Database, items: Catalogue,
                                             args: tuple[str, ...], message: str) -> None:
    run = fielddesk(*args, "--db", db_path(db))
    assert run.returncode == 1 and run.stderr == f"fielddesk: {message}\n" and not run.stdout
