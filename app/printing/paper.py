"""Job sheets are A4 portrait pages by design. Another paper takes them scaled, whole (the
preview says how much), but not a paper smaller than A5, where the sheet's small print would be
unreadable. Sizes are in millimetres, either way round."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import ValidationError

A4_MM = (210.0, 297.0)
A5_MM = (148.0, 210.0)
TOLERANCE_MM = 1.0


@dataclass(frozen=True)
class Paper:
    name: str  # as the print dialog names it ("A4", "Letter")
    width_mm: float
    height_mm: float

    @property
    def portrait(self) -> tuple[float, float]:
        return min(self.width_mm, self.height_mm), max(self.width_mm, self.height_mm)

    @property
    def is_a4(self) -> bool:
        w, h = self.portrait
        return abs(w - A4_MM[0]) <= TOLERANCE_MM and abs(h - A4_MM[1]) <= TOLERANCE_MM

    @property
    def too_small(self) -> bool:
        w, h = self.portrait
        return w < A5_MM[0] - TOLERANCE_MM or h < A5_MM[1] - TOLERANCE_MM

    @property
    def scale(self) -> float:
        """How much an A4 page shrinks (or grows) to fit this paper, whole."""
        w, h = self.portrait
        return min(w / A4_MM[0], h / A4_MM[1])


def check_paper(paper: Paper) -> None:
    """Refuse a paper smaller than A5 (before anything is sent)."""
    if paper.too_small:
        raise ValidationError(
            "Job sheets are A4 pages: on {paper} paper their small print would be unreadable, "
            "so nothing was printed. Choose A4 (or at least A5).", paper=paper.name)
