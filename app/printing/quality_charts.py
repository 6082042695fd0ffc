"""The quality reports' charts, drawn with reportlab's own chart library (reportlab.graphics):
the three rates as lines over the months, attainment and first-time fix as bars."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from app.printing.quality_labels import FIGURE_NAMES, Words
from app.printing.styles import CONTENT_WIDTH, FONT, MUTED, SMALL
from app.services.months import Month
from app.services.quality_figures import GroupFigures

HEIGHT = 150.0
PALETTE = (colors.Color(0.80, 0.20, 0.16), colors.Color(0.95, 0.56, 0.10),
           colors.Color(0.18, 0.40, 0.70))
RATES = ("complaint_rate", "omission_rate", "dissatisfaction_rate")
PROMISES = ("response_attainment", "first_time_fix")

Trend = Sequence[tuple[Month, GroupFigures]]


def percent(group: GroupFigures, name: str) -> float | None:
    rate = getattr(group, name).rate
    return None if rate is None else round(rate * 100, 1)


def _axes(chart: HorizontalLineChart | VerticalBarChart, trend: Trend, top: float) -> None:
    chart.x, chart.y = 34, 40
    chart.width, chart.height = int(CONTENT_WIDTH - 48), int(HEIGHT - 70)
    chart.categoryAxis.categoryNames = [f"{m.month:02d}" if m.month != 1 or i == 0
                                        else str(m) for i, (m, _) in enumerate(trend)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = SMALL
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = SMALL
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = top / 5


def _legend(drawing: Drawing, names: Sequence[str], palette: Sequence[colors.Color],
            words: Words) -> None:
    legend = Legend()
    legend.x, legend.y = 34, 14
    legend.fontName, legend.fontSize = FONT, SMALL
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 150
    legend.colorNamePairs = [(colour, words.pick(FIGURE_NAMES[name]))
                             for colour, name in zip(palette, names, strict=True)]
    drawing.add(legend)


def _titled(title: str) -> Drawing:
    drawing = Drawing(CONTENT_WIDTH, HEIGHT)
    drawing.add(String(0, HEIGHT - 10, title, fontName=FONT, fontSize=SMALL + 1.5,
                       fillColor=MUTED))
    return drawing


def _ceiling(values: Sequence[float | None]) -> float:
    """A round top for the value axis: 5, 10, 20, 50 or 100 percent."""
    highest = max((v for v in values if v is not None), default=0.0)
    return next((top for top in (5.0, 10.0, 20.0, 50.0) if highest <= top), 100.0)


def rates_chart(trend: Trend, words: Words) -> Drawing:
    """Complaint, omission and dissatisfaction rates per month, in percent."""
    drawing = _titled(words("rates_chart"))
    chart = HorizontalLineChart()
    chart.data = [[percent(g, name) for _, g in trend] for name in RATES]
    _axes(chart, trend, _ceiling([v for row in chart.data for v in row]))
    for i in range(len(RATES)):
        chart.lines[i].strokeColor = PALETTE[i]
        chart.lines[i].strokeWidth = 1.4
        chart.lines[i].symbol = makeMarker(  # type: ignore[no-untyped-call]
            "FilledCircle", size=3.5, fillColor=PALETTE[i], strokeColor=PALETTE[i])
    chart.joinedLines = 1
    drawing.add(chart)
    _legend(drawing, RATES, PALETTE, words)
    return drawing


def promise_chart(trend: Trend, words: Words) -> Drawing:
    """Response-promise attainment and first-time fix per month, in percent."""
    drawing = _titled(words("promise_chart"))
    chart = VerticalBarChart()
    chart.data = [[percent(g, name) or 0.0 for _, g in trend] for name in PROMISES]
    _axes(chart, trend, 100.0)
    chart.barSpacing, chart.groupSpacing = 1, 6
    for i, colour in enumerate(PALETTE[1:]):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    _legend(drawing, PROMISES, PALETTE[1:], words)
    return drawing
