"""Plain-text tables that line up in a terminal with Chinese text in them: columns are padded
by display width (a CJK character takes two cells), as `wcwidth` measures it."""

from __future__ import annotations

from collections.abc import Sequence

from wcwidth import wcswidth

GAP = "  "


def cells(text: str) -> int:
    """The terminal cells `text` takes (its length when it holds control characters)."""
    width = wcswidth(text)
    return width if width >= 0 else len(text)


def aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    """Each row as one line, every column but the last padded to its widest cell."""
    if not rows:
        return []
    widths = [max(cells(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        padded = [text + " " * (width - cells(text)) for text, width in zip(row, widths,
                                                                            strict=False)]
        lines.append(GAP.join([*padded, row[-1]]).rstrip())
    return lines
