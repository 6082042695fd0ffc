"""The demo's audit history: the entries the services would have written along each job's,
call's and complaint's way (created, booked, dispatched, arrived, finished, completed, closed;
held or cancelled with the reason; each call; each stage), by the users who did them."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.demo.clock import Clock
from app.demo.rand import IdMaker, between
from app.demo.writer import utc_text
from app.models.enums import JobStatus

Row = dict[str, Any]
MINUTE = dt.timedelta(minutes=1)
DISPATCHER, SUPERVISOR = "dispatcher", "supervisor"
S = JobStatus
BOOKED = {S.SCHEDULED, S.DISPATCHED, S.IN_PROGRESS, S.COMPLETED, S.CLOSED}
Event = tuple[dt.datetime, str, str, str, str, dict[str, Any], str]  # at, user, entity, id, ...


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


@dataclass
class History:
    rng: random.Random
    new_id: IdMaker
    clock: Clock
    station_id: str
    users: dict[str, str]  # user name -> id

    def entry(self, event: Event) -> tuple[Any, ...]:
        """An audit row in `COLUMNS` order, its values as stored (the half million rows of
        the large station go straight to the driver)."""
        at, user, entity, entity_id, action, after, reason = event
        return (self.new_id(), self.station_id, utc_text(at), self.users.get(user), user,
                entity, entity_id, action, "{}", json.dumps(after), reason)

    def job(self, job: Row, visits: list[Row]) -> Iterator[Event]:
        status, created = S(job["status"]), job["created_at"]
        yield (created, DISPATCHER, "jobs", job["id"], "create",
               {"number": job["number"], "status": S.NEW.value}, "")
        if status is S.ON_HOLD or status is S.CANCELLED:
            at = min(created + between(self.rng, 10, 600) * MINUTE, self.clock.now)
            reason = job["hold_reason"] or job["resolution"]
            yield at, DISPATCHER, "jobs", job["id"], f"status:{status.value}", {
                "status": status.value}, reason
        if not visits or status not in BOOKED:
            return
        for n, visit in enumerate(visits):
            yield from self._visit(job, visit, status, first=n == 0,
                                   last=n == len(visits) - 1)

    def _visit(self, job: Row, visit: Row, status: S, first: bool, last: bool
               ) -> Iterator[Event]:
        """A visit's booking, arrival and finish; the job's status steps at the first arrival
        and after the last finish."""
        start, now = visit["start"], self.clock.now
        booked = min(job["created_at"] + between(self.rng, 5, 120) * MINUTE,
                     start - 10 * MINUTE, now)
        yield booked, DISPATCHER, "appointments", visit["id"], "create", {
            "technician_id": visit["technician_id"], "start": _iso(start)}, ""
        if first:
            yield booked, DISPATCHER, "jobs", job["id"], "status:scheduled", {
                "status": "scheduled"}, ""
        if status is S.SCHEDULED:
            return
        dispatched = max(booked, start - between(self.rng, 60, 14 * 60) * MINUTE)
        if first and dispatched <= now:
            yield dispatched, DISPATCHER, "jobs", job["id"], "status:dispatched", {
                "status": "dispatched"}, ""
        arrived, finished = visit["actual_start"], visit["actual_end"]
        if arrived is None:
            return
        yield arrived, DISPATCHER, "appointments", visit["id"], "visit", {
            "actual_start": _iso(arrived), "status": "on_site"}, ""
        if first:
            yield arrived, DISPATCHER, "jobs", job["id"], "status:in_progress", {
                "status": "in_progress"}, ""
        if finished is None:
            return
        yield finished, DISPATCHER, "appointments", visit["id"], "visit", {
            "actual_end": _iso(finished), "status": "done"}, ""
        if not last:
            return
        done = min(finished + between(self.rng, 1, 40) * MINUTE, now)
        yield done, DISPATCHER, "jobs", job["id"], "status:completed", {
            "status": "completed", "completed_at": _iso(finished)}, ""
        if status is S.CLOSED:
            closed = min(finished + dt.timedelta(days=3, minutes=between(self.rng, 0, 600)), now)
            yield closed, SUPERVISOR, "jobs", job["id"], "status:closed", {"status": "closed"}, ""

    def call(self, call: Row, created: dt.datetime) -> Iterator[Event]:
        yield created, DISPATCHER, "callbacks", call["id"], "create", {
            "kind": call["kind"], "due_at": _iso(call["due_at"])}, ""
        for at in dict.fromkeys(t for t in (call["first_called_at"], call["called_at"]) if t):
            yield at, DISPATCHER, "callbacks", call["id"], "call", {
                "reached": call["reached"] if at == call["called_at"] else False,
                "status": call["status"] if at == call["called_at"] else "open"}, ""

    def complaint(self, row: Row) -> Iterator[Event]:
        yield row["received_at"], row["recorded_by"], "complaints", row["id"], "create", {
            "category": row["category"], "stage": "recorded"}, ""
        for stage, at, by in (("handled", "handled_at", "handled_by"),
                              ("reviewed", "reviewed_at", "reviewed_by"),
                              ("reported_back", "reported_at", "reported_by"),
                              ("closed", "closed_at", "closed_by")):
            if row[at] is not None:
                yield row[at], row[by], "complaints", row["id"], f"stage:{stage}", {
                    "stage": stage}, ""


COLUMNS = ("id", "station_id", "at", "user_id", "username", "entity", "entity_id", "action",
           "before", "after", "reason")


def build_history(history: History, jobs: list[Row], appointments: list[Row],
                  quality: dict[str, list[Row]]) -> list[tuple[Any, ...]]:
    visits: dict[str, list[Row]] = defaultdict(list)
    for appointment in appointments:
        visits[appointment["job_id"]].append(appointment)
    completed = {j["id"]: j["completed_at"] for j in jobs}
    events: list[Event] = []
    for job in jobs:
        events.extend(history.job(job, visits.get(job["id"], [])))
    complaints = {c["id"]: c for c in quality["complaints"]}
    for call in quality["callbacks"]:
        origin = (completed.get(call["job_id"]) if call["kind"] == "visit"
                  else complaints[call["complaint_id"]]["reported_at"])
        events.extend(history.call(call, origin or call["due_at"]))
    for complaint in quality["complaints"]:
        events.extend(history.complaint(complaint))
    return [history.entry(e) for e in events]
