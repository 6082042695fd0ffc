"""A light table for long lists of rows (the checklist): pre-wrapped plain text, shaded rows,
rules and entry boxes, split over pages with the header row repeated.

About twice as fast as `platypus.Table` on a 150-item checklist: one text object per page
instead of one per line, and no per-cell style objects. Tables of a few rows use
`platypus.Table`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from app.printing.styles import BODY, FONT, INK, MUTED, PAD, RULE, leading, lines_of, width_of

TOP, BOTTOM = 1.5, 2.5  # cell padding above and below the text


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]  # wrapped text; a row may have fewer cells (a title over the row)
    shade: Color | None = None
    colour: Color | None = None  # text colour of the cells from column 2 on
    box: int | None = None  # this column is an entry box, its text (a unit) set right
    keep_with_next: bool = False  # never the last row on a page (section titles)


class RowTable(Flowable):
    def __init__(self, header: Row, rows: Sequence[Row], widths: Sequence[float],
                 size: float = BODY, heights: Sequence[float] | None = None) -> None:
        super().__init__()
        self.header, self.rows, self.widths, self.size = header, list(rows), list(widths), size
        self.lead = leading(size)
        self.heights = list(heights) if heights else [self._height(row) for row in self.rows]
        self.width = sum(self.widths)
        self.height = self._height(header) + sum(self.heights)

    def _height(self, row: Row) -> float:
        return max(lines_of(cell) for cell in row.cells) * self.lead + TOP + BOTTOM

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room, fits = availHeight - self._height(self.header), 0
        while fits < len(self.rows) and self.heights[fits] <= room:
            room -= self.heights[fits]
            fits += 1
        while fits and self.rows[fits - 1].keep_with_next:
            fits -= 1
        if fits == 0:
            return []  # not even one row: the frame moves the table to the next page
        if fits == len(self.rows):
            return [self]
        return [RowTable(self.header, self.rows[:fits], self.widths, self.size,
                         self.heights[:fits]),
                RowTable(self.header, self.rows[fits:], self.widths, self.size,
                         self.heights[fits:])]

    def _tops(self) -> list[tuple[Row, float, float]]:
        """(row, top, height) from the header down, in the flowable's coordinates."""
        placed, top = [], self.height
        for row, height in zip([self.header, *self.rows],
                               [self._height(self.header), *self.heights], strict=True):
            placed.append((row, top, height))
            top -= height
        return placed

    def draw(self) -> None:
        canv, placed = self.canv, self._tops()
        for row, top, height in placed:
            if row.shade is not None:
                canv.setFillColor(row.shade)
                canv.rect(0, top - height, self.width, height, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.3)
        canv.lines([(0, top - h, self.width, top - h) for _, top, h in placed[1:]])
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.8)
        header_bottom = placed[0][1] - placed[0][2]
        canv.line(0, header_bottom, self.width, header_bottom)
        lefts = [sum(self.widths[:c]) for c in range(len(self.widths))]
        for row, top, height in placed:
            if row.box is not None:
                canv.rect(lefts[row.box] + 1, top - height + 1.5, self.widths[row.box] - 2,
                          height - 3, stroke=1, fill=0)
        self._text(placed, lefts)

    def _text(self, placed: list[tuple[Row, float, float]], lefts: list[float]) -> None:
        text = self.canv.beginText()
        text.setFont(FONT, self.size, self.lead)
        current: Color | None = None
        for n, (row, top, _) in enumerate(placed):
            for col, cell in enumerate(row.cells):
                if not cell:
                    continue
                colour = MUTED if n == 0 else row.colour if row.colour and col >= 2 else INK
                if colour is not current:
                    text.setFillColor(colour)
                    current = colour
                x = lefts[col] + PAD
                if col == row.box:  # one line, set right
                    x = lefts[col] + self.widths[col] - PAD - width_of(cell, self.size)
                text.setTextOrigin(x, top - TOP - self.size)
                for line in cell.split("\n"):
                    text.textLine(line)  # the next line starts one leading lower
        self.canv.drawText(text)
