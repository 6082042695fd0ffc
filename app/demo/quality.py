"""After-visit callbacks and complaints, made by the rules the services keep: every completed
job gets its callback task (due within the station's three days), called, retried when
nobody answers, scored on four aspects; an unsatisfied answer opens a complaint; complaints
(also some called in) go through their stages with their dues, as far as the clock has come,
and close when the customer confirms on the confirmation call."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from app.demo import texts
from app.demo.clock import TIMEZONE, Clock
from app.demo.jobs import DoneVisit
from app.demo.rand import IdMaker, Weighted, among, between
from app.models.enums import (
    CallbackKind,
    CallbackStatus,
    ComplaintCategory,
    ComplaintStage,
    JobType,
    Severity,
)
from app.scheduling.calendar import BusinessCalendar
from app.services.callback_tasks import callback_due

Row = dict[str, Any]
HOUR = dt.timedelta(hours=1)
DISPATCHER, SUPERVISOR = "dispatcher", "supervisor"
CALLBACK_DAYS, ATTEMPTS = 3, 3
SATISFACTION: Weighted[int] = Weighted([(5, 63), (4, 26), (3, 8), (2, 2), (1, 1)])
SEVERITY: Weighted[str] = Weighted([(Severity.MINOR.value, 30), (Severity.MODERATE.value, 55),
                                    (Severity.SERIOUS.value, 15)])
COMPLAINT_SHARE = 0.008  # of finished visits, besides the unhappy callbacks
ASPECTS = ("timeliness", "attitude", "quality", "price")
# Where the latest complaints stop: they were recorded, handled, reviewed, reported back.
CAPS = (ComplaintStage.RECORDED, ComplaintStage.HANDLED, ComplaintStage.REVIEWED,
        ComplaintStage.REPORTED_BACK)
CATEGORY_OF = {"timeliness": ComplaintCategory.TIMELINESS,
               "attitude": ComplaintCategory.ATTITUDE, "price": ComplaintCategory.PRICE}


def _later(rng: random.Random, moment: dt.datetime, low_hours: float, high_hours: float
           ) -> dt.datetime:
    """A moment some hours after `moment`, to the minute."""
    return moment + dt.timedelta(minutes=between(rng, int(low_hours * 60), int(high_hours * 60)))


def _task(new_id: IdMaker, visit: DoneVisit, kind: CallbackKind, due: dt.datetime,
          complaint_id: str | None = None) -> Row:
    return {"id": new_id(), "job_id": visit.job_id, "kind": kind.value,
            "complaint_id": complaint_id, "technician_id": visit.technician_id, "due_at": due,
            "status": CallbackStatus.OPEN.value, "attempts": 0, "first_called_at": None,
            "called_at": None, "called_by": "", "reached": None, "score_timeliness": None,
            "score_attitude": None, "score_quality": None, "score_price": None,
            "satisfaction": None, "confirmed": None, "remarks": ""}


@dataclass
class Quality:
    rng: random.Random
    new_id: IdMaker
    clock: Clock
    calendar: BusinessCalendar
    complaints: list[Row] = field(default_factory=list)
    callbacks: list[Row] = field(default_factory=list)
    visits: dict[str, DoneVisit] = field(default_factory=dict)  # complaint id -> its visit

    def _calls(self, row: Row, first: dt.datetime) -> bool:
        """Call from `first` on, retrying, until reached, out of attempts or past now."""
        moment, reached = first, False
        while moment <= self.clock.now and row["attempts"] < ATTEMPTS and not reached:
            reached = self.rng.random() < 0.8
            row.update(attempts=row["attempts"] + 1, called_at=moment, called_by=DISPATCHER,
                       first_called_at=row["first_called_at"] or moment, reached=reached)
            moment = _later(self.rng, moment, 3, 26)
        if not reached and row["attempts"]:
            row["remarks"] = among(self.rng, texts.UNREACHED)
        row["status"] = (CallbackStatus.DONE.value if reached else CallbackStatus.UNREACHED.value
                         if row["attempts"] >= ATTEMPTS else CallbackStatus.OPEN.value)
        return reached

    def _scores(self, row: Row) -> tuple[str, int]:
        base = SATISFACTION(self.rng)
        floor = min(base, 3)  # a satisfied customer's aspects differ a little, not to unhappy
        scores = {a: max(floor, min(5, base + among(self.rng, (-1, 0, 0, 0, 1))))
                  for a in ASPECTS}
        scores[among(self.rng, ASPECTS)] = base  # the customer's overall feeling shows once
        row.update({f"score_{a}": s for a, s in scores.items()})
        worst = min((s, a) for a, s in scores.items())
        row["satisfaction"] = worst[0]
        return worst[1], worst[0]

    def after_visit(self, visit: DoneVisit) -> None:
        row = _task(self.new_id, visit, CallbackKind.VISIT,
                    callback_due(visit.finished, CALLBACK_DAYS, TIMEZONE))
        self.callbacks.append(row)
        first = _later(self.rng, visit.finished, 4, 60 if self.rng.random() < 0.9 else 120)
        if not self._calls(row, first):
            return
        aspect, score = self._scores(row)
        if score > 2:
            row["remarks"] = among(self.rng, texts.CALLBACK_REMARKS[score])
            return
        row["remarks"] = among(self.rng, texts.UNHAPPY[aspect])
        category = CATEGORY_OF.get(aspect) or (
            ComplaintCategory.INSTALLATION if visit.job_type is JobType.INSTALL
            else ComplaintCategory.REPEAT_FAULT)
        severity = Severity.SERIOUS.value if score == 1 else Severity.MODERATE.value
        row["complaint_id"] = self.complaint(visit, row["called_at"], category.value,
                                             row["remarks"], severity)

    def complaint(self, visit: DoneVisit, received: dt.datetime, category: str,
                  description: str, severity: str) -> str:
        row: Row = {
            "id": self.new_id(), "customer_id": visit.customer_id, "job_id": visit.job_id,
            "equipment_id": visit.equipment_id, "technician_id": visit.technician_id,
            "received_at": received, "category": category, "severity": severity,
            "description": description, "stage": ComplaintStage.RECORDED.value,
            "recorded_by": DISPATCHER, "handling_due": self.calendar.end_of_day(received),
            "handling": "", "handled_at": None, "handled_by": "", "review_due": None,
            "review": "", "reviewed_at": None, "reviewed_by": "", "report_due": None,
            "report_back": "", "reported_at": None, "reported_by": "", "closed_at": None,
            "closed_by": "", "reinspection_job_id": None}
        self.complaints.append(row)
        self.visits[row["id"]] = visit
        return str(row["id"])

    def progress(self) -> None:
        """Take each complaint through its stages as far as the clock has come. The four
        latest stay in the first four stages (late, most of them): the supervisors' queue
        always has something in each."""
        latest = sorted(self.complaints, key=lambda r: r["received_at"], reverse=True)
        for rank, row in enumerate(latest):
            self._stages(row, self.visits[row["id"]], rank if rank < len(CAPS) else None)

    def _stages(self, row: Row, visit: DoneVisit, cap: int | None) -> None:
        """Stages 1 to 3 (handled, reviewed, reported back) as far as the clock, and `cap`
        (the last stage index allowed), let them go; then the confirmation calls."""
        moment = row["received_at"]
        for index, (stage, text, at, by, due, who, words, hours) in enumerate((
            (ComplaintStage.HANDLED, "handling", "handled_at", "handled_by", "review_due",
             DISPATCHER, texts.COMPLAINT_HANDLING, (1, 30)),
            (ComplaintStage.REVIEWED, "review", "reviewed_at", "reviewed_by", "report_due",
             SUPERVISOR, texts.COMPLAINT_REVIEW, (2, 40)),
            (ComplaintStage.REPORTED_BACK, "report_back", "reported_at", "reported_by", "",
             SUPERVISOR, texts.COMPLAINT_REPORT, (1, 30)),
        ), start=1):
            step = _later(self.rng, moment, *hours)
            if cap is not None and step > self.clock.now:  # the latest ones got this far
                step = moment + (self.clock.now - moment) / 2
            moment = step
            if moment > self.clock.now or (cap is not None and index > cap):
                return
            row.update({"stage": stage.value, text: among(self.rng, words), at: moment, by: who})
            if due:
                row[due] = self.calendar.next_day_end(moment)
        self._confirm(row, visit, moment, confirm=cap is None)

    def _confirm(self, row: Row, visit: DoneVisit, reported: dt.datetime, confirm: bool) -> None:
        """Confirmation calls until the customer confirms (the complaint closes) or the clock
        runs out (`confirm` False: the call is still to be made)."""
        moment = reported
        while True:
            call = _task(self.new_id, visit, CallbackKind.COMPLAINT,
                         self.calendar.next_day_end(moment), row["id"])
            self.callbacks.append(call)
            moment = _later(self.rng, moment, 3, 72)
            if not confirm or not self._calls(call, moment):
                return
            call["confirmed"] = self.rng.random() < 0.85
            moment = call["called_at"]
            if call["confirmed"]:
                call["remarks"] = among(self.rng, texts.CONFIRMATIONS)
                row.update(stage=ComplaintStage.CLOSED.value, closed_at=moment,
                           closed_by=DISPATCHER)
                return
            call["remarks"] = among(self.rng, texts.NOT_CONFIRMED)


def build_quality(rng: random.Random, new_id: IdMaker, clock: Clock,
                  calendar: BusinessCalendar, visits: list[DoneVisit]) -> dict[str, list[Row]]:
    quality = Quality(rng, new_id, clock, calendar)
    for visit in sorted(visits, key=lambda v: (v.finished, v.job_id)):
        quality.after_visit(visit)
        if rng.random() < COMPLAINT_SHARE and clock.now - visit.finished > 5 * HOUR:
            received = _later(rng, visit.finished, 4, min(120, (clock.now - visit.finished) / HOUR))
            category, words = among(rng, texts.COMPLAINTS)
            quality.complaint(visit, received, category, words, SEVERITY(rng))
    quality.progress()
    return {"complaints": quality.complaints, "callbacks": quality.callbacks}
