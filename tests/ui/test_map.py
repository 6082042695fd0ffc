"""The map page on a real SQLite station: pins in view, clusters, dragging a pin and "Set
location here" (manual, audited), the shared selection with the board and the job list, the
MBTiles layer, a technician's day route, the screenshot."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db import Database
from app.geo.gazetteer import Level
from app.map.basemap import default_basemap
from app.map.clusters import Cluster
from app.map.mercator import TILE_SIZE, tile_of, to_latlon, to_world
from app.map.vector import Kind
from app.models import AuditEntry, Site
from app.models.enums import JobStatus, Priority
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.changes import Changes
from app.services.jobs import JobDetail
from app.services.map_settings import set_tiles_path
from app.ui import labels
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.map import MapPage, style
from app.ui.map.pins import badge_radius
from app.ui.map.vector_tiles import LINES
from app.ui.map.view import MapView
from app.ui.screenshot import take_screenshot
from app.ui.views.jobs_view import JobsView
from tests.core import conftest as core
from tests.map.helpers import png_bytes, vector_tile, write_mbtiles
from tests.map.test_vector_tiles import OPENMAPTILES
from tests.scheduling import conftest as scheduling
from tests.scheduling.conftest import CENTRE, MONDAY, NORTH_2KM, NORTH_10KM, SOUTH_20KM

from .map_helpers import click, drag, open_map

dispatcher, place_job, place_tech = core.dispatcher, scheduling.place_job, scheduling.place_tech
EAST_2KM = (32.05, 118.80)
SOUTH_WEST = (32.0, 118.70)
PLACES = {"centre": CENTRE, "north2": NORTH_2KM, "north10": NORTH_10KM, "south20": SOUTH_20KM,
          "east2": EAST_2KM, "southwest": SOUTH_WEST}


@pytest.fixture
def jobs(place_job: scheduling.PlaceJob) -> dict[str, JobDetail]:
    return {name: place_job(at=at) for name, at in PLACES.items()}


def in_view(view: MapView, jobs: dict[str, JobDetail]) -> set[str]:
    """The jobs whose coordinates lie inside the view, from its corners' lat/lon."""
    north, west = to_latlon(*view.vp.to_world(0, 0))
    south, east = to_latlon(*view.vp.to_world(view.width(), view.height()))
    return {jobs[name].id for name, (lat, lon) in PLACES.items()
            if south <= lat <= north and west <= lon <= east}


def site_of(db: Database, job: JobDetail) -> Site:
    with db.session() as s:
        site = s.scalar(select(Site).where(Site.id == job.site_id))
        assert site is not None
        return site


def audits(db: Database, site_id: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity_id == site_id)
                              .order_by(AuditEntry.at, AuditEntry.id)))


def wheel(view: MapView, notches: int, pos: QPointF) -> None:
    QApplication.sendEvent(view, QWheelEvent(
        pos, view.mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


# ------------------------------------------------------------------------------ pins in view


def test_fitted_the_map_shows_every_located_job(qtbot: QtBot, ctx: AppContext,
                                                jobs: dict[str, JobDetail],
                                                place_job: scheduling.PlaceJob) -> None:
    place_job(at=None)
    page = open_map(qtbot, ctx)
    page.view.grab()
    every = {j.id for j in jobs.values()}
    assert set(page.view.visible_job_ids()) == every
    assert sorted(page.view.pins.drawn_job_ids()) == sorted(every)
    assert page.info_label.text() == "6 jobs on the map, 1 without a location"


def test_pins_shown_are_the_jobs_in_the_view_after_zoom_and_pan(
        qtbot: QtBot, ctx: AppContext, jobs: dict[str, JobDetail]) -> None:
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*CENTRE, 13.0)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    wheel(view, 2, QPointF(500, 300))  # half a level a notch, around the pointer
    assert view.vp.zoom == 15.0
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Up)
    drag(view, QPointF(500, 300), QPointF(380, 330))  # the map follows the pointer
    view.grab()
    expected = in_view(view, jobs)
    assert expected and expected != {j.id for j in jobs.values()}
    assert set(view.visible_job_ids()) == expected
    assert set(view.pins.drawn_job_ids()) == expected
    assert all(c.count == 1 for c in view.pins.drawn)
    # panned away from every job: nothing drawn
    view.show_point(30.0, 110.0)
    view.grab()
    assert view.pins.drawn == [] and view.visible_job_ids() == []


