"""Grid clustering per zoom, and the offline basemap's places, water and labels."""

from __future__ import annotations

import math
import random

from app.geo.gazetteer import Level
from app.map.basemap import default_basemap, levels_at
from app.map.clusters import ClusterIndex, cluster
from app.map.labels import Label, blocked, place, spots
from app.map.mercator import to_world


def nanjing_points(n: int, seed: int = 1) -> list[tuple[float, float]]:
    rnd = random.Random(seed)
    return [to_world(rnd.uniform(31.5, 32.5), rnd.uniform(118.4, 119.2)) for _ in range(n)]


def test_every_point_is_in_exactly_one_cluster() -> None:
    points = nanjing_points(2_000)
    for zoom in (4, 8, 11, 14):
        members = sorted(i for c in cluster(points, zoom) for i in c.members)
        assert members == list(range(len(points)))


def test_fewer_clusters_at_lower_zoom_each_of_neighbouring_cells() -> None:
    points = nanjing_points(2_000)
    counts = [len(cluster(points, z)) for z in (6, 9, 12, 14)]
    assert counts == sorted(counts) and counts[0] == 1 and counts[-1] > 1_000
    cell = 48 / 2 ** 12
    for c in cluster(points, 12):
        xs = {int(points[i][0] // cell) for i in c.members}
        ys = {int(points[i][1] // cell) for i in c.members}
        assert max(xs) - min(xs) <= 2 and max(ys) - min(ys) <= 2


def test_pins_either_side_of_a_cell_edge_make_one_badge() -> None:
    cell = 48 / 2 ** 10
    edge = 100 * cell
    (one,) = cluster([(edge - cell * 0.1, 50.0), (edge + cell * 0.1, 50.0)], 10)
    assert one.members == (0, 1)
    apart = cluster([(edge - cell * 0.5, 50.0), (edge + cell * 0.5, 50.0)], 10)
    assert [c.members for c in apart] == [(0,), (1,)]


def test_a_cluster_sits_at_the_mean_of_its_members() -> None:
    points = [(100.0, 100.0), (100.001, 100.003), (200.0, 50.0)]
    found = {c.count: c for c in cluster(points, 10)}
    assert set(found) == {1, 2}
    assert (found[2].x, found[2].y) == (100.0005, 100.0015)
    assert (found[1].x, found[1].y, found[1].members) == (200.0, 50.0, (2,))


def test_the_index_keeps_levels_and_stops_clustering_at_its_max_zoom() -> None:
    points = nanjing_points(500)
    index = ClusterIndex(points, max_zoom=15)
    assert index.at(9.7) is index.at(9.2)
    assert len(index.at(15)) == len(index.at(17.5)) == 500


def test_the_basemap_holds_every_division() -> None:
    basemap = default_basemap()
    levels = [p.level for p in basemap.places]
    assert levels.count(Level.PROVINCE) == 34 and levels.count(Level.CITY) > 300
    assert levels.count(Level.DISTRICT) > 2_800
    gulou = next(p for p in basemap.places if p.adcode == "320106")
    nanjing = next(p for p in basemap.places if p.adcode == "320100")
    assert gulou.label == "鼓楼区" and gulou.level == Level.DISTRICT
    assert nanjing.label == "南京市" and nanjing.level == Level.CITY
    enshi = next(p for p in basemap.places if p.adcode == "422800")
    assert enshi.label == "恩施"  # a long name shows short
    codes = {p.adcode for p in basemap.places}
    assert "440311" in codes  # 深圳 光明区 (2018)
    assert "371200" not in codes and "371202" not in codes  # 莱芜市 and 莱城区, abolished 2019


def test_the_basemap_draws_the_borders_between_provinces_only() -> None:
    borders = default_basemap().borders
    pairs = {b.between for b in borders}
    assert len(pairs) >= 60  # every pair of neighbouring provinces
    assert {("320000", "340000"), ("320000", "370000"), ("110000", "130000")} <= pairs
    assert all(a != b for a, b in pairs)  # lines between two provinces: no national outline
    # the Jiangsu / Anhui line passes west of Nanjing, between 浦口区 and 马鞍山
    pukou, maanshan = to_world(32.06, 118.63), to_world(31.67, 118.51)
    line = [b for b in borders if b.between == ("320000", "340000")]
    nearest = min(math.dist(p, pukou) for b in line for p in b.points)
    assert nearest * 40_075 / 256 < 25  # km: world units are 256 per equator
    assert all(b.bounds.contains(*p) for b in line for p in b.points)
    assert not any(math.dist(p, maanshan) * 40_075 / 256 < 3 for b in line for p in b.points)


def test_the_basemap_draws_the_yangtze_past_nanjing_and_lake_taihu() -> None:
    water = default_basemap().water
    bridge = to_world(32.11, 118.74)  # the Yangtze at the Nanjing bridge
    km = min(math.dist(p, bridge) for r in water.rivers for p in r.points) * 40_075 / 256
    assert km < 5  # the nearest point of the generalised line
    assert all(r.bounds.contains(*p) for r in water.rivers for p in r.points)
    taihu = to_world(31.2, 120.2)
    assert any(_inside(taihu, lake.points) for lake in water.lakes)
    assert not any(_inside(to_world(32.05, 118.8), lake.points) for lake in water.lakes)


def _inside(point: tuple[float, float], ring: tuple[tuple[float, float], ...]) -> bool:
    """Even-odd rule: a ray to the east crosses the ring an odd number of times."""
    x, y = point
    crossings = 0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def test_the_zoom_decides_what_shows() -> None:
    basemap = default_basemap()
    assert levels_at(3) == (Level.PROVINCE,)
    assert Level.CITY in levels_at(6) and Level.DISTRICT not in levels_at(6)
    assert Level.DISTRICT in levels_at(10)
    assert not basemap.rivers_show(3) and basemap.rivers_show(6)


def test_labels_never_overlap_and_larger_divisions_win() -> None:
    basemap = default_basemap()
    char, line = 12.0, 14.0
    labels = basemap.labels_at(6, char, line)
    assert basemap.labels_at(6.9, char, line) is labels
    assert any(p.label == "江苏省" for p, _ in labels)
    assert not any(p.level == Level.PROVINCE for p, _ in basemap.labels_at(9, char, line))
    boxes = [box(k, 6) for _, k in labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not overlap(a, b)
    # zoomed in on Nanjing, its districts all get their names
    names = {p.label for p, _ in basemap.labels_at(11, char, line)}
    assert {"鼓楼区", "玄武区", "秦淮区", "建邺区", "江宁区"} <= names


def box(k: Label, level: int) -> tuple[float, float, float, float]:
    x, y = k.x * 2 ** level + k.dx, k.y * 2 ** level + k.dy
    return x, y, x + k.width, y + k.height


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])


def test_a_label_goes_around_a_pin_or_is_dropped() -> None:
    x, y = to_world(32.06, 118.79)
    level, char, line = 12, 12.0, 14.0
    alone = place([(x, y, "鼓楼区")], level, char, line)
    assert (alone[0].dx, alone[0].dy) == spots(36, line)[0]  # right of its point
    right_of = (x + 30 / 2 ** level, y)  # a pin where the label would be
    avoid = blocked(level, "pin", [(*right_of, 10.0)])
    moved = place([(x, y, "鼓楼区")], level, char, line, avoid)
    assert (moved[0].dx, moved[0].dy) == spots(36, line)[1]  # left of it instead
    pin = (right_of[0] * 2 ** level - 10, y * 2 ** level - 10, right_of[0] * 2 ** level + 10,
           y * 2 ** level + 10)
    assert not overlap(box(moved[0], level), pin)
    # a badge over the point itself leaves no free spot: the label is dropped
    assert place([(x, y, "鼓楼区")], level, char, line,
                 blocked(level, "badge", [(x, y, 60.0)])) == ()
    # the basemap keeps its districts' names clear of the same badge
    basemap = default_basemap()
    gulou = next(p for p in basemap.places if p.adcode == "320106")  # Nanjing's 鼓楼区
    badge = blocked(level, "badge", [(gulou.x, gulou.y, 60.0)])
    assert gulou in {p for p, _ in basemap.labels_at(level, char, line)}
    assert gulou not in {p for p, _ in basemap.labels_at(level, char, line, badge)}
