"""Apply a day's plan as one step: every visit added, moved or removed in ONE transaction
through the appointment services' own writes (audited, in the outbox), then every visit it
touched checked against the rules in the final state; one broken rule (the board changed since
the plan was made) and nothing is kept. The inverse steps come back, so undo is the same call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Appointment, Job
from app.models.enums import JobStatus
from app.scheduling.proposal import Change, Proposal
from app.scheduling.rules import RuleViolationError
from app.services.actor import Actor
from app.services.appointments import (
    LIVE,
    SCHEDULABLE,
    book_in,
    unassign_in,
    violations_in,
)
from app.services.changes import Changes
from app.services.rows import fetch, update
from app.texts import Text


class StepKind(StrEnum):
    ADD = "add"
    MOVE = "move"
    REMOVE = "remove"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    job_id: str
    technician_id: str
    start: dt.datetime
    end: dt.datetime
    appointment_id: str | None = None  # MOVE, REMOVE: the visit (ADD: none yet)


_ORDER = {StepKind.REMOVE: 0, StepKind.MOVE: 1, StepKind.ADD: 2}


def steps_of(proposal: Proposal) -> list[Step]:
    """What accepting the proposal changes on the board (kept visits change nothing)."""
    out = [Step(StepKind.ADD if v.change is Change.ADDED else StepKind.MOVE, v.job_id,
                v.technician_id, v.start, v.end, v.appointment_id)
           for v in proposal.visits if v.change in (Change.ADDED, Change.MOVED)]
    midnight = dt.datetime.combine(proposal.day, dt.time(), tzinfo=dt.UTC)
    out += [Step(StepKind.REMOVE, u.job_id, "", midnight, midnight, u.appointment_id)
            for u in proposal.unplanned if u.appointment_id is not None]  # times read then
    return out


def _appointment(s: Session, step: Step) -> Appointment:
    appt = fetch(s, Appointment, step.appointment_id or "", Text("appointment"))
    if appt.status not in LIVE:
        raise ValidationError("A finished or cancelled appointment cannot be moved.")
    return appt


def apply_steps(db: Database, actor: Actor, steps: Sequence[Step]
                ) -> tuple[list[Step], Changes]:
    """Apply every step or none; returns the steps that undo them."""
    inverse: list[Step] = []
    touched: list[tuple[Appointment, Job]] = []
    with db.session() as s:
        for step in sorted(steps, key=lambda x: _ORDER[x.kind]):
            if step.kind is StepKind.REMOVE:
                appt = _appointment(s, step)
                inverse.append(Step(StepKind.ADD, appt.job_id, appt.technician_id, appt.start,
                                    appt.end))
                unassign_in(s, actor, appt)
                continue
            job = fetch(s, Job, step.job_id, Text("job"))
            if step.kind is StepKind.MOVE:
                appt = _appointment(s, step)
                inverse.append(Step(StepKind.MOVE, job.id, appt.technician_id, appt.start,
                                    appt.end, appt.id))
                update(s, actor, appt, {"technician_id": step.technician_id,
                                        "start": step.start, "end": step.end,
                                        "override_reason": ""}, "move")
            else:
                if JobStatus(job.status) not in SCHEDULABLE:
                    raise ValidationError("Job {number} is {status} and cannot be scheduled.",
                                          number=job.number, status=JobStatus(job.status))
                appt = book_in(s, actor, job, step.technician_id, step.start, step.end)
                s.flush()
                inverse.append(Step(StepKind.REMOVE, job.id, step.technician_id, step.start,
                                    step.end, appt.id))
            touched.append((appt, job))
        s.flush()
        broken = [v for appt, job in touched
                  for v in violations_in(s, actor, job, appt.technician_id, appt.start,
                                         appt.end, appt.id)]
        if broken:
            raise RuleViolationError(broken)
    return inverse[::-1], Changes.SCHEDULE | Changes.JOBS
