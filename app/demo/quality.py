"""After-visit callbacks (mostly satisfied customers) and a few complaints at various stages."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.demo import texts
from app.demo.clock import Clock
from app.demo.jobs import DoneVisit
from app.demo.rand import IdMaker, Weighted, among, between
from app.models.enums import ComplaintStage

Row = dict[str, Any]
HOUR = dt.timedelta(hours=1)
SATISFACTION: Weighted[int] = Weighted([(5, 62), (4, 25), (3, 8), (2, 3), (1, 2)])
COMPLAINT_SHARE = 0.008  # of finished visits, besides the unhappy callbacks


def _later(rng: random.Random, moment: dt.datetime, low_hours: float, high_hours: float
           ) -> dt.datetime:
    """A moment some hours after `moment`, to the minute."""
    return moment + dt.timedelta(minutes=between(rng, int(low_hours * 60), int(high_hours * 60)))


def _callback(rng: random.Random, new_id: IdMaker, clock: Clock, visit: DoneVisit) -> Row | None:
    age_hours = (clock.now - visit.finished) / HOUR
    if age_hours < 20 or rng.random() > (0.9 if age_hours > 72 else 0.35):
        return None
    reached = rng.random() < 0.9
    satisfaction = SATISFACTION(rng) if reached else None
    remarks = among(rng, texts.CALLBACK_REMARKS[satisfaction] if satisfaction
                         else texts.UNREACHED)
    return {"id": new_id(), "job_id": visit.job_id,
            "called_at": _later(rng, visit.finished, 18, min(age_hours, 72)), "reached": reached,
            "satisfaction": satisfaction, "remarks": remarks}


def _complaint(rng: random.Random, new_id: IdMaker, clock: Clock, visit: DoneVisit,
               received: dt.datetime) -> Row:
    """A complaint taken through its stages as far as the clock has come."""
    category, description = among(rng, texts.COMPLAINTS)
    row: Row = {"id": new_id(), "customer_id": visit.customer_id, "job_id": visit.job_id,
                "received_at": received, "category": category, "description": description,
                "stage": ComplaintStage.RECORDED.value, "handling": "", "handled_at": None,
                "review": "", "reviewed_at": None, "report_back": "", "reported_at": None}
    moment = received
    for stage, text_key, at_key, text, hours in (
        (ComplaintStage.HANDLED, "handling", "handled_at", texts.COMPLAINT_HANDLING, (4, 48)),
        (ComplaintStage.REVIEWED, "review", "reviewed_at", texts.COMPLAINT_REVIEW, (24, 72)),
        (ComplaintStage.REPORTED_BACK, "report_back", "reported_at", texts.COMPLAINT_REPORT,
         (4, 24)),
    ):
        moment = _later(rng, moment, *hours)
        if moment > clock.now:
            break
        row.update({"stage": stage.value, text_key: text, at_key: moment})
    return row


def build_quality(rng: random.Random, new_id: IdMaker, clock: Clock, visits: list[DoneVisit]
                  ) -> dict[str, list[Row]]:
    callbacks: list[Row] = []
    complaints: list[Row] = []
    for visit in visits:
        callback = _callback(rng, new_id, clock, visit)
        if callback is not None:
            callbacks.append(callback)
        unhappy = callback is not None and (callback["satisfaction"] or 5) <= 2
        if unhappy and callback and rng.random() < 0.5:
            complaints.append(_complaint(rng, new_id, clock, visit, callback["called_at"]))
        elif rng.random() < COMPLAINT_SHARE and clock.now - visit.finished > 5 * HOUR:
            received = _later(rng, visit.finished, 4, min(120, (clock.now - visit.finished) / HOUR))
            complaints.append(_complaint(rng, new_id, clock, visit, received))
    return {"callbacks": callbacks, "complaints": complaints}
