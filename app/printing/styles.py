"""The look of every printed page: the embedded CJK font, sizes, colours, page geometry, and a
line wrapper for mixed Chinese and English text.

Table cells hold pre-wrapped plain text rather than Paragraphs: laying out a 150-item checklist
is about three times faster that way, and the wrapped lines are cached (a batch of sheets
wraps the same template labels over and over).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.fonts import register_reportlab_font
from app.texts import shown

# Binary (Flate only) streams: ASCII85 on top costs time in pure Python and adds 25 % of size.
rl_config.useA85 = 0

FONT = register_reportlab_font()

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
TOP_MARGIN = 16 * mm  # room for the running head of continuation pages
BOTTOM_MARGIN = 16 * mm  # room for the footer
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

TITLE = 15.0
HEADING = 10.5
BODY = 9.0  # body text: never below 9 pt (legible on a 150 dpi print)
SMALL = 7.5  # labels, page furniture: never below 7.5 pt
PAD = 2.5  # cell padding, points


def leading(size: float) -> float:
    return round(size * 1.25, 2)


INK = colors.black
MUTED = colors.Color(0.38, 0.38, 0.38)
RULE = colors.Color(0.72, 0.72, 0.72)
SHADE = colors.Color(0.93, 0.95, 0.97)  # section rows, label cells
FAIL = colors.Color(0.69, 0.0, 0.13)
FAIL_SHADE = colors.Color(0.99, 0.91, 0.91)
PASS = colors.Color(0.0, 0.45, 0.2)

# Marks (glyphs the bundled font has).
CROSS = "✘"
CHECK = "✓"
BOX = "□"

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\U00020000-\U0003134f"
_TOKENS = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+\s*|\s+")
_NO_BREAK_BEFORE = frozenset("，。、；：？！）》」』】,.;:!?)%")


def width_of(text: str, size: float = BODY) -> float:
    return stringWidth(text, FONT, size)


def _tokens(text: str, width: float, size: float) -> list[str]:
    """Words (with their trailing space) and single CJK characters; a word wider than the
    line is cut into characters."""
    found: list[str] = []
    for token in _TOKENS.findall(text):
        found.extend(token if width_of(token.rstrip(), size) > width else (token,))
    return found


MAX_LINES = 40  # a cell's text beyond this is cut: a row must fit on a page
CUT = "…（以下略 cut）"


@lru_cache(maxsize=32768)
def wrap(text: str, width: float, size: float = BODY) -> str:
    """`text` broken into lines no wider than `width` points (joined by newlines): between
    words of Latin text, between any two CJK characters, never before closing punctuation.
    Text longer than `MAX_LINES` lines is cut (a table row cannot be taller than a page).
    Bidirectional controls are dropped (`shown`): every text the sheets print passes here."""
    lines: list[str] = []
    for paragraph in shown(text).splitlines() or [""]:
        line, used = "", 0.0
        for token in _tokens(paragraph, width, size):
            if line and token[0] not in _NO_BREAK_BEFORE and (
                    used + width_of(token.rstrip(), size) > width):
                lines.append(line.rstrip())
                line, used = "", 0.0
                token = token.lstrip()
            line += token
            used += width_of(token, size)
        lines.append(line.rstrip())
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES - 1], CUT]
    return "\n".join(lines)


def lines_of(text: str) -> int:
    return text.count("\n") + 1
