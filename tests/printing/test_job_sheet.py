"""The job sheet read back from the PDF: what it says, how it marks failures, how it flows over
pages, its images and fonts, and what happens to signatures when the job changes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pypdf.generic import DictionaryObject
from sqlalchemy import update

from app.checklists.schema import ItemType
from app.db import Database
from app.demo.checklists import png
from app.errors import NotFoundError
from app.models import Station
from app.printing.job_sheet import render_job_sheet
from app.printing.qr import qr_payload, read_qr_payload
from app.services.actor import Actor
from app.services.charges import save_lines
from app.services.job_lines import LineInput
from app.services.job_sheet_data import sheet_data
from app.services.jobs import JobDetail, JobInput, update_job
from app.services.signatures import sign_job, verify_job
from tests.core.conftest import MakeJob
from tests.printing.conftest import ADDRESS, CUSTOMER, MARKER, SIGNATURE_PNG, flat, read_pdf

AMENDED = flat("签字后已修改 Amended after signing")


def test_the_sheet_names_job_customer_site_and_equipment(db: Database, install: JobDetail) -> None:
    pdf = read_pdf(render_job_sheet(sheet_data(db, install.id)))
    for words in (install.number, CUSTOMER, ADDRESS, "南京服务站", "新装 1.5匹 挂机",
                  "KFR-35GW/(35592)FNhAa-B1", "4F2604176139", "5F2604968326", "R32",
                  "在保 Under warranty", "安装 Installation", "打印时间 Printed"):
        assert flat(words) in pdf.flat, words


def test_a_filled_checklist_shows_every_item_that_applies(
    db: Database, install: JobDetail, fill: Any
) -> None:
    fill(install)
    data = sheet_data(db, install.id)
    assert data.checklist is not None and len(data.checklist.template.items()) > 100
    pdf = read_pdf(render_job_sheet(data))
    items, applicable = data.checklist.template.items(), data.checklist.outcome.applicable
    shown = [i for i in items if i.id in applicable]
    hidden = [i for i in items if i.id not in applicable]
    assert shown and hidden  # the demo answers leave some conditional items out
    for item in shown:
        assert flat(f"{item.label.zh} {item.label.en}") in pdf.flat, item.id
    for item in hidden:
        label = flat(f"{item.label.zh} {item.label.en}")
        if not any(label in flat(f"{i.label.zh} {i.label.en}") for i in shown):
            assert label not in pdf.flat, item.id
    assert MARKER in pdf.text and "超出范围" not in pdf.text


def test_the_long_checklist_flows_over_numbered_pages(db: Database, install: JobDetail,
                                                      fill: Any) -> None:
    fill(install)
    data = render_job_sheet(sheet_data(db, install.id))
    pdf = read_pdf(data)
    total = len(pdf.pages)
    assert total > 2 and data.pages == total
    for n, text in enumerate(pdf.pages, 1):
        assert f"第{n}/{total}页" in flat(text) and f"Page {n} of {total}" in text
    assert all(flat("检查项目 Item") in flat(text) for text in pdf.pages[1:-1])  # header repeated


def test_an_out_of_range_value_is_marked_and_listed(db: Database, install: JobDetail,
                                                    fill: Any) -> None:
    spoiled = fill(install, spoil=True)
    data = sheet_data(db, install.id)
    pdf = read_pdf(render_job_sheet(data))
    assert flat("✘ 超出范围 Out of range") in pdf.flat
    assert flat("检查结果 Result: 不合格 Fail") in pdf.flat
    assert flat("不合格项 Failing items (1)") in pdf.flat
    assert data.checklist is not None
    label = data.checklist.template.item(spoiled.item_id).label
    assert flat(f"{label.zh} {label.en} {spoiled.described}") in pdf.flat


def test_the_blank_sheet_has_empty_boxes_and_no_answers(db: Database, install: JobDetail,
                                                        fill: Any) -> None:
    fill(install, spoil=True)
    data = sheet_data(db, install.id)
    pdf = read_pdf(render_job_sheet(data, blank=True))
    assert data.checklist is not None
    for item in data.checklist.template.items():
        if item.when is None:
            assert flat(f"{item.label.zh} {item.label.en}") in pdf.flat, item.id
    assert "现场记录单" in pdf.text and "□ 是 Yes" in pdf.text
    assert MARKER not in pdf.text and "超出范围" not in pdf.text
    assert flat("检查结果 Result") not in pdf.flat and "¥0.00" not in pdf.text
    assert flat("签名 Signature: ____") in pdf.flat  # lines to sign on paper
    assert install.number in pdf.text and CUSTOMER in pdf.text  # the job's data pre-filled
    assert "R32" in pdf.text  # facts pre-filled in the checklist too


def test_blank_boxes_carry_the_unit_and_the_acceptance_hint(db: Database, install: JobDetail,
                                                            fill: Any) -> None:
    fill(install)  # the answers (the pipe size among them) are not what the paper goes by
    data = sheet_data(db, install.id)
    assert data.checklist is not None
    pdf = read_pdf(render_job_sheet(data, blank=True))
    torque = data.checklist.template.item("torque_indoor_liquid")
    assert torque.type is ItemType.NUMBER
    # the limit depends on the pipe size: every size's range is printed
    assert flat("6.35: 14–18 N·m; 9.52: 34–42 N·m") in pdf.flat


def test_charges_show_prices_and_what_the_warranty_covers(
    db: Database, dispatcher: Actor, install: JobDetail
) -> None:
    save_lines(db, dispatcher, install.id, [  # the maker pays a new unit's installation
        LineInput("part", "铜管 copper pipe (m)", "2.5", "30"),
        LineInput("part", "压缩机电容 compressor capacitor", 1, "45.50"),
        LineInput("labour", "安装 installation", 1, 200),
    ])
    pdf = read_pdf(render_job_sheet(sheet_data(db, install.id)))
    for words in ("¥75.00", "¥45.50", "¥320.50", "−¥200.00", "¥120.50", "保修 covered",
                  "客户应付 Payable by the customer"):
        assert flat(words) in pdf.flat, words


def test_the_sheet_speaks_in_pairs_without_stray_codes(db: Database, dispatcher: Actor,
                                                      install: JobDetail) -> None:
    """Issue 22 point 8: the bilingual sheet's words come in pairs (no "INCOMPLETE", no
    "未填 missing"), nothing covered is ¥0.00 (not −¥0.00), and an installation's request is
    not a symptom."""
    save_lines(db, dispatcher, install.id, [LineInput("part", "支架 bracket", 1, 200)])
    pdf = read_pdf(render_job_sheet(sheet_data(db, install.id)))
    assert flat("安装要求 Installation request") in pdf.flat and "故障现象" not in pdf.flat
    assert flat("保修承担 Covered by warranty ¥0.00") in pdf.flat and "−¥0.00" not in pdf.flat
    assert flat("未完成 Incomplete") in pdf.flat and flat("未填 Missing") in pdf.flat
    assert not re.search(r"\b(INCOMPLETE|PASS|FAIL|missing)\b", pdf.text)


def test_signatures_print_their_images_and_void_after_a_change(
    db: Database, dispatcher: Actor, install: JobDetail
) -> None:
    unsigned = read_pdf(render_job_sheet(sheet_data(db, install.id)))
    assert unsigned.images() == 0
    sign_job(db, dispatcher, install.id, "technician", "陈师傅", png(90, 30, (0, 0, 0)))
    sign_job(db, dispatcher, install.id, "customer", CUSTOMER, SIGNATURE_PNG)
    assert verify_job(db, install.number).all_valid
    signed = read_pdf(render_job_sheet(sheet_data(db, install.id)))
    assert signed.images() == 2 and "陈师傅" in signed.text
    assert AMENDED not in signed.flat and "VOID" not in signed.text

    update_job(db, dispatcher, install.id, JobInput("install", symptom="新装 1.5匹 挂机，加长管",
                                                    equipment_id=install.equipment_id))
    assert not verify_job(db, install.number).all_valid
    data = sheet_data(db, install.id)
    assert data.amended and not any(sig.valid for sig in data.signatures)
    amended = read_pdf(render_job_sheet(data))
    assert AMENDED in amended.flat and amended.text.count("签字作废 VOID") == 2
    assert amended.images() == 2  # the old signatures stay visible, marked void


def test_a_new_signature_after_the_change_stands(
    db: Database, dispatcher: Actor, make_job: MakeJob
) -> None:
    job = make_job("repair")
    sign_job(db, dispatcher, job.id, "customer", CUSTOMER, SIGNATURE_PNG)
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="不制冷，漏水"))
    assert sheet_data(db, job.id).amended
    sign_job(db, dispatcher, job.id, "customer", CUSTOMER, SIGNATURE_PNG)
    data = sheet_data(db, job.id)
    assert not data.amended  # the latest customer signature matches the content
    assert AMENDED not in read_pdf(render_job_sheet(data)).flat


def test_the_qr_code_carries_job_id_and_content_hash(db: Database, install: JobDetail) -> None:
    data = sheet_data(db, install.id)
    payload = qr_payload(data.job_id, data.content_hash)
    assert read_qr_payload(payload) == (install.id, data.content_hash)
    with pytest.raises(ValueError, match="not a FieldDesk"):
        read_qr_payload("https://example.com")
    page = read_pdf(render_job_sheet(data)).reader.pages[0]
    stream = page.get_contents()
    assert stream is not None
    assert len(re.findall(rb" re\b", stream.get_data())) > 100  # the code's modules


def test_the_cjk_font_is_embedded(db: Database, install: JobDetail) -> None:
    page = read_pdf(render_job_sheet(sheet_data(db, install.id))).reader.pages[0]
    fonts = page["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        assert isinstance(font, DictionaryObject)
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            embedded.append(str(font["/BaseFont"]))
    assert embedded and all("WenQuanYiMicroHei" in name for name in embedded)
    content = page.get_contents()
    assert content is not None
    used = set(re.findall(rb"/(F\d+\+\d+) [\d.]+ Tf", content.get_data()))
    assert len(used) >= 1  # all text is set in the embedded subsets


def test_a_missing_job_has_no_sheet(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFoundError):
        sheet_data(db, "no-such-job")


def test_the_station_logo_is_printed(db: Database, install: JobDetail) -> None:
    with db.session() as s:
        s.execute(update(Station).values(logo=png(200, 80, (200, 30, 30))))
    assert read_pdf(render_job_sheet(sheet_data(db, install.id))).images() == 1


def test_a_very_long_text_is_cut_rather_than_breaking_the_page(
    db: Database, dispatcher: Actor, make_job: MakeJob
) -> None:
    job = make_job("repair")
    symptom = "空调不制冷，" * 600  # 3,600 characters: the services keep at most 4,000
    update_job(db, dispatcher, job.id, JobInput("repair", symptom=symptom))
    pdf = read_pdf(render_job_sheet(sheet_data(db, job.id)))
    assert "以下略 cut" in pdf.text
