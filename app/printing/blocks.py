"""Small building blocks of the sheets: a heading, a line of text, a grid of labelled values.

All are tables of pre-wrapped plain text (see `styles`): cheap to lay out, in the CJK font.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, Table, TableStyle

from app.printing.styles import (
    BODY,
    CONTENT_WIDTH,
    FONT,
    HEADING,
    INK,
    MUTED,
    PAD,
    RULE,
    SHADE,
    SMALL,
    leading,
    wrap,
)


def text_block(text: str, size: float = BODY, colour: Color = INK, top: float = 0,
               bottom: float = 2, width: float = CONTENT_WIDTH) -> Table:
    table = Table([[wrap(text, width, size)]], colWidths=[width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size, leading(size)),
        ("TEXTCOLOR", (0, 0), (-1, -1), colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom)]))
    return table


def picture(data: bytes, width: float, height: float) -> Image | None:
    """An image (PNG, JPEG...) scaled to fit the box, or None if it cannot be read: a damaged
    logo or signature image must not stop a sheet."""
    try:
        w, h = ImageReader(BytesIO(data)).getSize()
    except Exception:  # PIL raises many kinds for a damaged file
        return None
    scale = min(width / w, height / h)
    return Image(BytesIO(data), w * scale, h * scale, hAlign="LEFT")


def heading(text: str) -> Table:
    return text_block(text, HEADING, top=7, bottom=3)


LABEL_WIDTH = 68.0  # points (24 mm)


def field_grid(fields: Sequence[tuple[str, str]], columns: int = 2) -> Table:
    """Labelled values, `columns` pairs a row, each label in a small shaded cell beside its
    value. A label starting with `=` takes a whole row (long texts: address, symptom)."""
    pair = CONTENT_WIDTH / columns
    value_width = pair - LABEL_WIDTH - 2 * PAD
    rows: list[list[str]] = []
    spans: list[tuple[Any, ...]] = []
    labels: list[tuple[int, int]] = []  # (column, row) of each label cell
    line: list[str] = []

    def flush() -> None:
        if line:
            rows.append(line + [""] * (2 * columns - len(line)))
            line.clear()

    for label, value in fields:
        wide = label.startswith("=")
        if wide:
            flush()
        labels.append((len(line), len(rows)))
        line += [wrap(label.lstrip("="), LABEL_WIDTH - 2 * PAD, SMALL),
                 wrap(value, CONTENT_WIDTH - LABEL_WIDTH - 2 * PAD if wide else value_width)]
        if wide:
            spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        if wide or len(line) == 2 * columns:
            flush()
    flush()
    table = Table(rows, colWidths=[LABEL_WIDTH, pair - LABEL_WIDTH] * columns)
    label_style = [cmd for cell in labels for cmd in (
        ("FONT", cell, cell, FONT, SMALL, leading(SMALL)),
        ("BACKGROUND", cell, cell, SHADE), ("TEXTCOLOR", cell, cell, MUTED))]
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, BODY, leading(BODY)), *label_style,
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2), *spans]))
    return table
