"""The optimiser on the 56 Solomon VRPTW instances: gap to the best-known (proven optimal) cost.

Each instance is solved twice at the same time limit: through FieldDesk's own modelling layer
(`app.scheduling.routing`: the instance as plain stops and vehicles, turned into PyVRP's data by
our code, the routes read back), and by the bare solver (PyVRP reading the file itself), so
the cost of our layer shows. Distances and times follow the DIMACS convention of the best-known
costs: Euclidean, truncated to one decimal (whole tenths here).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyvrp
import vrplib
from pyvrp.stop import MaxRuntime

from app.scheduling.routing import Problem, Stop, Vehicle, solve
from benchmarks.harness import Figure

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "solomon"
if not DATA.is_dir():
    DATA = Path("/work/shared/data/solomon")
SCALE = 10  # tenths: DIMACS truncates to one decimal


@dataclass(frozen=True)
class Gap:
    instance: str
    best_known: float
    ours: float
    bare: float

    @property
    def ours_pct(self) -> float:
        return 100 * (self.ours / self.best_known - 1)

    @property
    def bare_pct(self) -> float:
        return 100 * (self.bare / self.best_known - 1)


def instances() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.vrp"))


def problem(name: str) -> Problem:
    """The instance as FieldDesk's routing problem: place 0 the depot, one stop per customer."""
    inst = vrplib.read_instance(str(DATA / f"{name}.vrp"))
    xy = np.asarray(inst["node_coord"], dtype=float)
    n = len(xy)
    gaps = xy[:, None, :] - xy[None, :, :]
    travel = np.floor(SCALE * np.hypot(gaps[..., 0], gaps[..., 1]) + 1e-9).astype(np.int64)
    service = np.broadcast_to(np.asarray(inst["service_time"]), (n,))
    windows = np.asarray(inst["time_window"])
    demand = np.asarray(inst["demand"])
    stops = tuple(Stop(i, int(SCALE * service[i]), int(SCALE * windows[i][0]),
                       int(SCALE * windows[i][1]), int(demand[i])) for i in range(1, n))
    depot_late = int(SCALE * windows[0][1])
    vehicles = tuple(Vehicle("truck", 0, 0, int(SCALE * windows[0][0]), depot_late,
                             int(inst["capacity"]))
                     for _ in range(int(inst.get("vehicles", n - 1))))
    return Problem(travel, stops, vehicles)


def solve_ours(name: str, seconds: float) -> float:
    sol = solve(problem(name), seconds)
    if not sol.feasible:
        return math.inf
    return sol.travel / SCALE


def solve_bare(name: str, seconds: float) -> float:
    data = pyvrp.read(str(DATA / f"{name}.vrp"), round_func="dimacs")
    result = pyvrp.solve(data, MaxRuntime(seconds), seed=1, display=False)
    return result.cost() / SCALE if result.is_feasible() else math.inf


def best_known(name: str) -> float:
    return float(vrplib.read_solution(str(DATA / f"{name}.sol"))["cost"])


def measure(names: Sequence[str], seconds: float) -> list[Gap]:
    out = []
    for name in names:
        gap = Gap(name, best_known(name), solve_ours(name, seconds), solve_bare(name, seconds))
        print(f"  {name}: ours {gap.ours_pct:.2f} %, bare PyVRP {gap.bare_pct:.2f} %",
              flush=True)
        out.append(gap)
    return out


def run(seconds: float = 10.0, names: Sequence[str] | None = None) -> list[Figure]:
    chosen = list(names or instances())
    gaps = measure(chosen, seconds)
    label = f"{len(chosen)} x {seconds:g} s"
    rows = [Figure(f"Solomon {g.instance} gap %, not ms (bare PyVRP {g.bare_pct:.2f})",
                   g.ours_pct, 1.5) for g in gaps]
    ours = [g.ours_pct for g in gaps]
    bare = [g.bare_pct for g in gaps]
    return [
        *rows,
        Figure(f"baseline: bare PyVRP, Solomon mean gap % ({label})", statistics.mean(bare),
               None),
        Figure("baseline: bare PyVRP, Solomon worst gap %", max(bare), None),
        Figure(f"optimiser, Solomon mean gap % ({label})", statistics.mean(ours), 0.5,
               baseline="bare PyVRP", baseline_ms=statistics.mean(bare) or None),
        Figure("optimiser, Solomon worst gap %", max(ours), 1.5),
    ]