def test_pins_cluster_at_low_zoom_with_their_counts(qtbot: QtBot, ctx: AppContext,
                                                   jobs: dict[str, JobDetail]) -> None:
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*CENTRE, 9.0)
    view.grab()
    counts = sorted(c.count for c in view.pins.drawn)
    assert max(counts) >= 3 and sum(counts) == len(in_view(view, jobs))
    view.show_point(*CENTRE, 16.0)
    view.grab()
    assert all(c.count == 1 for c in view.pins.drawn)


def test_clicking_a_cluster_zooms_in_and_a_pin_selects_it(
        qtbot: QtBot, ctx: AppContext, jobs: dict[str, JobDetail]) -> None:
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*CENTRE, 8.0)
    view.grab()
    badge = max(view.pins.drawn, key=lambda c: c.count)
    click(view, QPointF(*view.vp.to_screen(badge.x, badge.y)))
    assert view.vp.zoom == 10.0
    view.show_point((CENTRE[0] + NORTH_2KM[0]) / 2, CENTRE[1], 14.0)
    with qtbot.waitSignal(page.jobsSelected) as blocker:
        click(view, view.screen_pos(*NORTH_2KM) + QPointF(3, -2))
    assert blocker.args == [[jobs["north2"].id]]
    assert view.selected_ids() == [jobs["north2"].id]
    with qtbot.waitSignal(page.jobsSelected) as blocker:
        click(view, view.screen_pos(*CENTRE), Qt.KeyboardModifier.ControlModifier)
    assert set(blocker.args[0]) == {jobs["north2"].id, jobs["centre"].id}
    with qtbot.waitSignal(page.jobsSelected) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert blocker.args == [[]]


# ----------------------------------------------------------------------- correcting a site


def test_dragging_a_selected_pin_places_the_site_by_hand(
        qtbot: QtBot, ctx: AppContext, db: Database, jobs: dict[str, JobDetail]) -> None:
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*CENTRE, 15.0)
    job = jobs["centre"]
    start = view.screen_pos(*CENTRE)
    drag(view, start, start + QPointF(0, 200))  # not selected: the drag pans the map
    assert page.reported == [] and site_of(db, job).geocode_source != "manual"
    start = view.screen_pos(*CENTRE)
    click(view, start)
    assert view.selected_ids() == [job.id]
    target = start + QPointF(90, -40)
    drag(view, start, target)
    lat, lon = view.latlon_at(target)
    site = site_of(db, job)
    assert (site.lat, site.lon) == pytest.approx((lat, lon))
    assert (site.geocode_source, site.geocode_precision) == ("manual", "manual")
    entry = audits(db, site.id)[-1]
    assert entry.action == "locate" and entry.username == "admin"
    assert entry.after["lat"] == pytest.approx(lat)
    assert page.reported == [Changes.CUSTOMERS | Changes.MAP]
    moved = page.data.job(job.id) if page.data else None  # reloaded after the write
    assert moved is not None and (moved.lat, moved.lon) == pytest.approx((lat, lon))
    assert "placed by hand" in page.message_label.text()
    assert view.selected_ids() == [job.id]


