"""The head office's monthly report of its stations (A4): each station's volume,
response-promise attainment and the three rates, all stations together, the definitions."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.printing.blocks import heading, text_block
from app.printing.document import Pdf
from app.printing.pages import Section, SectionMark, build_pdf
from app.printing.quality_labels import DEFINITIONS, SHORT_NAMES, Words
from app.printing.quality_report import grid, rate_text
from app.printing.styles import CONTENT_WIDTH, MUTED, SMALL, TITLE
from app.services.quality_figures import GroupFigures
from app.services.station_figures import CentralReport

COLUMNS = ("response_attainment", "complaint_rate", "omission_rate", "dissatisfaction_rate")


def _row(code: str, name: str, g: GroupFigures) -> list[str]:
    return [code, name, str(g.completed.numerator),
            *(f"{rate_text(getattr(g, n))} ({getattr(g, n).numerator}/"
              f"{getattr(g, n).denominator})" for n in COLUMNS)]


def render_central_report(report: CentralReport, language: str = "zh_CN") -> Pdf:
    w = Words(language)
    title = f"{w('central_title')} {report.month}"
    printed = f"{w('printed')} {report.generated_at:%Y-%m-%d %H:%M} UTC"
    head = [w("station"), "", w("volume"), *(w.pick(SHORT_NAMES[n]) for n in COLUMNS)]
    rows = [_row(m.station_code, m.station_name, m.station) for m in report.stations]
    rows.append(_row("", "Σ", report.total))
    widths = [CONTENT_WIDTH * f for f in (0.09, 0.19, 0.08, 0.16, 0.16, 0.16, 0.16)]
    story: list[Flowable] = [
        SectionMark(Section("central", title, printed, str(report.month))),
        text_block(title, TITLE, bottom=6), heading(w("figures")), grid([head, *rows], widths),
        text_block(f"{w('definitions')}：{w.pick(DEFINITIONS)}", SMALL, MUTED, top=4)]
    return build_pdf(story, title, w("central_title"))
