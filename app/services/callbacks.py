"""Making a callback: reached or not (tried again up to the station's attempts), the customer's
scores 1-5 on timeliness, attitude, quality of work and price, and remarks.

An unsatisfied answer (any score of 2 or less) opens a complaint linked to the call. On the
call confirming a complaint's outcome, the customer's confirmation closes the complaint; a
customer who does not confirm gets another such call the next business day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Callback, Complaint, Job
from app.models.base import utcnow
from app.models.enums import CallbackKind, CallbackStatus, ComplaintCategory, JobType, Severity
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.complaints import (
    ComplaintInput,
    ask_confirmation_in,
    close_in,
    record_complaint_in,
)
from app.services.rows import fetch, update
from app.services.settings_sections import Sla
from app.services.station_settings import calendar_in, section_in
from app.texts import Text

UNSATISFIED = 2  # a score at or below this opens a complaint
ASPECTS = ("timeliness", "attitude", "quality", "price")


@dataclass(frozen=True)
class CallInput:
    reached: bool
    timeliness: int | None = None  # scores 1-5, all four when reached on an after-visit call
    attitude: int | None = None
    quality: int | None = None
    price: int | None = None
    remarks: str = ""
    confirmed: bool | None = None  # a complaint's call: the customer confirms the outcome

    def scores(self) -> dict[str, int | None]:
        return {aspect: getattr(self, aspect) for aspect in ASPECTS}


@dataclass(frozen=True)
class CallOutcome:
    callback_id: str
    status: CallbackStatus
    attempts: int
    complaint_id: str | None = None  # the complaint this call opened, or closed


def _scores(call: CallInput, kind: CallbackKind) -> dict[str, int | None]:
    scores = call.scores()
    if not call.reached:
        if any(x is not None for x in scores.values()) or call.confirmed is not None:
            raise ValidationError("A customer who was not reached gives no answers.")
        return scores
    given = [x for x in scores.values() if x is not None]
    if any(isinstance(x, bool) or not isinstance(x, int) or not 1 <= x <= 5 for x in given):
        raise ValidationError("Each score is a whole number from 1 to 5.")
    if kind is CallbackKind.VISIT and len(given) != len(ASPECTS):
        raise ValidationError("Ask the customer for all four scores: timeliness, attitude, "
                              "quality of work and price.")
    if kind is CallbackKind.COMPLAINT and call.confirmed is None:
        raise ValidationError("Record whether the customer confirms the complaint's outcome.")
    return scores


def _worst(scores: dict[str, int | None]) -> tuple[str, int] | None:
    given = [(score, aspect) for aspect, score in scores.items() if score is not None]
    return (min(given)[1], min(given)[0]) if given else None


CATEGORY_OF = {"timeliness": ComplaintCategory.TIMELINESS,
               "attitude": ComplaintCategory.ATTITUDE, "price": ComplaintCategory.PRICE}


def _complain_in(s: Session, actor: Actor, row: Callback, aspect: str, score: int,
                 remarks: str, now: dt.datetime) -> Complaint:
    """The complaint an unsatisfied answer opens, linked to the call."""
    job = fetch(s, Job, row.job_id or "", Text("job"))
    category = CATEGORY_OF.get(aspect) or (
        ComplaintCategory.INSTALLATION if job.job_type == JobType.INSTALL.value
        else ComplaintCategory.REPEAT_FAULT)
    words = remarks or f"回访不满意 Unsatisfied on the callback: {aspect} {score}/5"
    complaint = record_complaint_in(s, actor, ComplaintInput(
        job.customer_id, category.value, words,
        Severity.SERIOUS.value if score == 1 else Severity.MODERATE.value, job.id,
        received_at=now), now, calendar_in(s))
    update(s, actor, row, {"complaint_id": complaint.id}, "complaint")
    return complaint


def _status_after(reached: bool, attempts: int, allowed: int) -> CallbackStatus:
    if reached:
        return CallbackStatus.DONE
    return CallbackStatus.UNREACHED if attempts >= allowed else CallbackStatus.OPEN


def record_call(db: Database, actor: Actor, callback_id: str, call: CallInput,
                now: dt.datetime | None = None) -> tuple[CallOutcome, Changes]:
    """Record one call of an open callback task, in one transaction with what follows from
    it (a complaint opened or closed, another confirmation call)."""
    now = now or utcnow()
    remarks = v.text(call.remarks, Text("remarks"), Callback.remarks)
    with db.session() as s:
        row = fetch(s, Callback, callback_id, Text("callback"))
        if row.status != CallbackStatus.OPEN.value:
            raise ValidationError("This callback is {status}: nothing is left to call.",
                                  status=CallbackStatus(row.status))
        kind = CallbackKind(row.kind)
        scores = _scores(call, kind)
        attempts = row.attempts + 1
        worst = _worst(scores)
        status = _status_after(call.reached, attempts, section_in(s, Sla).callback_attempts)
        update(s, actor, row, {
            "attempts": attempts, "first_called_at": row.first_called_at or now,
            "called_at": now, "called_by": actor.username, "reached": call.reached,
            **{f"score_{aspect}": score for aspect, score in scores.items()},
            "satisfaction": worst[1] if worst else None, "confirmed": call.confirmed,
            "remarks": remarks, "status": status.value}, "call")
        complaint_id = _follow_up_in(s, actor, row, call, worst, remarks, now)
        outcome = CallOutcome(row.id, status, attempts, complaint_id)
    return outcome, Changes.QUALITY


def _follow_up_in(s: Session, actor: Actor, row: Callback, call: CallInput,
                  worst: tuple[str, int] | None, remarks: str, now: dt.datetime) -> str | None:
    if not call.reached:
        return None
    if row.kind == CallbackKind.COMPLAINT.value:
        complaint = fetch(s, Complaint, row.complaint_id or "", Text("complaint"))
        if call.confirmed:
            close_in(s, actor, complaint, now)
        else:
            ask_confirmation_in(s, actor, complaint, calendar_in(s), now)
        return complaint.id
    if worst is not None and worst[1] <= UNSATISFIED:
        return _complain_in(s, actor, row, worst[0], worst[1], remarks, now).id
    return None