def test_set_location_here_from_the_context_menu(qtbot: QtBot, ctx: AppContext,
                                                 db: Database,
                                                 jobs: dict[str, JobDetail]) -> None:
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*CENTRE, 14.0)
    here = QPointF(200, 150)
    menu = view.context_menu(here)
    action = next(a for a in menu.actions() if a.objectName() == "setLocationHere")
    assert not action.isEnabled()  # no job selected
    job = jobs["north10"]
    page.select_jobs([job.id])  # far outside the view: the map pans to it
    assert view.selected_ids() == [job.id]
    assert job.id in view.visible_job_ids()
    view.show_point(*CENTRE)
    menu = view.context_menu(here)
    action = next(a for a in menu.actions() if a.objectName() == "setLocationHere")
    assert action.isEnabled() and job.number in action.text()
    action.trigger()
    site = site_of(db, job)
    assert (site.lat, site.lon) == pytest.approx(view.latlon_at(here))
    assert site.geocode_source == "manual"
    assert audits(db, site.id)[-1].action == "locate"
    assert page.reported == [Changes.CUSTOMERS | Changes.MAP]


def test_a_refused_location_puts_the_pin_back(qtbot: QtBot, ctx: AppContext,
                                             jobs: dict[str, JobDetail]) -> None:
    page = open_map(qtbot, ctx)
    page.set_location(jobs["centre"].id, 95.0, 118.0)  # beyond the pole
    assert "latitude" in page.error_label.text()
    assert page.view.pins.point(jobs["centre"].id) == pytest.approx(to_world(*CENTRE))
    assert page.reported == []


# ------------------------------------------------------------------------ shared selection


def test_a_rectangle_on_the_map_selects_in_the_job_list_and_the_board_and_back(
        qtbot: QtBot, ctx: AppContext, jobs: dict[str, JobDetail]) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    jobs_view = window.select_view("jobs")
    board = window.select_view("board")
    page = window.select_view("map")
    assert isinstance(page, MapPage) and isinstance(jobs_view, JobsView)
    view = page.view
    lat, lon = (CENTRE[0] + EAST_2KM[0]) / 2, (CENTRE[1] + EAST_2KM[1]) / 2
    view.show_point(lat, lon, 14.0)
    a, b = view.screen_pos(*CENTRE), view.screen_pos(*EAST_2KM)
    wanted = {jobs["centre"].id, jobs["east2"].id}
    with qtbot.waitSignal(window.selection.jobsSelected) as blocker:
        drag(view, a - QPointF(20, 20), b + QPointF(20, 20), Qt.KeyboardModifier.ShiftModifier)
    ids, source = blocker.args
    assert set(ids) == wanted and source == "map"
    assert set(view.selected_ids()) == wanted
    rows = jobs_view.table.selectionModel().selectedRows()
    assert {jobs_view.model.row_id(i.row()) for i in rows} == wanted
    queued = board.queue.current()  # type: ignore[attr-defined]
    assert queued is not None and queued.id in wanted

    window.select_view("jobs")
    far = jobs["north10"]
    with qtbot.waitSignal(window.selection.jobsSelected) as blocker:
        jobs_view.table.selectRow(jobs_view.model.row_of(far.id))
    assert blocker.args == [[far.id], "jobs"]
    assert view.selected_ids() == [far.id]
    assert board.queue.current().id == far.id  # type: ignore[attr-defined]

    window.select_view("board")
    board.queue.select(jobs["south20"].id)  # type: ignore[attr-defined]
    assert view.selected_ids() == [jobs["south20"].id]


