"""A vehicle routing problem with time windows as plain data, solved by PyVRP.

The day planner (`day_model`) and the Solomon benchmark both describe their problem here:
places and one matrix of whole travel units between them (minutes for a day, tenths of a
distance for Solomon), stops with a service time, a time window, a load, a prize when
optional, alternatives (a group: at most one of its stops is visited) and the vehicles that may
serve them; vehicles with their start and end places, working window, capacity and an even
share of work beyond which each unit of route duration costs `overtime_cost` (the balance).
`solve` turns it into PyVRP's `ProblemData` (one routing profile per set of allowed stops, with
the forbidden ones out of reach; identical vehicles as one vehicle type), runs its iterated
local search until the time limit, the cancel token or `stop` says so, and reads the best
solution back into routes of stop indices with their service start times.

Why PyVRP and not OR-Tools: measured on the Solomon instances at the same 10 s limit on this
machine (docs/ARCHITECTURE.md, "Planning the day"), PyVRP's mean gap to the best-known cost was
several times smaller, and its prize-collecting stops, client groups and per-vehicle profiles
express optional jobs, promise deadlines and skills directly.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pyvrp
from pyvrp.PenaltyManager import PenaltyParams
from pyvrp.stop import MaxRuntime

from app.cancel import CancelToken

FAR = 10**7  # travel to or from a stop a vehicle may not serve: out of any reach
FOREVER = 2**40
# PyVRP's defaults but for how often the penalties for lateness and load adapt: every 100
# candidates instead of 500. Within a desk's time limit (10 s on a Solomon instance is ~20,000
# candidates) the default adapts them only a few dozen times, and on tightly windowed instances
# the search stays in one basin (RC108: 1.55-1.64 % over the optimum on every seed tried);
# adapting five times as often lets it cross through infeasible space. Measured on the 56
# Solomon instances at 10 s (docs/ARCHITECTURE.md, "Planning the day").
PARAMS = pyvrp.SolveParams(penalty=PenaltyParams(solutions_between_updates=100))


@dataclass(frozen=True)
class Stop:
    place: int
    service: int = 0
    early: int = 0
    late: int = FOREVER
    load: int = 1
    prize: int = 0
    required: bool = True
    group: int | None = None  # stops of one group are alternatives: at most one is visited
    allowed: frozenset[str] | None = None  # the vehicle kinds that may serve it (None: all)


@dataclass(frozen=True)
class Vehicle:
    kind: str  # e.g. the technician; matched against Stop.allowed
    start: int  # place
    end: int  # place
    early: int = 0
    late: int = FOREVER
    capacity: int = 10**6
    free_return: bool = False  # the drive to the end place takes no time of the window
    share: int = FOREVER  # route duration beyond which each unit costs overtime_cost
    overtime_cost: int = 0


@dataclass(frozen=True)
class Problem:
    travel: npt.NDArray[np.int64]  # places x places, whole units
    stops: tuple[Stop, ...]
    vehicles: tuple[Vehicle, ...]


@dataclass(frozen=True)
class Route:
    vehicle: int
    stops: tuple[int, ...]
    starts: tuple[int, ...]  # service start of each stop
    feasible: bool = True  # no time warp, no excess load


@dataclass(frozen=True)
class Solution:
    routes: tuple[Route, ...]
    feasible: bool
    cost: int  # travel + uncollected prizes + overtime, in travel units
    travel: int
    iterations: int


Progress = Callable[[float], None]  # fraction of the time limit spent


class _Limit:
    """PyVRP's stopping criterion: the time limit, the cancel token, and progress reports."""

    def __init__(self, seconds: float, token: CancelToken | None, progress: Progress | None):
        self.clock = MaxRuntime(seconds)
        self.seconds, self.token, self.progress = max(seconds, 1e-3), token, progress
        self.began = time.perf_counter()
        self.told = 0.0

    def __call__(self, best_cost: float) -> bool:
        now = time.perf_counter()
        if self.progress is not None and now - self.told >= 0.2:
            self.told = now
            self.progress(min(1.0, (now - self.began) / self.seconds))
        return bool(self.clock(int(best_cost))) or (self.token is not None and self.token.cancelled)


@dataclass
class _Built:
    data: pyvrp.ProblemData
    vehicles_of_type: list[list[int]]
    depots: int


def _depots(p: Problem) -> tuple[list[tuple[int, bool]], dict[tuple[int, bool], int]]:
    """One depot per start place and per (end place, free return)."""
    keys: list[tuple[int, bool]] = []
    for v in p.vehicles:
        for key in ((v.start, False), (v.end, v.free_return)):
            if key not in keys:
                keys.append(key)
    return keys, {k: i for i, k in enumerate(keys)}


