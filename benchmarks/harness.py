"""Timing helpers and the result table: medians of repeated runs, ratios to a baseline."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    median_ms: float
    target_ms: float | None
    baseline: str = ""
    baseline_ms: float | None = None
    runs: int = 1

    @property
    def ratio(self) -> float | None:
        return self.median_ms / self.baseline_ms if self.baseline_ms else None

    @property
    def verdict(self) -> str:
        if self.target_ms is None:
            return "baseline" if self.name.startswith("baseline") else "-"
        return "ok" if self.median_ms <= self.target_ms else "OVER"


def median_ms(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def table(figures: list[Figure]) -> str:
    head = f"{'figure':<56} {'median ms':>10} {'target ms':>10} {'x baseline':>11}  verdict"
    lines = [head, "-" * len(head)]
    for f in figures:
        target = f"{f.target_ms:g}" if f.target_ms is not None else "-"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        lines.append(f"{f.name:<56} {f.median_ms:>10.2f} {target:>10} {ratio:>11}  {f.verdict}")
    return "\n".join(lines)


def as_json(figures: list[Figure], context: dict[str, object]) -> str:
    rows = [{**asdict(f), "ratio": f.ratio, "verdict": f.verdict} for f in figures]
    return json.dumps({"context": context, "figures": rows}, ensure_ascii=False, indent=2)