def test_a_visit_selected_on_the_board_selects_its_job_on_the_map(
        qtbot: QtBot, ctx: AppContext, dispatcher: Actor, jobs: dict[str, JobDetail],
        place_tech: scheduling.PlaceTech) -> None:
    tech = place_tech("T001")
    today = dt.datetime.now(ctx.tz).date()
    start = dt.datetime.combine(today, dt.time(10), tzinfo=ctx.tz)
    assign(ctx.db, dispatcher, jobs["east2"].id, tech, start, start + dt.timedelta(hours=1),
           override_reason="测试")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    page = window.select_view("map")
    board = window.select_view("board")
    appt = board.view.data.rows[0].appointments[0]  # type: ignore[attr-defined]
    board.view.select(appt)  # type: ignore[attr-defined]
    assert page.view.selected_ids() == [jobs["east2"].id]  # type: ignore[attr-defined]
    window.select_view("map")
    page.view.set_selection([])  # type: ignore[attr-defined]
    page.jobsSelected.emit([jobs["east2"].id])  # type: ignore[attr-defined]
    assert board.view.board_scene.selected_appointment() == appt  # type: ignore[attr-defined]


# ------------------------------------------------------------------------ tiles and routes


def test_the_mbtiles_layer_draws_the_tile_of_the_view(qtbot: QtBot, ctx: AppContext,
                                                      db: Database, tmp_path: Path) -> None:
    zoom = 12
    x, y = tile_of(*CENTRE, zoom)
    path = write_mbtiles(tmp_path / "nanjing.mbtiles", {(zoom, x, y): png_bytes((200, 30, 30))},
                         {"attribution": "test tiles"})
    page = open_map(qtbot, ctx)
    assert page.view.tiles is None
    page.choose_tiles(path)
    source = page.view.tiles
    assert source is not None and source.info.max_zoom == zoom
    view = page.view
    view.show_point(*CENTRE, zoom)
    view.grab()
    qtbot.waitUntil(lambda: source.known((zoom, x, y)))
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    corner = view.vp.to_screen(x * TILE_SIZE / 2 ** zoom, y * TILE_SIZE / 2 ** zoom)
    inside = QPointF(corner[0] + 128, corner[1] + 128)
    colour = image.pixelColor(round(inside.x() * ratio), round(inside.y() * ratio))
    assert (colour.red(), colour.green(), colour.blue()) == (200, 30, 30)
    outside = image.pixelColor(round((corner[0] - 60) * ratio), round((corner[1] + 128) * ratio))
    assert outside.red() != 200
    # zoomed in past the file's levels, its deepest tile is scaled up
    view.show_point(*CENTRE, zoom + 2)
    image = view.grab().toImage()
    middle = image.pixelColor(round(view.width() / 2 * ratio) + 40,
                              round(view.height() / 2 * ratio) + 40)
    assert (middle.red(), middle.green(), middle.blue()) == (200, 30, 30)
    page.choose_tiles(None)
    assert page.view.tiles is None


