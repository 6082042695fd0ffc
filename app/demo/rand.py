"""Seeded randomness for the demo: one stream per part, weighted picks, deterministic UUIDv7 ids."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


def stream(seed: int, part: str) -> random.Random:
    """An independent random stream per part, so changing one part leaves the others alone."""
    return random.Random(f"fielddesk-demo:{seed}:{part}")


class Weighted(Generic[T]):
    """Pick from `items` with the given relative weights (cumulative table built once)."""

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in items]
        self._cum = list(accumulate(weight for _, weight in items))
        self._total = self._cum[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect_right(self._cum, rng.random() * self._total)]


class IdMaker:
    """UUIDv7 ids from a seeded stream: the build-time millisecond, a 12-bit counter, 62 random
    bits. Ids come out in creation order, and the same seed and `now` give the same ids."""

    def __init__(self, rng: random.Random, now: dt.datetime) -> None:
        self._rng = rng
        self._base_ms = int(now.timestamp() * 1000)
        self._count = 0

    def __call__(self) -> str:
        n = self._count
        self._count += 1
        ts = self._base_ms + (n >> 12)
        value = (ts << 80) | (0x7 << 76) | ((n & 0xFFF) << 64) | (0b10 << 62)
        h = f"{value | self._rng.getrandbits(62):032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Fast draws for the hot loops (random.choice/randint cost several times more per call).
def among(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer from low to high, both included."""
    return low + int(rng.random() * (high - low + 1))
