"""Plan a day: the proposal the optimiser offers, checked by the rules before it is offered.

`plan_day` builds the day's routing problem (`day_model`), solves it (`routing.solve`, best
so far when the time is up or the token is cancelled), reads the routes back as visits, and
checks every new or moved visit with `rules.check` against the technician's facts and every
other visit of their day: a visit breaking a rule (which the model should never produce) is
dropped to the unplanned jobs with the broken rules as its reason, until none breaks any. Each
job left out gets one sentence saying why (`unplanned_reasons`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping

from app.cancel import CancelToken
from app.scheduling.day_model import DayModel, at_minute, build, fixed_visits
from app.scheduling.day_problem import DayProblem, PlanJob
from app.scheduling.plan_reasons import unplanned_reason
from app.scheduling.proposal import Change, Proposal, ProposedVisit, Totals, Unplanned
from app.scheduling.reach import UNKNOWN_TRAVEL, Candidate
from app.scheduling.routing import Progress, solve
from app.scheduling.rules import Busy, Slot, Violation, check
from app.scheduling.travel import LatLon

Placed = dict[int, tuple[int, dt.datetime]]  # job index -> (candidate index, start)


def _placed(model: DayModel, p: DayProblem, routes: Iterable[tuple[int, tuple[int, ...],
                                                                  tuple[int, ...]]]) -> Placed:
    out: Placed = {}
    for vehicle, stops, starts in routes:
        ci = model.stretches[vehicle].technician
        for stop, start in zip(stops, starts, strict=True):
            out[model.stops[stop].job] = (ci, at_minute(p.day, start))
    return out


def _busy(p: DayProblem, placed: Placed, ci: int) -> list[Busy]:
    c = p.candidates[ci]
    moving = {j.needs.job_id for j in p.jobs}
    out = [b for b in c.facts.busy if b.job_id not in moving]
    for ji, (cj, start) in placed.items():
        if cj == ci:
            job = p.jobs[ji]
            out.append(Busy(job.needs.job_id, start,
                            start + dt.timedelta(minutes=job.needs.minutes), job.label))
    return out


def _violations(p: DayProblem, placed: Placed, ji: int) -> list[Violation]:
    ci, start = placed[ji]
    job = p.jobs[ji].needs
    facts = dataclasses.replace(p.candidates[ci].facts, busy=tuple(_busy(p, placed, ci)))
    slot = Slot(job.job_id, job.required_skills, start,
                start + dt.timedelta(minutes=job.minutes), job.window)
    return check(facts, slot, p.day.tz)


def verified(p: DayProblem, placed: Placed) -> tuple[Placed, dict[int, list[Violation]]]:
    """The placements with every rule kept: a visit breaking one is dropped (the latest first)
    until none breaks any; the dropped ones with the rules they broke."""
    kept, dropped = dict(placed), dict[int, list[Violation]]()
    while True:
        broken = {ji: found for ji in kept if (found := _violations(p, kept, ji))}
        if not broken:
            return kept, dropped
        worst = max(broken, key=lambda ji: kept[ji][1])
        dropped[worst] = broken[worst]
        del kept[worst]


def _travel(p: DayProblem, c: Candidate, day: list[tuple[dt.datetime, str]],
            sites: Mapping[str, LatLon]) -> int:
    stops = [c.home] + [sites.get(job_id) for _, job_id in sorted(day)] + [c.home]
    if len(stops) == 2:
        return 0
    return sum(UNKNOWN_TRAVEL if (m := p.travel.minutes(a, b)) is None else m
               for a, b in zip(stops, stops[1:], strict=False))


def totals(p: DayProblem, placed: Placed) -> Totals:
    """Travel of every technician's day (fixed visits included), and of the jobs in play how
    many have a visit and how many of those arrive by the promise."""
    sites = {j.needs.job_id: j.needs.site for j in p.jobs}
    travel = 0
    for ci, c in enumerate(p.candidates):
        sites.update(c.places)
        day = [(b.start, b.job_id) for b in fixed_visits(p, c)]
        day += [(start, p.jobs[ji].needs.job_id) for ji, (cj, start) in placed.items()
                if cj == ci]
        travel += _travel(p, c, day, sites)
    met = sum(start <= p.jobs[ji].due for ji, (_, start) in placed.items())
    return Totals(travel, len(placed), met)


def current(p: DayProblem) -> Placed:
    """Where the jobs in play are on the board now (their visit that day)."""
    out: Placed = {}
    for ji, job in enumerate(p.jobs):
        if job.appointment_id is None:
            continue
        for ci, c in enumerate(p.candidates):
            for b in c.facts.busy:
                if b.job_id == job.needs.job_id and b.start.astimezone(p.day.tz).date() == (
                        p.day.day):
                    out[ji] = (ci, b.start.astimezone(dt.UTC))
    return out


def _visit(p: DayProblem, ji: int, ci: int, start: dt.datetime, before: Placed) -> ProposedVisit:
    job: PlanJob = p.jobs[ji]
    end = start + dt.timedelta(minutes=job.needs.minutes)
    was = before.get(ji)
    change = (Change.ADDED if was is None else
              Change.KEPT if was == (ci, start) else Change.MOVED)
    return ProposedVisit(job.needs.job_id, job.label, p.candidates[ci].facts.id, start, end,
                         change, job.appointment_id, start <= job.due)


def plan_day(p: DayProblem, seconds: float, *, token: CancelToken | None = None,
             progress: Progress | None = None, seed: int = 1) -> Proposal:
    """The best plan found within `seconds` for the jobs and technicians given."""
    model = build(p)
    solution = solve(model.problem, seconds, seed=seed, token=token, progress=progress)
    placed = _placed(model, p, ((r.vehicle, r.stops, r.starts)
                                for r in solution.routes if r.feasible))
    placed, dropped = verified(p, placed)
    before = current(p)
    visits = tuple(sorted((_visit(p, ji, ci, start, before) for ji, (ci, start) in
                           placed.items()), key=lambda v: (v.technician_id, v.start)))
    unplanned = tuple(Unplanned(job.needs.job_id, job.label,
                                unplanned_reason(p, model, ji, dropped.get(ji)),
                                job.appointment_id)
                      for ji, job in enumerate(p.jobs) if ji not in placed)
    return Proposal(p.day.day, visits, unplanned, totals(p, before), totals(p, placed),
                    token is not None and token.cancelled)
