"""The core's cancel token: polled by work, and able to interrupt blocking work."""

import threading

import pytest

from app.cancel import Cancelled, CancelToken


def test_check_raises_only_after_cancel() -> None:
    token = CancelToken()
    token.check()
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.check()


def test_on_cancel_runs_once_from_the_cancelling_thread() -> None:
    token, calls = CancelToken(), []
    token.on_cancel(lambda: calls.append(threading.current_thread().name))
    worker = threading.Thread(target=token.cancel, name="canceller")
    worker.start()
    worker.join()
    token.cancel()
    assert calls == ["canceller"]


def test_on_cancel_after_cancel_runs_at_once_and_forget_stops_a_callback() -> None:
    token, calls = CancelToken(), []
    forget = token.on_cancel(lambda: calls.append("forgotten"))
    forget()
    token.cancel()
    token.on_cancel(lambda: calls.append("late"))
    assert calls == ["late"]
