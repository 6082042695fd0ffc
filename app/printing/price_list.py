"""The customer-facing price list (A4, every label Chinese and English): parts with the
maker's part number and their own warranty, labour, travel and out-of-area charges, the prices
in force on the day printed, and the warranty's three guarantees as the station's policy
states them. Laid out from `app.services.price_list_data` (printing opens no database)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.printing import labels as L
from app.printing.blocks import text_block
from app.printing.document import Pdf
from app.printing.pages import Section, SectionMark, build_pdf
from app.printing.styles import (
    BODY,
    CONTENT_WIDTH,
    FONT,
    HEADING,
    INK,
    MUTED,
    PAD,
    RULE,
    TITLE,
    leading,
    wrap,
)
from app.services.catalogue import CatalogueEntry, ItemKind
from app.services.price_list_data import PriceListData
from app.services.warranty_rules import PolicyBody

COLUMNS = (26 * mm, CONTENT_WIDTH - 114 * mm, 34 * mm, 14 * mm, 22 * mm, 18 * mm)
HEADER = ["编码 Code", "名称 Name", "厂家零件号 Maker's no.", "单位 Unit", "单价 Price",
          "保修 Warranty"]
SECTIONS = {ItemKind.PART: "配件 Parts", ItemKind.LABOUR: "工时 Labour",
            ItemKind.TRAVEL: "路程及远程费 Travel and out-of-area charges"}
UNIT_WARRANTY = "随整机 Unit's"


def _warranty(entry: CatalogueEntry) -> str:
    if entry.kind is not ItemKind.PART:
        return ""
    if entry.warranty_months is None:
        return UNIT_WARRANTY
    return f"{entry.warranty_months} 个月 months"


def _name(entry: CatalogueEntry) -> str:
    return f"{entry.name}\n{entry.name_en}" if entry.name_en else entry.name


def _table(entries: list[CatalogueEntry]) -> Table:
    rows = [HEADER] + [[entry.code, wrap(_name(entry), COLUMNS[1] - 2 * PAD),
                        entry.maker_part_number, entry.unit, L.money(entry.price or Decimal(0)),
                        _warranty(entry)] for entry in entries]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY, leading(BODY)),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (4, 0), (4, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ]
    table = Table(rows, colWidths=COLUMNS, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def guarantees(policy: PolicyBody) -> list[str]:
    """The three guarantees and what voids them, as the customer reads them."""
    voids = "；".join(r.zh for r in policy.voids)
    voids_en = "; ".join(r.en for r in policy.voids)
    return [
        f"{policy.refund_days} 天内出现性能故障：可选择退货或换货。  Performance fault within "
        f"{policy.refund_days} days: refund or replacement, at the customer's choice.",
        f"{policy.replacement_days} 天内出现性能故障：换货或修理。  Within "
        f"{policy.replacement_days} days: replacement or repair.",
        f"整机保修 {policy.unit_months} 个月内免费修理（配件另有保修期的按配件）。  Free repair "
        f"within the unit's {policy.unit_months}-month warranty (parts with their own warranty "
        "by theirs).",
        "期限自安装调试之日（无则自购买之日）起算。  Counted from commissioning (else from "
        "purchase)." if policy.count_from == "commissioning" else
        "期限自购买之日起算。  Counted from the day of purchase.",
        f"以下情形不属保修：{voids}。  Not covered: {voids_en}.",
    ]


def price_list_story(data: PriceListData) -> list[Flowable]:
    station = data.station
    story: list[Flowable] = [
        SectionMark(Section("price-list", f"{station.name} 价目表 Price list",
                            f"打印 Printed {L.when(data.printed_at, station.tz)}")),
        text_block(f"{station.name}（{station.code}）", TITLE),
        text_block(f"价目表 Price list · {data.day.isoformat()} 起执行 In force from this day",
                   HEADING),
        text_block(" · ".join(p for p in (station.address, station.phone) if p), BODY, MUTED),
        Spacer(1, 4 * mm),
    ]
    for kind, title in SECTIONS.items():
        entries = [e for e in data.entries if e.kind is kind]
        if entries:
            story += [text_block(title, HEADING), Spacer(1, 1.5 * mm), _table(entries),
                      Spacer(1, 4 * mm)]
    story.append(text_block("保修政策 Warranty (三包 the three guarantees)", HEADING))
    story += [text_block(line, BODY) for line in guarantees(data.policy)]
    story.append(text_block("价格含税，以人民币计。配件均为原厂正品。  Prices in CNY, tax "
                            "included. Genuine parts only.", BODY, MUTED, top=3))
    return story


def render_price_list(data: PriceListData) -> Pdf:
    return build_pdf(price_list_story(data), f"{data.station.name} 价目表 Price list",
                     data.day.isoformat())
