"""Web Mercator: round trips, known tile numbers, the viewport's transforms."""

from __future__ import annotations

import math

import pytest

from app.map.mercator import (
    MAX_LAT,
    TILE_SIZE,
    metres_per_pixel,
    tile_bounds,
    tile_of,
    tms_row,
    to_latlon,
    to_world,
    world_size,
)
from app.map.viewport import Viewport

NANJING = (32.0603, 118.7969)  # 新街口, WGS84


@pytest.mark.parametrize("lat,lon", [NANJING, (0.0, 0.0), (-33.87, 151.21), (60.0, -179.9),
                                     (84.9, 179.9), (-84.9, -179.9)])
@pytest.mark.parametrize("zoom", [0, 7, 12.5, 18])
def test_lat_lon_survive_a_round_trip(lat: float, lon: float, zoom: float) -> None:
    back = to_latlon(*to_world(lat, lon, zoom), zoom)
    assert back == pytest.approx((lat, lon), abs=1e-9)


def test_the_world_is_a_square_of_tiles() -> None:
    assert world_size(0) == TILE_SIZE and world_size(3) == 8 * TILE_SIZE
    assert to_world(0, 0) == pytest.approx((128, 128))
    assert to_world(MAX_LAT, -180) == pytest.approx((0, 0), abs=1e-9)
    assert to_world(-MAX_LAT, 180) == pytest.approx((256, 256), abs=1e-9)
    assert to_world(89.9, 0)[1] == pytest.approx(0, abs=1e-9)  # clamped at the edge


@pytest.mark.parametrize("zoom,expected", [
    (0, (0, 0)), (1, (1, 0)), (10, (849, 415)), (12, (3399, 1662)), (16, (54394, 26600)),
])
def test_known_tile_numbers(zoom: int, expected: tuple[int, int]) -> None:
    # the slippy-map wiki's formula: y = (1 - asinh(tan(lat)) / pi) / 2 * 2**zoom
    assert tile_of(*NANJING, zoom) == expected


def test_tile_numbers_of_well_known_places() -> None:
    # Munich's Marienplatz at zoom 11 and Sydney's Opera House at zoom 13
    assert tile_of(48.1372, 11.5756, 11) == (1089, 710)
    assert tile_of(-33.8568, 151.2153, 13) == (7536, 4915)


def test_tms_rows_count_from_the_south() -> None:
    assert tms_row(0, 0) == 0
    assert tms_row(1, 0) == 1
    assert tms_row(10, 415) == 608
    assert tms_row(10, tms_row(10, 415)) == 415


def test_a_tile_holds_the_point_it_was_found_for() -> None:
    x, y = tile_of(*NANJING, 14)
    south, west, north, east = tile_bounds(14, x, y)
    assert south < NANJING[0] < north and west < NANJING[1] < east


def test_metres_per_pixel_at_the_equator_and_in_nanjing() -> None:
    assert metres_per_pixel(0, 0) == pytest.approx(156_543.03, rel=1e-6)
    assert metres_per_pixel(32.06, 15) == pytest.approx(
        156_543.03 * math.cos(math.radians(32.06)) / 2 ** 15, rel=1e-6)


def test_the_viewport_maps_screen_and_world_both_ways() -> None:
    view = Viewport(zoom=12, width=800, height=600).centred(*to_world(*NANJING))
    assert view.to_screen(*to_world(*NANJING)) == pytest.approx((400, 300))
    wx, wy = view.to_world(123, 456)
    assert view.to_screen(wx, wy) == pytest.approx((123, 456))
    rect = view.world_rect()
    assert (rect.right - rect.left) * 2 ** 12 == pytest.approx(800)


def test_zooming_keeps_the_point_under_the_pointer() -> None:
    view = Viewport(zoom=10, width=800, height=600).centred(*to_world(*NANJING))
    before = view.to_world(100, 200)
    zoomed = view.zoomed(11.5, (100, 200))
    assert zoomed.zoom == 11.5
    assert zoomed.to_world(100, 200) == pytest.approx(before)
    assert view.zoomed(40).zoom == view.max_zoom


def test_panning_moves_the_map_with_the_pointer() -> None:
    view = Viewport(zoom=10, width=800, height=600).centred(*to_world(*NANJING))
    point = view.to_world(400, 300)
    moved = view.panned(50, -20)
    assert moved.to_screen(*point) == pytest.approx((450, 280))


def test_fitting_shows_every_point() -> None:
    points = [(32.30, 118.60), (31.40, 119.05), (32.06, 118.80)]
    view = Viewport(width=800, height=600).fitted(points)
    for lat, lon in points:
        x, y = view.to_screen(*to_world(lat, lon))
        assert 39 <= x <= 761 and 39 <= y <= 561
    assert 8 < view.zoom < 10
    one = Viewport(width=800, height=600).fitted([NANJING], max_zoom=15)
    assert one.zoom == 15
    assert Viewport().fitted([]) == Viewport()
