"""Row ids are UUIDv7 text as the uuid module writes it, stamped with the time they were made,
unique and in the order they were made, one at a time or in bulk, from any thread."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
import uuid

import pytest

from app.models.base import new_id
from app.models.ids import new_ids


def stamp(text: str) -> int:
    """The id's Unix milliseconds."""
    return uuid.UUID(text).int >> 80


def test_an_id_is_uuid7_text_stamped_with_now() -> None:
    before = time.time_ns() // 1_000_000
    made = [new_id(), *new_ids(3)]
    after = time.time_ns() // 1_000_000
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)
        assert str(parsed) == text and len(text) == 36
        assert before <= stamp(text) <= after


def test_ids_are_unique_and_sort_in_the_order_they_were_made() -> None:
    made = [new_id() for _ in range(2000)] + new_ids(20_000) + [new_id()] + new_ids(1)
    after = time.time_ns() // 1_000_000
    assert made == sorted(made) and len(set(made)) == len(made)
    # 20,000 at once take more counter values than a millisecond has (at least 3072): the
    # next milliseconds are borrowed, a few at most.
    assert stamp(made[-1]) <= after + 20_000 // 3072 + 1


def test_ids_made_in_threads_at_once_are_unique() -> None:
    found: list[list[str]] = [[] for _ in range(4)]

    def make(mine: list[str]) -> None:
        mine += [new_id() for _ in range(5000)] + new_ids(5000)

    threads = [threading.Thread(target=make, args=(mine,)) for mine in found]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(mine == sorted(mine) for mine in found)
    assert len({i for mine in found for i in mine}) == 40_000


@pytest.mark.skipif(not hasattr(os, "fork"), reason="Windows has no fork")
def test_a_forked_child_does_not_repeat_its_parents_random_tails() -> None:
    new_id()  # the parent now holds random words it has not used
    with multiprocessing.get_context("fork").Pool(1) as pool:
        theirs = pool.apply(new_ids, (100,))
    mine = new_ids(100)
    assert not {i[19:] for i in theirs} & {i[19:] for i in mine}
