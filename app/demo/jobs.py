"""The demo's jobs and appointments over the past weeks and the two weeks ahead.

Past visits are done (completed or closed), a few jobs were cancelled or wait on hold; today's
visits are done, in progress or dispatched by the clock; future ones are scheduled; some fresh
calls are still unassigned with their SLA running out or already overdue.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from app.demo import texts
from app.demo.clock import Clock
from app.demo.customers import SiteRef
from app.demo.rand import IdMaker, Weighted, among, between
from app.demo.repairs import RepairCase
from app.demo.schedule import Booking, Planner, visit_days
from app.demo.workorders import WorkOrder, lead_days, resolution, work_order
from app.models.enums import AppointmentStatus, JobStatus, JobType
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import ResponseHours, response_due
from app.services.search_index import job_search_text
from app.services.warranty import WARRANTY_YEARS, add_years

Row = dict[str, Any]
S = JobStatus
A = AppointmentStatus
MINUTE = dt.timedelta(minutes=1)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
REPAIR_HOLD_REASONS = texts.PARTS_HOLD_REASONS + texts.HOLD_REASONS
RESPONSE_HOURS = ResponseHours()  # the demo station keeps the default hours by priority
SECOND_VISITS = 0.3  # of finished repairs needing parts


@dataclass
class Draft:
    order: WorkOrder
    site: SiteRef
    status: JobStatus
    created_at: dt.datetime
    equipment_id: str | None = None
    booking: Booking | None = None
    hold_reason: str = ""
    resolution: str = ""
    requested: tuple[dt.datetime, dt.datetime] | None = None
    second: Booking | None = None  # a repair's second visit, to fit the parts


@dataclass(frozen=True)
class DoneVisit:
    """A finished job, for the after-visit callbacks and complaints."""

    job_id: str
    customer_id: str
    finished: dt.datetime
    technician_id: str
    job_type: JobType
    equipment_id: str | None


@dataclass
class Workload:
    visits: list[DoneVisit] = field(default_factory=list)
    cases: dict[str, RepairCase] = field(default_factory=dict)  # a repair job's story
    rows: dict[str, list[Row]] = field(default_factory=lambda: {
        "equipment": [], "jobs": [], "appointments": [], "job_counters": []})


class JobMaker:
    def __init__(self, rng: random.Random, new_id: IdMaker, clock: Clock, planner: Planner,
                 sites: list[SiteRef]) -> None:
        self.rng, self.new_id, self.clock, self.planner = rng, new_id, clock, planner
        self.sites = sites
        self.units: list[Row] = []

    def _local_time(self, day: dt.date) -> dt.datetime:
        """A moment of `day` when customers call: 08:00 to 20:00 local."""
        return self.clock.utc(day, between(self.rng, 8 * 60, 20 * 60))

    def _fallback_days(self, day: dt.date) -> list[dt.date]:
        today = self.clock.today
        if day >= today:
            return [day + k * DAY for k in range(4)]
        steps = (0, -1, 1, -2, 2, -3, 3)
        return [day + k * DAY for k in steps if day + k * DAY < today]

    def _equipment(self, order: WorkOrder, site: SiteRef, done_on: dt.date | None) -> str:
        if order.new_unit is None:
            return among(self.rng, site.equipment_ids)
        unit = {"id": self.new_id(), "site_id": site.site_id, **order.new_unit,
                "commissioning_date": done_on}
        if done_on is not None:  # a passed installation starts the warranty, as the services do
            unit["warranty_end"] = add_years(done_on, WARRANTY_YEARS)
        self.units.append(unit)
        return str(unit["id"])

    def _unassigned(self, order: WorkOrder, site: SiteRef) -> Draft:
        """A fresh call nobody has scheduled yet: its response time is close or already past."""
        created = self.clock.now - between(self.rng, 30, 48 * 60) * MINUTE
        draft = Draft(order, site, S.NEW, created, self._equipment(order, site, None))
        if self.rng.random() < 0.5:
            tomorrow = self.clock.today + DAY
            draft.requested = (self.clock.utc(tomorrow, 540), self.clock.utc(tomorrow, 720))
        return draft

    def _on_hold(self, order: WorkOrder, site: SiteRef) -> Draft:
        created = self.clock.now - between(self.rng, 2 * 24 * 60, 20 * 24 * 60) * MINUTE
        draft = Draft(order, site, S.ON_HOLD, created, self._equipment(order, site, None))
        reasons = REPAIR_HOLD_REASONS if order.job_type is JobType.REPAIR else texts.HOLD_REASONS
        draft.hold_reason = among(self.rng, reasons)
        return draft

    def _cancelled(self, order: WorkOrder, site: SiteRef, day: dt.date) -> Draft:
        called = self._local_time(day - lead_days(self.rng, order.job_type) * DAY)
        equipment_id = None if order.new_unit else among(self.rng, site.equipment_ids)
        draft = Draft(order, site, S.CANCELLED, min(called, self.clock.now - HOUR), equipment_id)
        draft.resolution = f"已取消：{among(self.rng, texts.CANCEL_REASONS)}"
        return draft

    def _visit_status(self, start: dt.datetime, end: dt.datetime) -> JobStatus:
        now, rng = self.clock.now, self.rng
        if end <= now:
            return S.CLOSED if now - end > 3 * DAY and rng.random() < 0.88 else S.COMPLETED
        if start <= now:
            return S.IN_PROGRESS
        days_ahead = (self.clock.local_day(start) - self.clock.today).days
        if days_ahead == 0 or (days_ahead == 1 and rng.random() < 0.5):
            return S.DISPATCHED
        return S.SCHEDULED

    def _visit(self, order: WorkOrder, site: SiteRef, day: dt.date) -> Draft | None:
        booking = self.planner.book_near(
            self._fallback_days(day), order.skills, order.minutes, site.district)
        if booking is None:
            return None
        start = self.clock.utc(booking.day, booking.start)
        end = self.clock.utc(booking.day, booking.end)
        status = self._visit_status(start, end)
        created = self._local_time(booking.day - lead_days(self.rng, order.job_type) * DAY)
        latest = min(start - 30 * MINUTE, self.clock.now - 10 * MINUTE)
        if created > latest:  # the call cannot come after the visit, nor after now
            created = latest - between(self.rng, 0, 48 * 60) * MINUTE
        done = status in (S.COMPLETED, S.CLOSED)
        draft = Draft(order, site, status, created,
                      self._equipment(order, site, booking.day if done else None), booking)
        if done:
            draft.resolution = resolution(order)
            draft.second = self._second_visit(order, site, booking.day)
        # A visit days after the call is one the customer chose: the window asked for.
        chosen = (booking.day - self.clock.local_day(created)).days >= 2
        if draft.second is None and (chosen or self.rng.random() < 0.6):
            first, last = (480, 720) if booking.start < 720 else (720, 1080)
            draft.requested = (self.clock.utc(booking.day, first),
                               self.clock.utc(booking.day, last))
        return draft

    def _second_visit(self, order: WorkOrder, site: SiteRef, day: dt.date) -> Booking | None:
        """Some repairs needing parts took a second visit to fit them, a few days later."""
        if order.case is None or not order.case.parts or self.rng.random() > SECOND_VISITS:
            return None
        later = [day + k * DAY for k in (2, 3, 4, 5) if day + k * DAY < self.clock.today]
        return self.planner.book_near(later, order.skills, order.minutes, site.district)

    def draft(self, day: dt.date) -> Draft:
        """One job whose visit was wanted on `day` (or that never got a visit)."""
        rng = self.rng
        order = work_order(rng, day, self.clock.today)
        site = among(rng, self.sites)
        r = rng.random()
        past = day < self.clock.today
        if past and r < 0.04:
            return self._cancelled(order, site, day)
        if (past and r < 0.065 and (self.clock.today - day).days <= 21) or (
                not past and 0.09 <= r < 0.12):
            return self._on_hold(order, site)
        if not past and r < 0.09:
            return self._unassigned(order, site)
        visit = self._visit(order, site, day)
        if visit is not None:
            return visit
        return self._cancelled(order, site, day) if past else self._unassigned(order, site)


def _appointment(rng: random.Random, clock: Clock, draft: Draft, ids: tuple[str, str, str],
                 booking: Booking) -> Row:
    """The visit of a booked job; `ids` are the appointment's, the job's and the technician's."""
    start, end = clock.utc(booking.day, booking.start), clock.utc(booking.day, booking.end)
    status, actual_start, actual_end = A.SCHEDULED, None, None
    if draft.status in (S.COMPLETED, S.CLOSED):
        status = A.DONE
        actual_start = start + between(rng, -10, 25) * MINUTE
        worked = round(draft.order.minutes * rng.uniform(0.8, 1.25))
        actual_end = min(actual_start + worked * MINUTE, clock.now)
    elif draft.status is S.IN_PROGRESS:
        status, actual_start = A.ON_SITE, min(start + between(rng, 0, 15) * MINUTE, clock.now)
    elif draft.status is S.DISPATCHED and start - clock.now < 45 * MINUTE:
        status = A.TRAVELLING
    appt_id, job_id, tech_id = ids
    return {"id": appt_id, "job_id": job_id, "technician_id": tech_id, "start": start, "end": end,
            "pinned": status is A.SCHEDULED and rng.random() < 0.1, "status": status.value,
            "actual_start": actual_start, "actual_end": actual_end, "override_reason": ""}


