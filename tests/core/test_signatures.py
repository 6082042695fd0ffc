"""Parts and labour lines, signatures bound to the job's content, and `fielddesk verify`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import NotFoundError, TransitionError, ValidationError
from app.models import Attachment
from app.models.enums import JobStatus as S
from app.services.actor import Actor
from app.services.charges import override_line, save_lines
from app.services.job_lines import LineInput, job_charges
from app.services.jobs import JobInput, change_status, update_job
from app.services.signatures import SignerRole, sign_job, signatures_of, verify_job
from tests.cli import fielddesk
from tests.core.conftest import MakeJob, Visit

PNG = b"\x89PNG\r\n\x1a\n" + b"strokes"


def test_lines_total_covered_and_payable(db: Database, dispatcher: Actor, supervisor: Actor,
                                         make_job: MakeJob) -> None:
    job = make_job("repair")  # no unit: the policy finds no warranty, a supervisor covers one
    view, _ = save_lines(db, dispatcher, job.id, [
        LineInput("part", "压缩机电容 compressor capacitor", 1, "45.50"),
        LineInput("labour", "上门维修 call-out", 1, 80),
        LineInput("part", "铜管 copper pipe (m)", "2.5", "30"),
    ])
    assert view.charges.covered == 0
    view, _ = override_line(db, supervisor, view.charges.lines[0].id, True, "goodwill")
    charges = view.charges
    assert (charges.total, charges.covered, charges.payable) == (
        Decimal("200.50"), Decimal("45.50"), Decimal("155.00"))
    kept = charges.lines[1]
    save_lines(db, dispatcher, job.id, [LineInput("labour", "上门维修 call-out", 1, 100,
                                                  id=kept.id)])
    after = job_charges(db, job.id)
    assert [(ln.id, ln.amount) for ln in after.lines] == [(kept.id, Decimal("100.00"))]


@pytest.mark.parametrize(("line", "message"), [
    (LineInput("gift", "x"), "part or labour"),
    (LineInput("part", " "), "needs a description"),
    (LineInput("part", "x", 0), "must be above 0"),
    (LineInput("part", "x", 1, "-3"), "cannot be negative"),
    (LineInput("part", "x", 1, "lots"), "is not an amount"),
])
def test_bad_lines_are_refused_and_nothing_is_saved(
    db: Database, dispatcher: Actor, make_job: MakeJob, line: LineInput, message: str
) -> None:
    job = make_job("repair")
    with pytest.raises(ValidationError, match=message):
        save_lines(db, dispatcher, job.id, [LineInput("labour", "ok", 1, 50), line])
    assert job_charges(db, job.id).lines == ()


def test_a_signature_is_void_once_the_job_changes(db: Database, dispatcher: Actor,
                                                   make_job: MakeJob) -> None:
    job = make_job("repair", symptom="不制冷")
    sig, _ = sign_job(db, dispatcher, job.id, "customer", " 张伟 ", PNG)
    assert (sig.role, sig.signer_name, sig.valid) == (SignerRole.CUSTOMER, "张伟", True)
    change_status(db, dispatcher, job.id, S.SCHEDULED)  # status is not signed content
    assert [s.valid for s in signatures_of(db, job.id)] == [True]
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="不制冷，漏水"))
    assert [s.valid for s in signatures_of(db, job.id)] == [False]
    assert not verify_job(db, job.number).all_valid


def test_lines_are_signed_content_too(db: Database, dispatcher: Actor,
                                      make_job: MakeJob) -> None:
    job = make_job("repair")
    save_lines(db, dispatcher, job.id, [LineInput("labour", "call-out", 1, 80)])
    sign_job(db, dispatcher, job.id, SignerRole.TECHNICIAN, "陈师傅", PNG)
    assert verify_job(db, job.number.lower()).all_valid
    save_lines(db, dispatcher, job.id, [LineInput("labour", "call-out", 1, 120)])
    assert not verify_job(db, job.number).all_valid


def test_bad_signatures_are_refused(db: Database, dispatcher: Actor, make_job: MakeJob) -> None:
    job = make_job("repair")
    for role, name, image, message in [("boss", "张伟", PNG, "customer or the technician"),
                                       ("customer", "", PNG, "name of the person"),
                                       ("customer", "张伟", b"", "must be drawn")]:
        with pytest.raises(ValidationError, match=message):
            sign_job(db, dispatcher, job.id, role, name, image)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
    with pytest.raises(NotFoundError, match="no job NJ01-1999-000001"):
        verify_job(db, "NJ01-1999-000001")


def test_an_installation_needs_a_valid_customer_signature(
    db: Database, dispatcher: Actor, supervisor: Actor, make_job: MakeJob, visit: Visit
) -> None:
    job = make_job("inspection")  # no checklist: only the signature rule is looked at here
    visit(job.id)
    change_status(db, dispatcher, job.id, S.COMPLETED)  # inspections need no signature
    install = make_job("install", phone="13812345678")
    sign_job(db, dispatcher, install.id, "customer", "张伟", PNG)
    update_job(db, dispatcher, install.id, JobInput("install", symptom="改装 amended"))
    visit(install.id)
    with pytest.raises(TransitionError, match="the customer has not signed"):
        change_status(db, dispatcher, install.id, S.COMPLETED)


def test_verify_cli_says_whether_signatures_match(db: Database, dispatcher: Actor,
                                                  make_job: MakeJob, tmp_path: Path) -> None:
    path = str(tmp_path / "station.sqlite")
    job = make_job("repair")
    none = fielddesk("verify", job.number, "--db", path)
    assert none.returncode == 1 and none.stderr.strip() == \
        f"fielddesk: job {job.number} has no signatures"
    sign_job(db, dispatcher, job.id, "customer", "张伟", PNG)
    ok = fielddesk("verify", job.number, "--db", path)
    assert ok.returncode == 0 and "customer   张伟" in ok.stdout and "valid" in ok.stdout
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="另一个故障"))
    void = fielddesk("verify", job.number, "--db", path)
    assert void.returncode == 1 and "VOID: the job was amended after signing" in void.stdout
    missing = fielddesk("verify", "NJ01-1999-000009", "--db", path)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
