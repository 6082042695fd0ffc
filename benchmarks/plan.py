"""The day planner on the large demo station: a peak day of 30 technicians and 300 jobs.

The day is the first coming day on which at least 30 technicians work; the technicians the
first 30 of them by code; the jobs their movable visits that day and the queue's new jobs in
urgency order up to 300 (more than their day can hold: ten jobs each). The planner runs with a
25 s limit (the figure is the whole call: reading nothing, building the model, the search, the
rule check), against the baseline a dispatcher has today in the same run: the same jobs in
order of their promise's due, each given to the top available suggestion
(`scheduling.suggest`, the board's suggestion panel), starting from the same fixed visits.
Both plans are counted the same way (`day_plan.totals`). Nothing is written to the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

from app.db import Database, open_database
from app.scheduling.day_plan import Placed, plan_day, totals
from app.scheduling.day_problem import DayProblem
from app.scheduling.proposal import Totals
from app.scheduling.rules import Busy
from app.scheduling.suggest import suggest
from app.services.day_plans import Scope, day_problem
from app.services.station import home_station
from app.services.suggestions import candidates_in
from benchmarks.harness import Figure

TECHNICIANS, JOBS, SECONDS = 30, 300, 25.0


def peak_day(db: Database, now: dt.datetime) -> DayProblem:
    tz = home_station(db).tz
    day = now.astimezone(tz).date()
    ids: list[str] = []
    for _ in range(7):
        day += dt.timedelta(days=1)
        ids = _working(db, day)
        if len(ids) >= TECHNICIANS:
            break
    problem = day_problem(db, Scope(day, technician_ids=tuple(ids[:TECHNICIANS])), now)
    onday = [j for j in problem.jobs if j.needs.window is None
             or j.needs.window[0].astimezone(tz).date() <= day <= j.needs.window[1].astimezone(
                 tz).date()]
    return dataclasses.replace(problem, jobs=tuple(onday[:JOBS]))


def _working(db: Database, day: dt.date) -> list[str]:
    """The technicians with a shift that day, by code."""
    tz = home_station(db).tz
    with db.session() as s:
        return [c.facts.id for c in candidates_in(s, day, tz)
                if any(w == day.weekday() for w, _, _ in c.facts.shifts)]


def one_by_one(p: DayProblem) -> Placed:
    """Each job, most urgent first, to the top available suggestion on the board as it grows."""
    moving = {j.needs.job_id for j in p.jobs}
    cands = [dataclasses.replace(c, facts=dataclasses.replace(
        c.facts, busy=tuple(b for b in c.facts.busy if b.job_id not in moving)),
        places=dict(c.places)) for c in p.candidates]
    index = {c.facts.id: i for i, c in enumerate(cands)}
    placed: Placed = {}
    for ji in sorted(range(len(p.jobs)), key=lambda i: p.jobs[i].due):
        job = p.jobs[ji]
        ranked = suggest(job.needs, p.day.day, p.day.tz, cands, p.travel, p.day.not_before)
        if not ranked or not ranked[0].available or ranked[0].slot_start is None:
            continue
        top = ranked[0]
        ci = index[top.technician_id]
        c = cands[ci]
        busy = (*c.facts.busy, Busy(job.needs.job_id, top.slot_start,
                                    top.slot_end or top.slot_start, job.label))
        cands[ci] = dataclasses.replace(c, facts=dataclasses.replace(c.facts, busy=busy),
                                        places={**c.places, job.needs.job_id: job.needs.site})
        placed[ji] = (ci, top.slot_start)
    return placed


def compare(p: DayProblem, seconds: float) -> tuple[Totals, Totals, float, float]:
    start = time.perf_counter()
    proposal = plan_day(p, seconds)
    plan_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    baseline = totals(p, one_by_one(p))
    base_ms = (time.perf_counter() - start) * 1000
    return proposal.after, baseline, plan_ms, base_ms


def run(db_path: Path, seconds: float = SECONDS) -> list[Figure]:
    db = open_database(db_path)
    try:
        p = peak_day(db, dt.datetime.now(dt.UTC))
    finally:
        db.dispose()
    plan, base, plan_ms, base_ms = compare(p, seconds)
    size = f"{len(p.candidates)} technicians, {len(p.jobs)} jobs"
    return [
        Figure(f"baseline: one by one, top suggestion ({size})", base_ms, None),
        Figure(f"day plan {p.day.day}: {size}, {seconds:g} s limit", plan_ms, 30_000,
               baseline="one by one", baseline_ms=base_ms),
        Figure("baseline: travel minutes one by one (min, not ms)", base.travel_minutes, None),
        Figure(f"travel minutes, day plan (min, not ms; {plan.jobs_planned} jobs planned against "
               f"{base.jobs_planned})", plan.travel_minutes, 0.8 * base.travel_minutes,
               baseline="one by one", baseline_ms=base.travel_minutes or None),
        Figure(f"promises met: day plan {plan.promises_met}, one by one {base.promises_met} "
               "(fewer, not ms)", max(0, base.promises_met - plan.promises_met), 0),
    ]
