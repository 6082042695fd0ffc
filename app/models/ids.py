"""Row ids: UUIDv7 (RFC 9562) as text, made here rather than by `uuid6.uuid7`, which cost
about 10 us an id (a UUID object, its checks, its text and a read of random bytes) and moved
the timestamp a millisecond ahead for every id made within the same millisecond: an import's
600,000 ids took six seconds and were stamped ten minutes in the future.

An id is 48 bits of Unix milliseconds, the version, a 12-bit counter (RFC 9562 section
6.2, method 1: it starts at a random value below 1024 each new millisecond, so the ids of
one process sort in the order they were made), the variant and 62 random bits from the
operating system. Two stations making ids in the same millisecond collide only if 62 random
bits (and the counter) agree; within a process the millisecond and counter alone are unique.
A millisecond whose 4096 counter values are used up borrows the next one.
"""

from __future__ import annotations

import os
import threading
import time
from array import array

_COUNTER = 0x1000  # counter values per millisecond
_FIRST = 0x3FF  # a millisecond's counter starts at random & _FIRST: room for 3072 more
_TAIL = 0x3FFF_FFFF_FFFF_FFFF  # the random bits after the variant
_VERSION = 7 << 76
_VARIANT = 0x8000_0000_0000_0000  # RFC 9562's variant, binary 10
_READ = 512  # random words read from the operating system at once, beyond those asked for
Runs = list[tuple[int, int, int]]  # (millisecond, first counter value, how many)


class _Clock:
    """The last millisecond and counter value handed out, and random words not yet used
    (read from the OS in blocks: one read per id cost more than the rest of it). Under a
    lock: the sync's thread makes ids too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ms = 0
        self._next = 0  # the millisecond's next free counter value
        self._random = array("Q")

    def forget(self) -> None:
        """In a forked child: its random words must not be the parent's."""
        self._lock = threading.Lock()
        self._random = array("Q")

    def reserve(self, n: int) -> tuple[Runs, array[int]]:
        """The counter values of `n` ids, in order, and n random words for their tails."""
        runs = []
        with self._lock:
            if len(self._random) <= n:
                self._random.frombytes(os.urandom(8 * (n + _READ)))
            words = self._random[-n - 1:]
            del self._random[-n - 1:]
            now = time.time_ns() // 1_000_000
            if now > self._ms:
                self._ms, self._next = now, words[n] & _FIRST
            while n:
                if self._next == _COUNTER:
                    self._ms, self._next = self._ms + 1, 0
                count = min(n, _COUNTER - self._next)
                runs.append((self._ms, self._next, count))
                self._next += count
                n -= count
        return runs, words


_CLOCK = _Clock()
if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_CLOCK.forget)


def _text(ms: int, counter: int, tail: int) -> str:
    """The id as the uuid module writes it (lower-case hex, 8-4-4-4-12)."""
    h = (ms << 80 | _VERSION | counter << 64 | tail & _TAIL | _VARIANT).to_bytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_ids(n: int) -> list[str]:
    """`n` new ids, in the order they sort (one clock reading for all of them: a bulk
    write's ids cost about a microsecond each)."""
    runs, words = _CLOCK.reserve(n)
    out: list[str] = []
    for ms, first, count in runs:
        tails = words[len(out):len(out) + count]
        out += [_text(ms, c, t) for c, t in zip(range(first, first + count), tails, strict=True)]
    return out


def new_id() -> str:
    """A new id: time-ordered, so ids created offline at two stations never collide."""
    [(ms, counter, _)], words = _CLOCK.reserve(1)
    return _text(ms, counter, words[0])