def test_the_map_of_the_main_window_draws_its_basemap_when_first_shown(
        qtbot: QtBot, ctx: AppContext) -> None:
    """The window opens on the jobs and reads the basemap at the map's first paint: the map
    shown later still draws China's provinces, their names and borders."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_key() == "jobs"
    page = window.select_view("map")
    assert isinstance(page, MapPage)
    view = page.view
    view.show_point(32.0, 117.5, 6)  # Jiangsu and Anhui
    image = view.grab().toImage()
    assert len(view.basemap.drawn_labels) > 10  # provinces' and cities' names
    assert any(image.pixelColor(x, y) == style.BORDER
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_the_basemap_draws_the_border_between_provinces(qtbot: QtBot, ctx: AppContext) -> None:
    border = next(b for b in default_basemap().borders if b.between == ("320000", "340000"))
    on_line = border.points[len(border.points) // 2]  # Jiangsu / Anhui, world units
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*to_latlon(*on_line), 9)
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    cx, cy = view.vp.to_screen(*on_line)

    def border_pixels(x0: float, y0: float) -> int:
        return sum(image.pixelColor(round((x0 + dx) * ratio), round((y0 + dy) * ratio))
                   == style.BORDER for dx in range(-8, 9) for dy in range(-8, 9))

    assert border_pixels(cx, cy) > 0
    assert border_pixels(cx + 150, cy + 150) == 0  # away from any border: only land


def test_the_basemap_draws_water_and_no_line_between_division_dots(qtbot: QtBot,
                                                                   ctx: AppContext) -> None:
    places = {p.label: p for p in default_basemap().places}
    city, district = places["南京市"], places["六合区"]
    page = open_map(qtbot, ctx)
    view = page.view
    view.show_point(*to_latlon((city.x + district.x) / 2, (city.y + district.y) / 2), 10)
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()

    def colour(x: float, y: float) -> QColor:
        return image.pixelColor(round(x * ratio), round(y * ratio))

    (x1, y1), (x2, y2) = view.vp.to_screen(city.x, city.y), view.vp.to_screen(district.x,
                                                                              district.y)
    ground = {style.LAND.rgb(), style.GRATICULE.rgb(), style.WATER.rgb()}
    between = [colour(x1 + (x2 - x1) * t / 20, y1 + (y2 - y1) * t / 20) for t in range(3, 18)]
    assert all(c.rgb() in ground for c in between)  # land, graticule, the river: no link
    bridge = view.vp.to_screen(*to_world(32.11, 118.74))  # the Yangtze
    assert any(colour(bridge[0] + dx, bridge[1] + dy) == style.WATER
               for dx in range(-25, 26) for dy in range(-25, 26))


def test_a_tiles_file_that_went_away_leaves_the_basemap(qtbot: QtBot, ctx: AppContext,
                                                        db: Database, tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "gone.mbtiles", {(3, 6, 3): png_bytes((1, 2, 3))})
    set_tiles_path(db, ctx.actor, path)
    path.unlink()
    page = open_map(qtbot, ctx)
    assert page.view.tiles is None
    assert "built-in basemap" in page.message_label.text()
    bad = tmp_path / "bad.mbtiles"
    bad.write_text("not tiles")
    page.choose_tiles(bad)
    assert "not an MBTiles file" in page.error_label.text()
    assert page.view.tiles is None


def test_only_supervisors_choose_the_map_tiles(qtbot: QtBot, ctx: AppContext,
                                              dispatcher: Actor) -> None:
    assert open_map(qtbot, ctx).toolbar.tiles_button.isEnabled()  # the fixture's admin
    page = open_map(qtbot, dataclasses.replace(ctx, actor=dispatcher))
    assert not page.toolbar.tiles_button.isEnabled()


def test_a_technicians_day_is_drawn_as_a_route_with_travel_times(
        qtbot: QtBot, ctx: AppContext, dispatcher: Actor, jobs: dict[str, JobDetail],
        place_tech: scheduling.PlaceTech) -> None:
    tech = place_tech("T001", home=CENTRE)
    tz = ctx.tz
    for hour, name in ((9, "north2"), (11, "north10")):
        start = dt.datetime.combine(MONDAY, dt.time(hour), tzinfo=tz)
        assign(ctx.db, dispatcher, jobs[name].id, tech, start, start + dt.timedelta(hours=1))
    page = open_map(qtbot, ctx)
    assert page.toolbar.technician.findData(tech) > 0
    page.show_route(tech, MONDAY)
    route = page.view.route
    assert route is not None
    assert [s.job_id for s in route.stops] == [jobs["north2"].id, jobs["north10"].id]
    assert all(s.travel_minutes for s in route.stops)
    assert route.travel_minutes < 60  # a few kilometres: minutes only, as a duration
    assert page.route_label.text() == (f"师傅 T001, {MONDAY.isoformat()}: 2 visits, about "
                                       f"{route.travel_minutes} min driving")
    page.view.grab()  # draws the route
    page.show_route(None, MONDAY)
    assert page.view.route is None and page.route_label.text() == ""


def test_screenshot_of_the_map(qtbot: QtBot, db: Database, jobs: dict[str, JobDetail],
                               tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    take_screenshot(Config(db_path=tmp_path / "station.sqlite"), "map", out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    assert out.stat().st_size > 20_000


# ------------------------------------------------------------------------ labels and legend


def test_labels_are_never_under_a_pin_or_a_cluster(qtbot: QtBot, ctx: AppContext,
                                                   place_job: scheduling.PlaceJob) -> None:
    districts = [p for p in default_basemap().places if p.adcode[:4] == "3201"
                 and p.level == Level.DISTRICT]
    for d in districts:  # a job at each district's seat, another just right of it: on its name
        place_job(at=(d.lat, d.lon))
        place_job(at=(d.lat, d.lon + 0.012))
    page = open_map(qtbot, ctx)
    view = page.view
    for zoom in (9, 10.5, 11, 12.5):
        view.show_point(32.05, 118.78, zoom)
        view.grab()
        drawn = view.basemap.drawn_labels
        covers = [pin_rect(view, c) for c in view.pins.drawn]
        assert drawn and covers
        assert not any(label.intersects(pin) for label in drawn for pin in covers)
    names = {k.text for _, k in default_basemap().labels_at(12.5, view.basemap.char_px,
                                                           view.basemap.line_px,
                                                           view.avoid(12))}
    assert "玄武区" in names  # moved beside its pins, not dropped


FILLS_OF_ROADS = {kind: colour for kind, (_, _, colour, _) in LINES.items()}


def pin_rect(view: MapView, c: Cluster) -> QRectF:
    x, y = view.vp.to_screen(c.x, c.y)
    half = style.PIN_DIAMETER / 2 + 2 if c.count == 1 else badge_radius(c.count) + 1
    return QRectF(x - half, y - half, 2 * half, 2 * half)


def test_the_legend_names_statuses_rings_homes_and_routes(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_map(qtbot, ctx)
    legend = page.view.legend
    assert not legend.isVisible()
    page.toolbar.legend_button.click()
    assert legend.isVisible()
    assert legend.geometry().right() < page.view.width()  # in the map's corner, whole
    entries = legend.entries
    assert {labels.status(s) for s in JobStatus} <= set(entries)
    assert {labels.priority(p) for p in Priority} <= set(entries)
    assert {"A technician's home base", "A technician's day: visits in order",
            "River or lake"} <= set(entries)
    page.toolbar.legend_button.click()
    assert not legend.isVisible()


def test_a_vector_tiles_file_draws_roads_with_their_chinese_names(
        qtbot: QtBot, ctx: AppContext, place_job: scheduling.PlaceJob, tmp_path: Path) -> None:
    zoom = 14
    x, y = tile_of(*CENTRE, zoom)
    middle = to_latlon((x + 0.5) * TILE_SIZE / 2 ** zoom, (y + 0.5) * TILE_SIZE / 2 ** zoom)
    place_job(at=middle)  # a pin where the road's name would go: the name goes around it
    data = vector_tile(OPENMAPTILES)
    path = write_mbtiles(tmp_path / "nanjing.mbtiles", {(zoom, x, y): data},
                         {"format": "pbf", "attribution": "© OpenMapTiles © OpenStreetMap"})
    page = open_map(qtbot, ctx)
    page.choose_tiles(path)
    source = page.view.tiles
    assert source is not None and source.info.vector
    view = page.view
    view.show_point(*middle, zoom)
    view.grab()
    qtbot.waitUntil(lambda: source.known((zoom, x, y)))
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    road_x, road_y = view.vp.to_screen(*to_world(*middle))
    fill = image.pixelColor(round((road_x - 90) * ratio), round(road_y * ratio))
    assert fill == FILLS_OF_ROADS[Kind.MAJOR_ROAD]  # the primary road, across the tile
    drawn = dict(view.tile_labels.drawn)
    assert "中山北路" in drawn and "鼓楼" in drawn
    pins = [pin_rect(view, c) for c in view.pins.drawn]
    assert pins and not any(drawn["中山北路"].intersects(pin) for pin in pins)