def _matrices(p: Problem, depot_keys: list[tuple[int, bool]], forbidden: frozenset[int]
              ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    places = [place for place, _ in depot_keys] + [s.place for s in p.stops]
    distance = np.ascontiguousarray(p.travel[np.ix_(places, places)], dtype=np.int64)
    if forbidden:
        cut = [len(depot_keys) + i for i in sorted(forbidden)]
        distance[cut, :] = FAR
        distance[:, cut] = FAR
        np.fill_diagonal(distance, 0)
    duration = distance.copy()
    for i, (_, free) in enumerate(depot_keys):
        if free:
            duration[:, i] = 0
    return distance, duration


def _forbidden(p: Problem, kind: str) -> frozenset[int]:
    return frozenset(i for i, s in enumerate(p.stops)
                     if s.allowed is not None and kind not in s.allowed)


def build(p: Problem) -> _Built:
    depot_keys, depot_of = _depots(p)
    profiles: dict[frozenset[int], int] = {}
    for v in p.vehicles:
        profiles.setdefault(_forbidden(p, v.kind), len(profiles))
    matrices = [_matrices(p, depot_keys, f) for f in profiles]
    types: dict[tuple[int, int, int, int, int, int, int, int], list[int]] = defaultdict(list)
    for i, v in enumerate(p.vehicles):
        key = (depot_of[(v.start, False)], depot_of[(v.end, v.free_return)], v.early, v.late,
               v.capacity, min(v.share, FOREVER), v.overtime_cost,
               profiles[_forbidden(p, v.kind)])
        types[key].append(i)
    vehicle_types = [pyvrp.VehicleType(
        len(members), [capacity], start, end, tw_early=early, tw_late=late,
        shift_duration=share, max_overtime=max(0, late - early - share) if cost else 0,
        unit_overtime_cost=cost, profile=profile)
        for (start, end, early, late, capacity, share, cost, profile), members in types.items()]
    groups = _groups(p)
    clients = [pyvrp.Client(len(depot_keys) + i, [s.load], [], s.service, s.early, s.late,
                            prize=s.prize, required=s.required,
                            group=None if s.group is None else groups[0][s.group])
               for i, s in enumerate(p.stops)]
    locations = [pyvrp.Location(0, 0) for _ in range(len(depot_keys) + len(p.stops))]
    depots = [pyvrp.Depot(i) for i in range(len(depot_keys))]
    distances: list[Any] = [m[0] for m in matrices]  # PyVRP's stubs type them loosely
    durations: list[Any] = [m[1] for m in matrices]
    data = pyvrp.ProblemData(locations, clients, depots, vehicle_types, distances, durations,
                             groups[1])
    return _Built(data, list(types.values()), len(depot_keys))


def _groups(p: Problem) -> tuple[dict[int, int], list[pyvrp.ClientGroup]]:
    members: dict[int, list[int]] = defaultdict(list)  # group -> its clients (stop indices)
    for i, s in enumerate(p.stops):
        if s.group is not None:
            members[s.group].append(i)
    index = {g: n for n, g in enumerate(members)}
    return index, [pyvrp.ClientGroup(m, required=False) for m in members.values()]


def _routes(built: _Built, best: pyvrp.Solution) -> tuple[Route, ...]:
    taken: dict[int, int] = defaultdict(int)
    out = []
    for r in best.routes():
        t = r.vehicle_type()
        vehicle = built.vehicles_of_type[t][taken[t]]
        taken[t] += 1
        visits = [a for a in r.schedule() if a.is_client()]
        out.append(Route(vehicle, tuple(a.idx for a in visits),
                         tuple(a.start_time for a in visits), r.is_feasible()))
    return tuple(sorted(out, key=lambda x: x.vehicle))


def solve(p: Problem, seconds: float, *, seed: int = 1, token: CancelToken | None = None,
          progress: Progress | None = None) -> Solution:
    """The best solution found within `seconds` (or until `token` is cancelled)."""
    if not p.stops or not p.vehicles:
        return Solution((), True, 0, 0, 0)
    built = build(p)
    result = pyvrp.solve(built.data, _Limit(seconds, token, progress), seed=seed,
                         collect_stats=False, display=False, params=PARAMS)
    best = result.best
    return Solution(_routes(built, best), best.is_feasible(), round(result.cost())
                    if best.is_feasible() else FOREVER, best.distance(),
                    result.num_iterations)


def route_length(travel: npt.NDArray[np.int64], places: Sequence[int]) -> int:
    """Travel units along consecutive places."""
    return int(sum(travel[a, b] for a, b in zip(places, places[1:], strict=False)))
