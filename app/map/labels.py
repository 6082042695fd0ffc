"""Where map labels go: beside their point, never over another label, a pin, a cluster badge, a
home base or a route stop.

Placement works on a grid of `CELL` screen pixels at one whole zoom level. What the labels must
not cover is `Blocked`: the cells under each obstacle's square. A label tries the right of its
point, then the left, above and below, then farther above and below (`spots`); it takes the
first spot whose cells are all free, or is dropped. Zooming in within the level only moves
points apart while labels and pins keep their pixel size, so what is free at the level stays
free up to the next one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CELL = 6.0  # pixels
GAP = 5.0  # pixels between a point and its label
FAR = 16.0  # pixels: the last spots, above or below a pin sitting on the point itself


@dataclass(frozen=True, slots=True)
class Blocked:
    """The grid cells covered at `level`; `key` names the obstacles (a new set, a new key)."""

    level: int
    key: object
    cells: frozenset[tuple[int, int]]


NOTHING = Blocked(0, None, frozenset())


def blocked(level: int, key: object,
            obstacles: Iterable[tuple[float, float, float]]) -> Blocked:
    """The cells under squares of half side `r` pixels around world points (x, y, r)."""
    scale = 2.0 ** level
    floor = math.floor
    cells: set[tuple[int, int]] = set()
    for x, y, r in obstacles:
        sx, sy = x * scale, y * scale
        left, right = floor((sx - r) / CELL), floor((sx + r) / CELL)
        top, bottom = floor((sy - r) / CELL), floor((sy + r) / CELL)
        cells.update((i, j) for i in range(left, right + 1) for j in range(top, bottom + 1))
    return Blocked(level, key, frozenset(cells))


@dataclass(frozen=True, slots=True)
class Label:
    """A placed label: its text's top-left corner is (dx, dy) pixels from its point."""

    x: float  # world units
    y: float
    text: str
    dx: float
    dy: float
    width: float
    height: float


def spots(width: float, height: float) -> tuple[tuple[float, float], ...]:
    """The offsets tried, in order: right, left, above, below, then above and below clear of
    a pin on the point."""
    return ((GAP, -height / 2), (-GAP - width, -height / 2),
            (-width / 2, -GAP - height), (-width / 2, GAP),
            (-width / 2, -FAR - height), (-width / 2, FAR))


def place(points: Sequence[tuple[float, float, str]], level: int, char_px: float,
          line_px: float, avoid: Blocked = NOTHING) -> tuple[Label, ...]:
    """Greedy, in the order given (the more important first): each label takes the first spot
    whose cells are free of `avoid` and of the labels placed before it. A label is
    `len(text) * char_px` wide and `line_px` high."""
    scale = 2.0 ** level
    taken: set[tuple[int, int]] = set()
    hidden = avoid.cells if avoid.level == level else frozenset()
    floor = math.floor
    out = []
    for x, y, text in points:
        sx, sy = x * scale, y * scale
        width = len(text) * char_px
        for dx, dy in spots(width, line_px):
            left, top = floor((sx + dx) / CELL), floor((sy + dy) / CELL)
            right, bottom = floor((sx + dx + width) / CELL), floor((sy + dy + line_px) / CELL)
            cells = [(i, j) for i in range(left, right + 1) for j in range(top, bottom + 1)]
            if not any(c in taken or c in hidden for c in cells):
                taken.update(cells)
                out.append(Label(x, y, text, dx, dy, width, line_px))
                break
    return tuple(out)