def _job_row(draft: Draft, job_id: str, number: str, calendar: BusinessCalendar) -> Row:
    site, order = draft.site, draft.order
    requested = draft.requested or (None, None)
    due = response_due(draft.created_at, order.priority, RESPONSE_HOURS, calendar)
    return {
        "id": job_id, "number": number, "job_type": order.job_type.value,
        "priority": order.priority.value, "status": draft.status.value,
        "customer_id": site.customer_id, "site_id": site.site_id,
        "equipment_id": draft.equipment_id, "requested_start": requested[0],
        "requested_end": requested[1], "sla_due": due,
        "required_skills": sorted(order.skills), "estimated_minutes": order.minutes,
        "symptom": order.symptom, "resolution": draft.resolution,
        "hold_reason": draft.hold_reason, "created_at": draft.created_at, "completed_at": None,
        "search_text": job_search_text(number, site.name, site.phone, site.alt_phone, site.address),
    }


def _numbered(drafts: list[Draft], clock: Clock, station_code: str
              ) -> tuple[list[tuple[Draft, str]], dict[int, int]]:
    """Drafts in creation order with their numbers STATION-YYYY-NNNNNN; last serial per year."""
    last: dict[int, int] = {}
    out = []
    for draft in sorted(drafts, key=lambda d: d.created_at):
        year = draft.created_at.astimezone(clock.tz).year
        last[year] = last.get(year, 0) + 1
        out.append((draft, f"{station_code}-{year}-{last[year]:06d}"))
    return out, last


