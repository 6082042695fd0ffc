"""Bulk work pauses the cyclic garbage collector and leaves it as it found it, even when the
work fails."""

from __future__ import annotations

import gc

import pytest

from app.heap import collector_paused


def test_the_collector_is_off_in_the_block_and_on_after_it() -> None:
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a nested block leaves it off for the outer one
            pass
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
