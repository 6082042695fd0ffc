"""Page furniture and the document: "page x of y" counted per section (each job sheet of a
batch is numbered on its own), the printed time, and a running head on continuation pages.

Sections start with a `SectionMark` flowable. The canvas keeps every page until the document
is saved (the classic reportlab "NumberedCanvas"), so each page's count is known when its
footer is drawn, in a single layout pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.printing.document import Pdf
from app.printing.styles import (
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    FONT,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SMALL,
    TOP_MARGIN,
)
from app.texts import shown


@dataclass(frozen=True)
class Section:
    key: str  # pages are counted per key
    head: str  # the running head of its second and later pages
    footer: str  # left of the footer (the printed time)
    centre: str = ""  # middle of the footer (the job number)


def page_number(n: int, total: int) -> str:
    return f"第 {n}/{total} 页  Page {n} of {total}"


class SectionCanvas(Canvas):
    """Holds the pages back until `save`, then draws head and footer with the section's count."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.section = Section("", "", "")
        self.held: list[tuple[dict[str, Any], Section]] = []

    def showPage(self) -> None:
        self.held.append((dict(self.__dict__), self.section))
        self._startPage()  # type: ignore[attr-defined]  # (what Canvas.showPage does next)

    def save(self) -> None:
        totals = Counter(section.key for _, section in self.held)
        seen: Counter[str] = Counter()
        for state, section in self.held:
            self.__dict__.update(state)
            seen[section.key] += 1
            self._furniture(section, seen[section.key], totals[section.key])
            super().showPage()
        super().save()

    def _furniture(self, section: Section, n: int, total: int) -> None:
        self.saveState()
        self.setFont(FONT, SMALL)
        self.setFillColor(MUTED)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        right = PAGE_WIDTH - MARGIN
        if n > 1 and section.head:
            top = PAGE_HEIGHT - TOP_MARGIN + 5
            self.drawString(MARGIN, top + 2, shown(f"{section.head}（续 continued）"))
            self.line(MARGIN, top, right, top)
        bottom = BOTTOM_MARGIN - 9
        self.line(MARGIN, bottom + 8, right, bottom + 8)
        self.drawString(MARGIN, bottom, shown(section.footer))
        self.drawCentredString(PAGE_WIDTH / 2, bottom, shown(section.centre))
        self.drawRightString(right, bottom, page_number(n, total))
        self.restoreState()


class SectionMark(Flowable):
    """Starts a section on the page where it lands (put it after a page break); `reached` is
    called when layout gets there (progress and cancellation of a batch)."""

    def __init__(self, section: Section, reached: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.section, self.reached = section, reached

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        if isinstance(self.canv, SectionCanvas):
            self.canv.section = self.section
        if self.reached is not None:
            self.reached()


def build_pdf(story: Sequence[Flowable], title: str, subject: str = "") -> Pdf:
    """The A4 PDF of a story (in memory)."""
    out = BytesIO()
    doc = BaseDocTemplate(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=title, subject=subject,
                          author="FieldDesk", creator="FieldDesk", initialFontName=FONT,
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
                          bottomMargin=BOTTOM_MARGIN)
    frame = Frame(MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(list(story), canvasmaker=SectionCanvas)
    canvas = getattr(doc, "canv", None)
    return Pdf(out.getvalue(), len(canvas.held) if isinstance(canvas, SectionCanvas) else 0)