def build_workload(rng: random.Random, new_id: IdMaker, clock: Clock, planner: Planner,
                   sites: list[SiteRef], count: int, station_code: str,
                   calendar: BusinessCalendar) -> Workload:
    days, weights = visit_days(clock.today, len(planner.techs), count)
    pick_day = Weighted(list(zip(days, weights, strict=True)))
    maker = JobMaker(rng, new_id, clock, planner, sites)
    drafts = [maker.draft(pick_day(rng)) for _ in range(count)]
    out = Workload()
    out.rows["equipment"] = maker.units
    numbered, last = _numbered(drafts, clock, station_code)
    for draft, number in numbered:
        job_id = new_id()
        job = _job_row(draft, job_id, number, calendar)
        out.rows["jobs"].append(job)
        if draft.order.case is not None:
            out.cases[job_id] = draft.order.case
        bookings = [b for b in (draft.booking, draft.second) if b is not None]
        for booking in bookings:
            ids = (new_id(), job_id, planner.techs[booking.tech].id)
            appt = _appointment(rng, clock, draft, ids, booking)
            out.rows["appointments"].append(appt)
        if bookings and draft.status in (S.COMPLETED, S.CLOSED):
            job["completed_at"] = appt["actual_end"]
            out.visits.append(DoneVisit(job_id, draft.site.customer_id, appt["actual_end"],
                                        ids[2], draft.order.job_type, draft.equipment_id))
    out.rows["job_counters"] = [{"station_code": station_code, "year": y, "last": n}
                                for y, n in sorted(last.items())]
    return out
