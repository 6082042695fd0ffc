"""The jobs as pins: clustered per zoom, drawn from pre-made pixmaps, hit and selected.

Positions are world units (`app.map.mercator`, zoom 0) computed once per read model; the
clusters of each whole zoom level are computed once (`ClusterIndex`), so a repaint while panning
only culls and draws. A site moved by hand shows at its new place at once (`move_site`), before
the read model comes back.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen, QStaticText

from app.map.clusters import Cluster, ClusterIndex
from app.map.mercator import to_world
from app.map.viewport import Rect, Viewport
from app.models.enums import Priority
from app.services.map_data import MapJob
from app.ui.map import style

CULL_PX = 24.0  # pins this far outside the view are still drawn (they reach into it)


def badge_radius(count: int) -> float:
    return 11.0 + 4.0 * math.log10(count)


class PinLayer:
    def __init__(self) -> None:
        self.jobs: tuple[MapJob, ...] = ()
        self.points: list[tuple[float, float]] = []
        self.index = ClusterIndex([])
        self.selected: set[str] = set()
        self.drawn: list[Cluster] = []  # what the last paint drew, in drawing order
        self._row: dict[str, int] = {}
        self._counts: dict[int, QStaticText] = {}
        self._urgent: set[int] = set()

    # -- data ----------------------------------------------------------------------------

    def set_jobs(self, jobs: tuple[MapJob, ...]) -> None:
        self.jobs = jobs
        self.points = [to_world(j.lat, j.lon) for j in jobs]
        self._row = {j.id: i for i, j in enumerate(jobs)}
        self._urgent = {i for i, j in enumerate(jobs) if j.priority is Priority.URGENT}
        self.selected &= set(self._row)
        self.index = ClusterIndex(self.points)
        self.drawn = []

    def job(self, job_id: str) -> MapJob | None:
        row = self._row.get(job_id)
        return None if row is None else self.jobs[row]

    def point(self, job_id: str) -> tuple[float, float] | None:
        row = self._row.get(job_id)
        return None if row is None else self.points[row]

    def move_site(self, site_id: str, lat: float, lon: float) -> None:
        """Show the jobs at the site at (lat, lon) until the next read model."""
        where = to_world(lat, lon)
        for i, j in enumerate(self.jobs):
            if j.site_id == site_id:
                self.points[i] = where
        self.index = ClusterIndex(self.points)

    # -- queries -------------------------------------------------------------------------

    def visible(self, vp: Viewport, margin_px: float = CULL_PX) -> list[Cluster]:
        rect = vp.world_rect().expanded(margin_px / vp.scale)
        left, top, right, bottom = rect.left, rect.top, rect.right, rect.bottom
        return [c for c in self.index.at(vp.zoom)
                if left <= c.x <= right and top <= c.y <= bottom]

    def jobs_in(self, rect: Rect) -> list[str]:
        """The jobs whose position lies in the world rectangle, clusters or not."""
        return [self.jobs[i].id for i, (x, y) in enumerate(self.points) if rect.contains(x, y)]

    def hit(self, vp: Viewport, sx: float, sy: float) -> Cluster | None:
        """The pin or cluster under screen point (sx, sy), the nearest if several."""
        best, best_d = None, math.inf
        for c in self.visible(vp):
            px, py = vp.to_screen(c.x, c.y)
            d = math.hypot(px - sx, py - sy)
            reach = style.PIN_HIT if c.count == 1 else badge_radius(c.count)
            if d <= reach and d < best_d:
                best, best_d = c, d
        return best

    def obstacles(self, level: int) -> Iterator[tuple[float, float, float]]:
        """What labels must not cover at `level`: each pin or badge as (x, y, half side in
        pixels), a pin as large as a selected one, a badge with its urgent dot."""
        for c in self.index.at(level):
            yield c.x, c.y, (style.SELECTED_DIAMETER / 2 + 2 if c.count == 1
                             else badge_radius(c.count) + 6)

    def ids(self, members: Iterable[int]) -> list[str]:
        return [self.jobs[i].id for i in members]

    # -- painting ------------------------------------------------------------------------

    def draw(self, p: QPainter, vp: Viewport, font: QFont, ratio: float) -> None:
        s = vp.scale
        ox, oy = vp.width / 2 - vp.cx * s, vp.height / 2 - vp.cy * s
        jobs, selected, pixmap = self.jobs, self.selected, style.pin_pixmap
        clusters = self.visible(vp)
        on_top: list[Cluster] = []
        for c in clusters:
            if c.count > 1:
                self._badge(p, c, c.x * s + ox, c.y * s + oy, font)
                continue
            job = jobs[c.members[0]]
            if job.id in selected:
                on_top.append(c)
                continue
            image = pixmap(job.status, job.priority, False, ratio)
            half = image.width() / ratio / 2
            p.drawPixmap(QPointF(c.x * s + ox - half, c.y * s + oy - half), image)
        for c in on_top:
            job = jobs[c.members[0]]
            image = pixmap(job.status, job.priority, True, ratio)
            half = image.width() / ratio / 2
            p.drawPixmap(QPointF(c.x * s + ox - half, c.y * s + oy - half), image)
        self.drawn = clusters

    def _badge(self, p: QPainter, c: Cluster, x: float, y: float, font: QFont) -> None:
        r = badge_radius(c.count)
        urgent = any(i in self._urgent for i in c.members)
        chosen = bool(self.selected) and any(self.jobs[i].id in self.selected
                                             for i in c.members)
        p.setPen(QPen(style.SELECTED if chosen else style.HALO, 3.0 if chosen else 2.0))
        p.setBrush(QBrush(style.CLUSTER))
        p.drawEllipse(QPointF(x, y), r, r)
        if urgent:  # a red dot at the top right: an urgent job inside
            p.setPen(QPen(style.HALO, 1.5))
            p.setBrush(QBrush(style.CLUSTER_URGENT))
            p.drawEllipse(QPointF(x + r * 0.72, y - r * 0.72), 4.5, 4.5)
        text = self._counts.get(c.count)
        if text is None:
            text = self._counts[c.count] = QStaticText(str(c.count))
            text.prepare(font=font)
        p.setFont(font)
        p.setPen(Qt.GlobalColor.white)
        size = text.size()
        p.drawStaticText(QPointF(x - size.width() / 2, y - size.height() / 2), text)

    def drawn_job_ids(self) -> list[str]:
        """The jobs the last paint drew, as pins or inside a badge."""
        return [self.jobs[i].id for c in self.drawn for i in c.members]


def screen_rect(vp: Viewport, a: QPointF, b: QPointF) -> Rect:
    """The world rectangle between two screen points."""
    r = QRectF(a, b).normalized()
    left, top = vp.to_world(r.left(), r.top())
    right, bottom = vp.to_world(r.right(), r.bottom())
    return Rect(left, top, right, bottom)
