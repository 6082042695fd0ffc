"""The job status machine of DESIGN section 2: which status may follow which."""

from __future__ import annotations

from app.errors import TransitionError
from app.models.enums import JobStatus as S

TRANSITIONS: dict[S, frozenset[S]] = {
    S.NEW: frozenset({S.SCHEDULED, S.ON_HOLD, S.CANCELLED}),
    S.SCHEDULED: frozenset({S.NEW, S.DISPATCHED, S.ON_HOLD, S.CANCELLED}),
    S.DISPATCHED: frozenset({S.SCHEDULED, S.IN_PROGRESS, S.ON_HOLD, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.ON_HOLD, S.CANCELLED}),
    S.ON_HOLD: frozenset({S.NEW, S.SCHEDULED, S.CANCELLED}),
    S.COMPLETED: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.CLOSED: frozenset(),
    S.CANCELLED: frozenset(),
}

# Statuses a dispatcher moves a job to by hand; the others follow from scheduling.
MANUAL = frozenset({S.DISPATCHED, S.IN_PROGRESS, S.ON_HOLD, S.COMPLETED, S.CLOSED, S.CANCELLED})
OPEN = frozenset({S.NEW, S.SCHEDULED, S.DISPATCHED, S.IN_PROGRESS, S.ON_HOLD})


def allowed_next(current: S) -> list[S]:
    """The statuses a job in `current` may move to, in the machine's order."""
    return [s for s in S if s in TRANSITIONS[current]]


def manual_actions(current: S) -> list[S]:
    """What the job editor offers as buttons for a job in `current`."""
    return [s for s in allowed_next(current) if s in MANUAL]


def check_transition(current: S, target: S) -> None:
    if target not in TRANSITIONS[current]:
        raise TransitionError(
            "A job that is {current} cannot be moved to {target}.",
            current=current, target=target,
        )
