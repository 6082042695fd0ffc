"""The three rates ("three controls") and their companions, per month, for the station, each
team and each technician, with the jobs behind every figure.

Definitions (a month is the station's local calendar month; `now` bounds what is decided):

- **Complaint rate** = complaints received in the month / jobs completed in the month.
- **Omission rate** = required follow-ups missed or late / required follow-ups due, where the
  follow-ups are: after-visit callbacks due in the month (missed when no call was tried by
  the due time), complaint stages due in the month (handling, review, report back: late when
  not done by their due), and the response promise of each call received in the month (missed
  when the first arrival came after the promise). Only what fell due by `now` counts.
- **Dissatisfaction rate** = unsatisfied answers (a score of 2 or less) / customers reached on
  after-visit callbacks in the month.
- **Response-promise attainment** = calls received in the month whose first arrival met the
  promise / those decided (arrived, or past the promise without an arrival; calls on hold
  before any visit, cancelled or not yet due are left out).
- **First-time fix rate** = repairs completed in the month with one finished visit / repairs
  completed in the month.
- **Repeat visits** = repairs and inspections received in the month for a unit whose earlier
  job was completed at most 30 days before / jobs completed in the month (counted against the
  technician of the earlier job).
- **Installations failed first time** = installations completed in the month whose checklist's
  first finished result was a fail / installations completed in the month.

A completed job belongs to the technician of its last finished visit; a call's response to
the technician of its first visit; complaints and callbacks to the technician they name; a
team is its technicians' team. The facts come from `app.services.quality_facts` (the same
queries on SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.models.base import utcnow
from app.models.enums import JobStatus, JobType
from app.scheduling.sla import promise_due
from app.services import quality_facts as facts
from app.services.months import Month
from app.services.quality_facts import DONE, JobFact, Window
from app.services.station import home_station_in

UNSATISFIED = 2
STOPPED = (JobStatus.ON_HOLD.value, JobStatus.CANCELLED.value, JobStatus.IN_PROGRESS.value,
           *DONE)  # without an arrival: the clock paused or stopped, nothing to judge


@dataclass(frozen=True)
class Figure:
    numerator: int
    denominator: int
    job_ids: tuple[str, ...] = ()  # the jobs behind the numerator
    base_job_ids: tuple[str, ...] = ()  # the jobs behind the denominator

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


@dataclass(frozen=True)
class GroupFigures:
    kind: str  # "station", "team" or "technician"
    key: str  # the station's code, the team's name, the technician's id
    label: str
    completed: Figure  # jobs completed in the month (numerator = denominator)
    complaint_rate: Figure
    omission_rate: Figure
    dissatisfaction_rate: Figure
    response_attainment: Figure
    first_time_fix: Figure
    repeat_visits: Figure
    install_first_fail: Figure
    late_callbacks: Figure  # the omission rate's three parts
    late_complaint_stages: Figure
    failed_responses: Figure


FIGURES = tuple(f.name for f in fields(GroupFigures) if f.type == "Figure")


@dataclass(frozen=True)
class MonthFigures:
    month: Month
    station_id: str
    station_code: str
    station_name: str
    start: dt.datetime
    end: dt.datetime
    now: dt.datetime
    station: GroupFigures
    teams: tuple[GroupFigures, ...]
    technicians: tuple[GroupFigures, ...]


@dataclass
class _Tally:
    numerator: int = 0
    denominator: int = 0
    hits: list[str] = field(default_factory=list)
    base: list[str] = field(default_factory=list)

    def figure(self) -> Figure:
        return Figure(self.numerator, self.denominator, tuple(dict.fromkeys(self.hits)),
                      tuple(dict.fromkeys(self.base)))


class _Counter:
    """Events counted for the station, the technician named and the technician's team."""

    def __init__(self, teams: dict[str, str]) -> None:
        self.teams = teams
        self.groups: dict[tuple[str, str], dict[str, _Tally]] = defaultdict(
            lambda: {name: _Tally() for name in FIGURES})

    def _tallies(self, figure: str, tech: str | None) -> Iterator[_Tally]:
        yield self.groups[("station", "")][figure]
        if tech:
            yield self.groups[("technician", tech)][figure]
            yield self.groups[("team", self.teams.get(tech, ""))][figure]

    def base(self, figure: str, tech: str | None, job_id: str | None) -> None:
        for t in self._tallies(figure, tech):
            t.denominator += 1
            if job_id:
                t.base.append(job_id)

    def hit(self, figure: str, tech: str | None, job_id: str | None) -> None:
        for t in self._tallies(figure, tech):
            t.numerator += 1
            if job_id:
                t.hits.append(job_id)

    def count(self, figure: str, tech: str | None, job_id: str | None, hit: bool) -> None:
        self.base(figure, tech, job_id)
        if hit:
            self.hit(figure, tech, job_id)


def _inside(moment: dt.datetime | None, w: Window) -> bool:
    return moment is not None and w.start <= moment < w.end


