"""The job sheet: station header with the job number and QR code, customer and site, equipment
with its warranty, the checklist, parts and labour, and the signature blocks.

`blank=True` prints the sheet for the paper round trip: the job's data with an empty checklist,
empty lines for parts and for both signatures, to be filled on site and keyed in later.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from app.printing import labels as L
from app.printing.blocks import field_grid, heading, picture, text_block
from app.printing.charges_table import charge_lines, charge_totals
from app.printing.checklist_table import checklist_flowables
from app.printing.document import Pdf
from app.printing.pages import Section, SectionMark, build_pdf
from app.printing.qr import QrCode, qr_payload
from app.printing.signature_blocks import amended_banner, signature_blocks
from app.printing.styles import BODY, CONTENT_WIDTH, FONT, HEADING, MUTED, TITLE, leading, wrap
from app.services.job_sheet_data import SheetData, SheetEquipment

QR_SIZE = 26 * mm
LOGO_WIDTH, LOGO_HEIGHT = 30 * mm, 18 * mm
TITLES = {False: "服务工单 Job sheet", True: "现场记录单 Job sheet to fill in on site"}
NONE = "—"
HEAD_ROOM = 28 * mm  # a heading, the header row and two lines: less room left starts a page


def _logo(data: bytes | None) -> Flowable | str:
    return (picture(data, LOGO_WIDTH, LOGO_HEIGHT) if data else None) or ""


def header(data: SheetData, blank: bool) -> Table:
    """Station (logo, name, address, phone) on the left, the job number and QR code right."""
    station = data.station.info
    logo = _logo(data.station.logo)
    text_width = CONTENT_WIDTH - QR_SIZE - (LOGO_WIDTH if logo else 0)
    contact = f"{station.address}\n电话 Tel {station.phone}" if station.phone else station.address
    lines = [wrap(station.name, text_width, HEADING), wrap(contact, text_width, BODY),
             wrap(f"{TITLES[blank]}  {data.number}", text_width, TITLE)]
    texts = Table([[line] for line in lines], colWidths=[text_width])
    texts.setStyle(TableStyle([
        ("FONT", (0, 0), (0, 0), FONT, HEADING, leading(HEADING)),
        ("FONT", (0, 1), (0, 1), FONT, BODY, leading(BODY)), ("TEXTCOLOR", (0, 1), (0, 1), MUTED),
        ("FONT", (0, 2), (0, 2), FONT, TITLE, leading(TITLE)),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 2), (0, 2), 5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    qr = QrCode(qr_payload(data.job_id, data.content_hash), QR_SIZE)
    cells: list[Flowable | str] = [logo, texts, qr] if logo else [texts, qr]
    widths = ([LOGO_WIDTH] if logo else []) + [text_width, QR_SIZE]
    table = Table([cells], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _visits(data: SheetData) -> str:
    tz = data.station.info.tz
    return "\n".join(
        f"{L.span(v.start, v.end, tz)}  {v.technician.name} ({v.technician.code}) "
        f"{v.technician.phone} {L.VISIT_STATUSES[v.status]}".rstrip()
        for v in data.visits) or "未排期 Not scheduled"


def job_fields(data: SheetData, blank: bool) -> Table:
    phones = " / ".join(p for p in (data.phone, data.alt_phone) if p)
    resolution = data.resolution or ("\n\n" if blank else NONE)
    return field_grid([
        ("工单号 Job No.", data.number), ("类型 Type", L.JOB_TYPES[data.job_type]),
        ("优先级 Priority", L.PRIORITIES[data.priority]), ("状态 Status", L.STATUSES[data.status]),
        ("客户 Customer", data.customer_name), ("电话 Phone", phones),
        ("=地址 Address", data.address), ("=上门须知 Access notes", data.access_notes or NONE),
        ("=预约 Appointment", _visits(data)),
        (f"={L.REQUESTS[data.job_type]}", data.symptom or NONE),
        ("=处理结果 Resolution", resolution),
    ])


def equipment_fields(eq: SheetEquipment | None) -> Flowable:
    if eq is None:
        return text_block("未登记设备 No equipment recorded", colour=MUTED)
    warranty = L.WARRANTY[eq.warranty]
    if eq.warranty_end is not None:
        warranty += f"（至 until {eq.warranty_end:%Y-%m-%d}）"
    capacity = f"{eq.capacity_kw:g} kW" if eq.capacity_kw else NONE
    return field_grid([
        ("品牌 Brand", eq.brand), ("型号 Model", eq.model),
        ("室内机条码 Indoor serial", eq.indoor_serial or NONE),
        ("室外机条码 Outdoor serial", eq.outdoor_serial or NONE),
        ("制冷剂 Refrigerant", eq.refrigerant), ("制冷量 Capacity", capacity),
        ("=保修 Warranty", warranty),
    ])


def sheet_section(data: SheetData, key: str | None = None) -> Section:
    station = data.station.info
    printed = f"打印时间 Printed {L.when(data.printed_at, station.tz)}"
    return Section(key or f"job:{data.job_id}", f"{station.name} · 工单 Job {data.number}",
                   f"{data.station.footer} · {printed}" if data.station.footer else printed,
                   f"{data.number} · sha256 {data.content_hash[:12]}")


def job_sheet_story(data: SheetData, blank: bool = False, *, key: str | None = None,
                    reached: Callable[[], None] | None = None) -> list[Flowable]:
    """The sheet's flowables, starting a page-numbering section (`key`, unique in a document)."""
    story: list[Flowable] = [SectionMark(sheet_section(data, key), reached), header(data, blank)]
    if data.amended and not blank:
        story.append(amended_banner())
    story += [heading("客户与现场 Customer and site"), job_fields(data, blank),
              heading("设备 Equipment"), equipment_fields(data.equipment)]
    if data.checklist is not None:
        story += checklist_flowables(data.checklist, blank)
    return story + charges_and_signatures(data, blank)


def charges_and_signatures(data: SheetData, blank: bool) -> list[Flowable]:
    """Parts and labour, then the totals and the signatures: the lines flow on from the page
    before (its heading with at least two of them), the totals and both signatures stay
    together, so a signature never stands alone on the last page."""
    return [CondPageBreak(HEAD_ROOM), heading("配件与工时 Parts and labour"),
            charge_lines(data.charges, blank),
            KeepTogether([charge_totals(data.charges, blank), *signature_blocks(data, blank)])]


def render_job_sheet(data: SheetData, blank: bool = False) -> Pdf:
    """The sheet as an A4 PDF (bytes)."""
    title = f"{TITLES[blank]} {data.number}"
    return build_pdf(job_sheet_story(data, blank), title, data.station.info.name)
