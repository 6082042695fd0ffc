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
team is its technicians' team. The figures are counted in SQL (`app.services.quality_facts`:
the same queries on SQLite and PostgreSQL), summed per technician; the jobs behind any figure
of any group are one query away (`figure_jobs`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, fields, replace
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.models.base import utcnow
from app.services import quality_facts as facts
from app.services.months import Month
from app.services.quality_facts import Window
from app.services.quality_repeats import repeat_facts
from app.services.station import home_station_in


@dataclass(frozen=True)
class Figure:
    numerator: int
    denominator: int

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


@dataclass(frozen=True)
class FigureJobs:
    """The jobs behind one figure of one group: its numerator's and its denominator's."""

    numerator: tuple[str, ...]
    denominator: tuple[str, ...]


Counts = dict[str, list[int]]  # figure -> [numerator, denominator]

# Each figure counted by one query (summed per technician); the rest follow from them.
COUNTED = ("complaints", "response_attainment", "late_callbacks", "late_complaint_stages",
           "dissatisfaction_rate")


class _Groups:
    """Counts per group: the station, each technician and each team."""

    def __init__(self, teams: dict[str, str]) -> None:
        self.teams = teams
        self.counts: dict[tuple[str, str], Counts] = defaultdict(
            lambda: defaultdict(lambda: [0, 0]))

    def add(self, name: str, tech: str | None, hits: int, base: int) -> None:
        keys = [("station", "")]
        if tech:
            keys += [("technician", tech), ("team", self.teams.get(tech, ""))]
        for key in keys:
            pair = self.counts[key][name]
            pair[0] += hits
            pair[1] += base


def _figures(c: Counts) -> dict[str, Figure]:
    done = c["completed"][1]
    met, decided = c["response_attainment"]
    parts = [c["late_callbacks"], c["late_complaint_stages"], [decided - met, decided]]
    return {
        "completed": Figure(done, done), "complaint_rate": Figure(c["complaints"][0], done),
        "repeat_visits": Figure(c["repeats"][0], done),
        "failed_responses": Figure(decided - met, decided),
        "omission_rate": Figure(sum(p[0] for p in parts), sum(p[1] for p in parts)),
        **{name: Figure(*c[name]) for name in (
            "first_time_fix", "install_first_fail", "response_attainment", "late_callbacks",
            "late_complaint_stages", "dissatisfaction_rate")}}


@dataclass(frozen=True)
class StationRef:
    id: str
    code: str
    name: str
    timezone: str


def _window(station: StationRef, month: Month, now: dt.datetime) -> Window:
    start, end = month.window(ZoneInfo(station.timezone))
    return Window(station.id, start, end, now)


def month_figures_in(s: Session, station: StationRef, month: Month, now: dt.datetime
                     ) -> MonthFigures:
    """The month's figures of one station, from the session's database (a desk's or the
    central one)."""
    w = _window(station, month, now)
    techs = facts.technicians(s, station.id)
    groups = _Groups({t: team for t, (_, _, team) in techs.items()})
    for tech, (done, repairs, fixed, installs, failed) in facts.completed_counts(s, w).items():
        groups.add("completed", tech, done, done)
        groups.add("first_time_fix", tech, fixed, repairs)
        groups.add("install_first_fail", tech, failed, installs)
    for name in COUNTED:
        for tech, (hits, base) in facts.counts(s, name, w).items():
            groups.add(name, tech, hits, base)
    for repeat in repeat_facts(s, w):
        groups.add("repeats", repeat.technician_id, 1, 0)
    made = {key: GroupFigures(key[0], key[1], "", **_figures(c))
            for key, c in groups.counts.items()}
    station_group = replace(made.get(("station", "")) or GroupFigures(
        "station", "", "", **_figures(defaultdict(lambda: [0, 0]))),
        key=station.code, label=station.name)
    teams = tuple(replace(made[key], label=key[1] or "—") for key in sorted(made)
                  if key[0] == "team")
    people = sorted((techs.get(key[1], (key[1], "", ""))[:2], key) for key in made
                    if key[0] == "technician")
    technicians = tuple(replace(made[key], label=f"{code} {name}".strip())
                        for (code, name), key in people)
    return MonthFigures(month, station.id, station.code, station.name, w.start, w.end, now,
                        station_group, teams, technicians)


def numerator_jobs_in(s: Session, station: StationRef, month: Month, now: dt.datetime,
                      figure: str, techs: list[str] | None = None) -> tuple[str, ...]:
    """The jobs behind `figure`'s numerator (of some technicians; None: the station's)."""
    w = _window(station, month, now)
    if figure == "repeat_visits":
        return tuple(sorted({r.job_id for r in repeat_facts(s, w)
                             if techs is None or r.technician_id in techs}))
    return tuple(facts.jobs(s, figure, w, techs, True))


def figure_jobs_in(s: Session, station: StationRef, month: Month, now: dt.datetime,
                   figure: str, kind: str = "station", key: str = "") -> FigureJobs:
    """The jobs behind `figure` ("complaint_rate", ...) of a group: the station, a team (by
    name) or a technician (by id); job ids sorted."""
    w = _window(station, month, now)
    techs: list[str] | None = None
    if kind == "technician":
        techs = [key]
    elif kind == "team":
        techs = [t for t, (_, _, team) in facts.technicians(s, station.id).items()
                 if team == key]
    return FigureJobs(numerator_jobs_in(s, station, month, now, figure, techs),
                      tuple(facts.jobs(s, figure, w, techs, False)))


def station_ref_in(s: Session) -> StationRef:
    info = home_station_in(s)
    if info is None:
        raise NotFoundError("This database has no station yet.")
    return StationRef(info.id, info.code, info.name, info.timezone)


def month_figures(db: Database, month: Month, now: dt.datetime | None = None) -> MonthFigures:
    """This station's figures for `month` (decided as of `now`, default: the current time)."""
    with db.session() as s:
        return month_figures_in(s, station_ref_in(s), month, now or utcnow())


def figure_jobs(db: Database, month: Month, figure: str, kind: str = "station", key: str = "",
                now: dt.datetime | None = None) -> FigureJobs:
    """The jobs behind one figure of this station's month (the figure "one click away")."""
    with db.session() as s:
        return figure_jobs_in(s, station_ref_in(s), month, now or utcnow(), figure, kind, key)