def _finisher(job: JobFact) -> str | None:
    finished = [(v.finished, v.technician_id) for v in job.visits if v.finished is not None]
    if finished:
        return max(finished)[1]
    return max(((v.start, v.technician_id) for v in job.visits), default=(None, None))[1]


def _completed(c: _Counter, job: JobFact) -> None:
    tech = _finisher(job)
    for figure in ("completed", "complaint_rate", "repeat_visits"):
        c.base(figure, tech, job.id)
    c.hit("completed", tech, job.id)
    if job.job_type == JobType.REPAIR.value:
        visits = sum(1 for v in job.visits if v.finished is not None)
        c.count("first_time_fix", tech, job.id, visits == 1)
    elif job.job_type == JobType.INSTALL.value:
        c.count("install_first_fail", tech, job.id, job.first_result == "fail")


def _response(c: _Counter, job: JobFact, now: dt.datetime) -> None:
    due = promise_due(job.sla_due, job.requested_end)
    arrivals = sorted((v.arrived, v.technician_id) for v in job.visits
                      if v.arrived is not None and v.arrived <= now)
    first = min(((v.start, v.technician_id) for v in job.visits), default=(None, None))
    tech = arrivals[0][1] if arrivals else first[1]
    if arrivals:
        met = arrivals[0][0] <= due
    elif job.status in STOPPED or now <= due:
        return  # paused, stopped without an arrival, or not due yet
    else:
        met = False
    for figure in ("response_attainment", "failed_responses", "omission_rate"):
        c.base(figure, tech, job.id)
    if met:
        c.hit("response_attainment", tech, job.id)
    else:
        c.hit("failed_responses", tech, job.id)
        c.hit("omission_rate", tech, job.id)


def _follow_up(c: _Counter, part: str, tech: str | None, job_id: str | None, late: bool) -> None:
    c.count(part, tech, job_id, late)
    c.count("omission_rate", tech, job_id, late)


def _count(c: _Counter, s: Session, w: Window, now: dt.datetime) -> None:
    for job in facts.job_facts(s, w).values():
        if _inside(job.completed_at, w) and job.status in DONE:
            _completed(c, job)
        if _inside(job.created_at, w) and job.status != JobStatus.CANCELLED.value:
            _response(c, job, now)
    for call in facts.callback_facts(s, w):
        if _inside(call.due_at, w) and call.due_at <= now and call.status != "cancelled":
            late = call.first_called_at is None or call.first_called_at > call.due_at
            _follow_up(c, "late_callbacks", call.technician_id, call.job_id, late)
        if _inside(call.called_at, w) and call.reached:
            c.count("dissatisfaction_rate", call.technician_id, call.job_id,
                    (call.satisfaction or 5) <= UNSATISFIED)
    for complaint in facts.complaint_facts(s, w):
        if _inside(complaint.received_at, w):
            c.hit("complaint_rate", complaint.technician_id, complaint.job_id)
        for due, done in complaint.stages:
            if due is not None and _inside(due, w) and due <= now:
                _follow_up(c, "late_complaint_stages", complaint.technician_id,
                           complaint.job_id, done is None or done > due)
    for repeat in facts.repeat_facts(s, w):
        c.hit("repeat_visits", repeat.technician_id, repeat.job_id)


def _group(kind: str, key: str, label: str, tallies: dict[str, _Tally]) -> GroupFigures:
    return GroupFigures(kind, key, label, **{name: t.figure() for name, t in tallies.items()})


@dataclass(frozen=True)
class StationRef:
    id: str
    code: str
    name: str
    timezone: str


def month_figures_in(s: Session, station: StationRef, month: Month, now: dt.datetime
                     ) -> MonthFigures:
    """The month's figures of one station, from the session's database (a desk's or the
    central one)."""
    start, end = month.window(ZoneInfo(station.timezone))
    techs = facts.technicians(s, station.id)
    counter = _Counter({t: team for t, (_, _, team) in techs.items()})
    _count(counter, s, Window(station.id, start, end), now)
    groups = counter.groups
    station_group = _group("station", station.code, station.name,
                           groups[("station", "")])
    teams = tuple(_group("team", key, key or "—", groups[(kind, key)])
                  for kind, key in sorted(groups) if kind == "team")
    people = sorted((techs.get(key, (key, "", ""))[:2], key) for kind, key in groups
                    if kind == "technician")
    technicians = tuple(_group("technician", key, f"{code} {name}".strip(),
                               groups[("technician", key)]) for (code, name), key in people)
    return MonthFigures(month, station.id, station.code, station.name, start, end, now,
                        station_group, teams, technicians)


def station_ref_in(s: Session) -> StationRef:
    info = home_station_in(s)
    if info is None:
        raise NotFoundError("This database has no station yet.")
    return StationRef(info.id, info.code, info.name, info.timezone)


def month_figures(db: Database, month: Month, now: dt.datetime | None = None) -> MonthFigures:
    """This station's figures for `month` (decided as of `now`, default: the current time)."""
    with db.session() as s:
        return month_figures_in(s, station_ref_in(s), month, now or utcnow())
