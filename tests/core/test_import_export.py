"""Issue 16 point 4: lists exported to .xlsx and .csv and imported back unchanged (Chinese
text, dates, phone numbers), every bad row reported with its row number and reason, duplicates
by phone merged or skipped, all-or-nothing or good rows only, dry runs that write nothing, and
imported rows that sync (audit and outbox entries, as if typed in)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, Job, OutboxEntry, Site
from app.models.enums import Role
from app.services.actor import Actor
from app.services.customer_queries import get_customer, query_customers
from app.services.customers import (
    CustomerInput,
    EquipmentInput,
    SiteInput,
    add_equipment,
    create_customer,
)
from app.services.exports import ExportFilter, export_list
from app.services.import_specs import Kind
from app.services.imports import Duplicates, ImportOptions, import_file, preview
from app.services.job_queries import JobFilter, query_jobs
from app.services.jobs import get_job
from app.services.technicians import get_technician, list_technicians
from app.services.users import actor_for, create_first_admin, create_user
from app.tabular.files import SHEET_ROWS, read_sheet, write_sheet
from tests.cli import fielddesk
from tests.conftest import FreshDatabase
from tests.core.conftest import PASSWORD, MakeJob, MakeTech, local

PEOPLE = [("王芳", "025-83216688", "江苏省南京市玄武区珠江路8号", "玄武区"),
          ("Li Ming 李明", "+86 139 1234 5678", "南京市秦淮区建康路3号 2单元", "秦淮区"),
          ("南京鼓楼空调维修有限公司", "400-820-8820", "南京市鼓楼区湖南路1号", "鼓楼区")]


@pytest.fixture
def other(tmp_path: Path, fresh_database: FreshDatabase) -> tuple[Database, Actor]:
    """A second, empty station to import into."""
    db = fresh_database(tmp_path / "other.sqlite")
    admin = create_first_admin(db, "admin", "管理员", PASSWORD, {"code": "NJ02", "name": "二站"})
    yield db, admin  # type: ignore[misc]
    db.dispose()


def customers_of(db: Database) -> list[tuple[str, ...]]:
    rows = []
    for r in query_customers(db, limit=100).rows:
        c = get_customer(db, r.id)
        rows.append((c.name, c.phone, c.alt_phone, c.email, c.notes, c.sites[0].address,
                     c.sites[0].district))
    return sorted(rows)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_customers_round_trip_unchanged(db: Database, supervisor: Actor, tmp_path: Path,
                                        other: tuple[Database, Actor], suffix: str) -> None:
    for name, phone, address, district in PEOPLE:
        create_customer(db, supervisor, CustomerInput(name, phone, "13800000000",
                                                      "a@b.cn", "老客户，周末上门"),
                        SiteInput(address, "江苏省", "南京市", district))
    path = tmp_path / f"customers{suffix}"
    assert export_list(db, "customers", path) == 3
    target, admin = other
    report, _ = import_file(target, admin, path, ImportOptions(Kind.CUSTOMERS))
    assert (report.created, report.bad, report.written) == (3, (), True)
    assert customers_of(target) == customers_of(db)


def test_technicians_round_trip_with_their_dates_and_hours(
        db: Database, admin: Actor, make_tech: MakeTech, tmp_path: Path,
        other: tuple[Database, Actor]) -> None:
    make_tech("T001", "陈师傅", cert_expiry=dt.date(2027, 3, 31))
    make_tech("T002", "Zhang Wei", skills=("repair",), cert_expiry=None)
    path = tmp_path / "technicians.xlsx"
    export_list(db, "technicians", path)
    target, target_admin = other
    report, _ = import_file(target, target_admin, path, ImportOptions(Kind.TECHNICIANS))
    assert (report.created, report.bad) == (2, ())

    def forms(where: Database) -> list[object]:
        return [(f.technician.code, f.technician.name, f.technician.skills,
                 [(c.kind, c.number, c.expires_on) for c in f.certifications],
                 [(x.weekday, x.start, x.end) for x in f.shifts])
                for f in (get_technician(where, t.id) for t in list_technicians(where))]
    assert forms(target) == forms(db)


def test_open_jobs_round_trip_with_their_times(db: Database, make_job: MakeJob, tmp_path: Path,
                                               other: tuple[Database, Actor]) -> None:
    window = (local(2026, 12, 9, 14), local(2026, 12, 9, 16))
    made = make_job("install", name="赵磊", phone="13711112222", priority="urgent",
                    symptom="新装 1.5 匹", requested_start=window[0], requested_end=window[1],
                    now=local(2026, 12, 7, 9, 15))
    path = tmp_path / "jobs.csv"
    assert export_list(db, "jobs", path, ExportFilter(statuses=frozenset({made.status}))) == 1
    target, admin = other
    report, _ = import_file(target, admin, path, ImportOptions(Kind.JOBS))
    assert (report.created, report.bad) == (1, ())
    [row] = query_jobs(target, JobFilter()).rows
    job = get_job(target, row.id)
    assert (job.customer_name, job.phone, job.address, job.symptom) == (
        "赵磊", "13711112222", made.address, "新装 1.5 匹")
    assert (job.job_type, job.priority) == (made.job_type, made.priority)
    assert (job.created_at, job.requested_start, job.requested_end) == (
        made.created_at, *window)
    assert job.number.startswith("NJ02-2026-")


# Texts XlsxWriter would write as XML (a rich string's look-alike) or Excel as a formula, and
# texts whose characters Excel escapes as _xHHHH_ (a carriage return, a bell, the escape itself).
TYPED = {"rich XML": "<r><t>5 &amp; 6</t></r>", "a bare run": "<r>x</r>",
         "broken XML": "<r><t>5 & 6</t></r>", "a formula": '=HYPERLINK("http://evil","x")',
         "controls": "第一行\r\n第二行\x07 _x000D_ _x005F_"}


@pytest.mark.parametrize("what", list(TYPED))
def test_a_typed_note_and_symptom_round_trip_through_xlsx_as_typed(
        db: Database, supervisor: Actor, make_job: MakeJob, tmp_path: Path,
        other: tuple[Database, Actor], what: str) -> None:
    typed = TYPED[what]
    create_customer(db, supervisor, CustomerInput("王芳", "13800000001", notes=typed),
                    SiteInput("南京市玄武区珠江路8号"))
    made = make_job("repair", name="赵磊", phone="13711112222", symptom=typed)
    customers, jobs = tmp_path / "customers.xlsx", tmp_path / "jobs.xlsx"
    export_list(db, "customers", customers, ExportFilter(text="王芳"))
    export_list(db, "jobs", jobs)
    for path, column in ((customers, "Notes"), (jobs, "Symptom")):
        written = load_workbook(path).worksheets[0]  # openpyxl on its own: a well-formed file
        at = [c.value for c in written[1]].index(column)
        cell = written.cell(2, at + 1)
        assert cell.data_type == "s"  # text, never a formula
        if what != "controls":  # openpyxl alone leaves Excel's escapes in; read_sheet not
            assert cell.value == typed
        assert read_sheet(path).rows[0][at] == typed
    target, admin = other
    imported, _ = import_file(target, admin, customers, ImportOptions(Kind.CUSTOMERS))
    assert (imported.created, imported.bad) == (1, ())
    assert get_customer(target, query_customers(target).rows[0].id).notes == typed
    imported, _ = import_file(target, admin, jobs, ImportOptions(Kind.JOBS))
    assert (imported.created, imported.bad) == (1, ())
    [row] = query_jobs(target, JobFilter(text=made.phone)).rows
    assert get_job(target, row.id).symptom == typed


def test_what_an_excel_sheet_cannot_hold_is_refused_with_a_sentence_and_no_file(
        tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    refusals = {"x" * 32_768: r"^The Notes in row 1 is 32768 characters long, more than the "
                              r"32767 an Excel cell holds\.",
                "😀" * 16_384: r"is 32768 characters long",  # UTF-16 units, as Excel counts
                "<r>x\x01</r>": r"^The Notes in row 1 cannot be written to an Excel file as it "
                                r"is: a text between <r> and </r> with a control character",
                "<r>_x0041_</r>": r"an _x0000_-like sequence\."}
    for text, sentence in refusals.items():
        with pytest.raises(ValidationError, match=sentence):
            write_sheet(path, ["Name", "Notes"], [["张伟", text]])
        assert list(tmp_path.iterdir()) == []
    assert write_sheet(path, ["Name", "Notes"], [["张伟", "x" * 32_767]]) == 1
    assert read_sheet(path).rows == [("张伟", "x" * 32_767)]
    path.unlink()
    with pytest.raises(ValidationError, match=r"^The list has more rows than an Excel sheet "
                                              r"holds \(1048575\)\."):
        write_sheet(path, ["Notes"], ([None] for _ in range(SHEET_ROWS)))
    assert list(tmp_path.iterdir()) == []


def sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(headers)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


CHINESE = ["客户姓名", "手机号", "安装地址", "区县", "品牌", "型号", "购买日期"]


def test_bad_rows_are_listed_with_their_row_number_and_the_good_ones_land(
        db: Database, supervisor: Actor, tmp_path: Path) -> None:
    path = sheet(tmp_path / "客户.xlsx", CHINESE, [
        ["张伟", 13912345678, "南京市鼓楼区中山北路100号", "鼓楼区", "格力", "KFR-35GW",
         dt.datetime(2024, 5, 1)],
        ["李娜", None, "南京市秦淮区建康路3号", "秦淮区", "", "", None],
        ["刘洋", "138-0000-0004", "南京市建邺区江东中路9号", "建邺区", "美的", "KFR-26",
         "2024-13-40"],
        ["陈静", "12", "南京市鼓楼区湖南路1号", "鼓楼区", "", "", None]])
    look = preview(path, Kind.CUSTOMERS)
    assert {k: look.headers[c] for k, c in look.mapping.items()} == {
        "name": "客户姓名", "phone": "手机号", "address": "安装地址", "district": "区县",
        "brand": "品牌", "model": "型号", "purchase_date": "购买日期"}
    dry, _ = import_file(db, supervisor, path, ImportOptions(Kind.CUSTOMERS, dry_run=True))
    assert [(b.row, b.reason.render()) for b in dry.bad] == [
        (3, "The phone is missing."),
        (4, "The purchase date '2024-13-40' is not a date (write it as 2026-12-07)."),
        (5, "The phone number '12' is not a phone number.")]
    assert (dry.created, dry.written) == (1, False) and query_customers(db).total == 0
    strict, _ = import_file(db, supervisor, path, ImportOptions(Kind.CUSTOMERS,
                                                                all_or_nothing=True))
    assert not strict.written and query_customers(db).total == 0
    done, changes = import_file(db, supervisor, path, ImportOptions(Kind.CUSTOMERS))
    assert done.written and done.created == 1 and changes
    [row] = query_customers(db).rows
    customer = get_customer(db, row.id)
    assert (customer.phone, customer.sites[0].equipment[0].purchase_date) == (
        "13912345678", dt.date(2024, 5, 1))
    with db.session() as s:  # it syncs: each new row has its outbox entry, and is audited
        for table in ("customers", "sites", "equipment"):
            assert s.scalar(select(func.count(OutboxEntry.seq)).where(
                OutboxEntry.table_name == table, OutboxEntry.op == "insert")) == 1
        assert s.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "import", AuditEntry.username == "super")) == 3


def test_duplicates_by_phone_are_merged_or_skipped(db: Database, supervisor: Actor,
                                                   tmp_path: Path) -> None:
    summary, _ = create_customer(db, supervisor, CustomerInput("张伟", "139 1234 5678"),
                                 SiteInput("南京市鼓楼区中山北路100号"))
    add_equipment(db, supervisor, summary.site_id, EquipmentInput("格力", "KFR-35GW", "IN1"))
    rows = [["张伟（新）", "13912345678", "南京市江宁区天元路66号", "江宁区", "美的", "KFR-26",
             None],
            ["赵磊", "13711112222", "南京市玄武区1号", "玄武区", "", "", None],
            ["赵磊", "137-1111-2222", "南京市玄武区2号", "玄武区", "", "", None]]
    path = sheet(tmp_path / "dup.xlsx", CHINESE, rows)
    skipped, _ = import_file(db, supervisor, path, ImportOptions(
        Kind.CUSTOMERS, duplicates=Duplicates.SKIP))
    assert (skipped.created, skipped.merged, skipped.skipped) == (1, 0, 2)
    merged, _ = import_file(db, supervisor, sheet(tmp_path / "dup2.xlsx", CHINESE, rows[:1]),
                            ImportOptions(Kind.CUSTOMERS))
    assert merged.merged == 1
    zhang = get_customer(db, summary.id)
    assert zhang.name == "张伟（新）" and len(zhang.sites) == 2
    with db.session() as s:
        zhao = s.scalar(select(Customer.id).where(Customer.name == "赵磊"))
        assert s.scalar(select(func.count(Site.id)).where(Site.customer_id == zhao)) == 1


def test_unknown_skills_and_refused_rows_are_reported(db: Database, supervisor: Actor,
                                                      make_tech: MakeTech,
                                                      tmp_path: Path) -> None:
    make_tech("T001")
    path = tmp_path / "技师.csv"
    with path.open("w", encoding="gb18030", newline="") as f:  # as Chinese Excel saves CSV
        out = csv.writer(f)
        out.writerow(["工号", "姓名", "技能", "班次"])
        out.writerow(["T002", "孙师傅", "安装、维修", "周一至周五 08:30-17:30"])
        out.writerow(["T003", "周师傅", "焊接", ""])
        out.writerow(["T004", "吴师傅", "维修", "周一 17:00-08:00"])
        out.writerow(["T001", "陈师傅二", "维修", ""])
    report, _ = import_file(db, supervisor, path, ImportOptions(
        Kind.TECHNICIANS, duplicates=Duplicates.SKIP))
    assert [(b.row, b.reason.render()) for b in report.bad] == [
        (3, "Unknown skill: 焊接."), (4, "A shift must end after it starts (same day).")]
    assert (report.created, report.skipped) == (1, 1)
    assert {t.code for t in list_technicians(db)} == {"T001", "T002"}


def test_a_dispatcher_may_not_import_and_a_required_column_must_be_mapped(
        db: Database, admin: Actor, dispatcher: Actor, tmp_path: Path) -> None:
    path = sheet(tmp_path / "c.xlsx", ["名字", "电话"], [["张伟", "13912345678"]])
    with pytest.raises(PermissionDenied):
        import_file(db, dispatcher, path, ImportOptions(Kind.CUSTOMERS))
    with pytest.raises(ValidationError, match="column of the address"):
        import_file(db, admin, path, ImportOptions(Kind.CUSTOMERS))
    with db.session() as s:
        assert s.scalar(select(func.count(Job.id))) == 0


def test_the_export_uses_the_callers_headers_and_words(db: Database, make_job: MakeJob,
                                                       tmp_path: Path) -> None:
    make_job("repair", name="周杰")
    path = tmp_path / "jobs.csv"
    export_list(db, "jobs", path, headers={"number": "工单号", "job_type": "类型"},
                term=lambda member: {"repair": "维修"}.get(member.value, member.value))
    with path.open(encoding="utf-8-sig") as f:
        header, row = list(csv.reader(f))[:2]
    assert header[:3] == ["工单号", "类型", "Priority"] and row[1] == "维修"


def test_the_command_line_imports_and_exports(db: Database, admin: Actor, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    create_user(db, admin, "boss", "主管", Role.SUPERVISOR, PASSWORD)
    monkeypatch.setenv("FIELDDESK_PASSWORD", PASSWORD)
    base = ["--db", str(tmp_path / "station.sqlite"), "--as", "boss"]
    path = sheet(tmp_path / "in.xlsx", ["A", "B", "C"],
                 [["王芳", "13800000001", "南京市玄武区珠江路8号"], ["李娜", "", "南京市"]])
    dry = fielddesk("import", "customers", str(path), "--dry-run",
                    "--mapping", "name=A,phone=2,address=C", *base)
    assert dry.returncode == 2 and "1 customers would be created" in dry.stdout
    assert "row 3: The phone is missing." in dry.stdout
    done = fielddesk("import", "customers", str(path), "--mapping", "name=A,phone=B,address=C",
                     *base)
    assert done.returncode == 2 and query_customers(db).total == 1
    out = tmp_path / "out.xlsx"
    exported = fielddesk("export", "customers", "-o", str(out), "--db",
                         str(tmp_path / "station.sqlite"))
    assert exported.returncode == 0 and "exported 1 customers" in exported.stdout
    bad = fielddesk("import", "customers", str(path), "--mapping", "name=Z", *base)
    assert bad.returncode == 1 and "no column 'Z'" in bad.stderr
    assert actor_for(db, "boss").role is Role.SUPERVISOR
