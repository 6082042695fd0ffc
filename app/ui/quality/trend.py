"""The twelve months' trend as two charts, drawn with pyqtgraph: the three rates as lines,
response-promise attainment and first-time fix as lines (percent, one point per month; a
month with nothing to count leaves a gap).

pyqtgraph (and numpy under it) is imported when the charts are first shown, never at start-up
(`docs/ARCHITECTURE.md`, "Service quality", says why this library). It draws with QPainter into
the widgets, so its labels use the application's font (the bundled CJK font) and it renders
offscreen like any widget.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.months import Month
from app.services.quality_figures import GroupFigures
from app.ui.quality import texts

COLOURS = ("#c62828", "#ef8f1a", "#2e66b3")
GAP = float("nan")  # a month with nothing to divide by


def percent(group: GroupFigures | None, name: str) -> float:
    rate = getattr(group, name).rate if group is not None else None
    return GAP if rate is None else round(rate * 100, 2)


def month_ticks(months: Sequence[Month]) -> list[tuple[int, str]]:
    """"2025-12", "01", "02"…: the year where it starts and at January."""
    return [(i, str(m) if i == 0 or m.month == 1 else f"{m.month:02d}")
            for i, m in enumerate(months)]


class TrendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self.tr("Reading twelve months…"), self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.note)
        self.charts: list[Any] = []  # pyqtgraph PlotWidgets, once made

    def _make_charts(self) -> None:
        import pyqtgraph as pg  # ~0.7 s with numpy: when the trend is first shown

        pg.setConfigOptions(antialias=True, background="w", foreground="#424242")
        for title in (self.tr("The three rates (%)"),
                      self.tr("Response promise attainment and first-time fix (%)")):
            chart = pg.PlotWidget(self)
            chart.setTitle(title)
            chart.showGrid(x=False, y=True, alpha=0.25)
            chart.addLegend(offset=(8, 8))
            chart.setMenuEnabled(False)
            chart.setMouseEnabled(x=False, y=False)
            chart.hideButtons()
            self._layout.addWidget(chart, 1)
            self.charts.append(chart)

    def show_trend(self, months: Sequence[Month],
                   groups: Sequence[GroupFigures | None]) -> None:
        """Draw the months (oldest first) of one group (None: nothing counted that month)."""
        if not self.charts:
            self._make_charts()
        import pyqtgraph as pg

        self.note.hide()
        xs = list(range(len(months)))
        for chart, names in zip(self.charts, (texts.RATES, texts.PROMISES), strict=True):
            chart.clear()
            top = 1.0
            for name, colour in zip(names, COLOURS, strict=False):
                ys = [percent(g, name) for g in groups]
                top = max([top, *(y for y in ys if not math.isnan(y))])
                chart.plot(xs, ys, name=texts.figure_name(name), pen=pg.mkPen(colour, width=2),
                           symbol="o", symbolSize=6, symbolBrush=colour, symbolPen=colour,
                           connect="finite")
            chart.getAxis("bottom").setTicks([month_ticks(months)])
            chart.setXRange(-0.5, len(months) - 0.5, padding=0)
            chart.setYRange(0, top * 1.15, padding=0)

    def series(self, chart: int) -> list[tuple[str, list[float]]]:
        """What a chart draws: (legend name, y values), for tests."""
        return [(item.name(), [float(y) for y in item.getData()[1]])
                for item in self.charts[chart].getPlotItem().listDataItems()]
