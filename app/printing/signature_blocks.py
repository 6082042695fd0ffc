"""Signature blocks for the technician and the customer: the captured image with name and
time, or empty lines to sign on paper. A signature given before the job's content changed is
void: it is crossed out in red, and the sheet says "签字后已修改 Amended after signing"."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.printing import labels as L
from app.printing.blocks import picture, text_block
from app.printing.styles import (
    BODY,
    CONTENT_WIDTH,
    CROSS,
    FAIL,
    FAIL_SHADE,
    FONT,
    HEADING,
    INK,
    MUTED,
    PAD,
    RULE,
    SMALL,
    leading,
    wrap,
)
from app.services.job_sheet_data import SheetData, SheetSignature
from app.services.signatures import SignerRole

BLOCK = CONTENT_WIDTH / 2
IMAGE_WIDTH, IMAGE_HEIGHT = 60 * mm, 20 * mm
CONFIRM = ("客户确认以上服务内容、检查结果及费用。The customer confirms the work, the checklist "
           "results and the charges above.")
AMENDED_NOTE = ("本单内容在签字后有变更，标为作废的签字不再有效，请重新签字。"
                "The job changed after it was signed: the signatures marked VOID no longer apply "
                "and must be given again.")


def amended_banner() -> Table:
    """The prominent notice on a sheet whose standing signature is void."""
    text = wrap(f"{CROSS} {L.AMENDED}", CONTENT_WIDTH - 4 * PAD, HEADING)
    note = wrap(AMENDED_NOTE, CONTENT_WIDTH - 4 * PAD)
    table = Table([[text], [note]], colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), FONT, HEADING, leading(HEADING)),
        ("FONT", (0, 1), (-1, 1), FONT, BODY, leading(BODY)),
        ("TEXTCOLOR", (0, 0), (-1, -1), FAIL), ("BACKGROUND", (0, 0), (-1, -1), FAIL_SHADE),
        ("BOX", (0, 0), (-1, -1), 1.5, FAIL), ("LEFTPADDING", (0, 0), (-1, -1), 2 * PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _image(data: bytes | None) -> Flowable:
    if not data:
        return Spacer(1, IMAGE_HEIGHT)
    image = picture(data, IMAGE_WIDTH, IMAGE_HEIGHT)
    return image or text_block("（签字图像无法读取 signature image unreadable）", SMALL, MUTED)


def _block(role: SignerRole, sig: SheetSignature | None, tz: ZoneInfo) -> list[Flowable]:
    title = text_block(f"{L.ROLES[role]} 签字 signature", BODY, MUTED, bottom=3,
                       width=BLOCK - 4 * PAD)
    if sig is None:
        lines = "签名 Signature: ______________________\n日期 Date: ______________________"
        return [title, Spacer(1, IMAGE_HEIGHT - 8 * mm), text_block(lines, top=2)]
    who = f"{sig.signer_name}  {L.when(sig.signed_at, tz)}"
    parts = [title, _image(sig.image), text_block(who, SMALL, MUTED, top=2)]
    if not sig.valid:
        parts.append(text_block(f"{CROSS} {L.VOID}: {L.AMENDED}", BODY, FAIL, top=2))
    return parts


def signature_blocks(data: SheetData, blank: bool) -> list[Flowable]:
    """The confirmation line and both blocks side by side (paper lines on a blank sheet)."""
    tz = data.station.info.tz
    roles = (SignerRole.TECHNICIAN, SignerRole.CUSTOMER)
    cells = [_block(role, None if blank else data.signature(role), tz) for role in roles]
    table = Table([cells], colWidths=[BLOCK, BLOCK])
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.5, RULE),
        ("BOX", (1, 0), (1, 0), 0.5, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 2 * PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for col, role in enumerate(roles):
        sig = data.signature(role)
        if not blank and sig is not None and not sig.valid:
            style += [("BOX", (col, 0), (col, 0), 1.5, FAIL),
                      ("BACKGROUND", (col, 0), (col, 0), FAIL_SHADE)]
    table.setStyle(TableStyle(style))
    return [text_block(CONFIRM, BODY, INK, top=6, bottom=3), table]
