"""Why a job is left out of a day's plan, in one sentence for the dispatcher."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.scheduling.day_model import QUALIFICATION, DayModel, minute
from app.scheduling.day_problem import DayProblem
from app.scheduling.rules import Slot, Violation, check
from app.texts import Text


def _unqualified(p: DayProblem, ji: int) -> Text:
    if not p.candidates:
        return Text("No technician of the plan works that day.")
    job = p.jobs[ji].needs
    noon = p.day.at(dt.time(12))
    slot = Slot(job.job_id, job.required_skills, noon, noon + dt.timedelta(minutes=job.minutes))
    found = [v.text for v in check(p.candidates[0].facts, slot, p.day.tz)
             if v.rule in QUALIFICATION]
    return Text("No technician of the plan may do it. {violations}", {"violations": found})


def _window(p: DayProblem, ji: int) -> Text | None:
    window = p.jobs[ji].needs.window
    if window is None or (minute(p.day, window[0]) <= 24 * 60 and minute(p.day, window[1]) >= 0):
        return None
    return Text("The customer asked for a visit starting between {start:%Y-%m-%d %H:%M} and "
                "{end:%Y-%m-%d %H:%M}, not on that day.",
                {"start": window[0].astimezone(p.day.tz), "end": window[1].astimezone(p.day.tz)})


def _reachable(p: DayProblem, model: DayModel, ji: int) -> bool:
    """Could one qualified technician's free stretch take this job alone?"""
    job = p.jobs[ji].needs
    travel = model.problem.travel
    for stop, of in zip(model.problem.stops, model.stops, strict=True):
        if of.job != ji:
            continue
        for s in model.stretches:
            v = s.vehicle
            if s.technician not in model.qualified[ji] or v.capacity <= 0:
                continue
            arrive = max(v.early + int(travel[v.start, stop.place]), stop.early)
            back = 0 if v.free_return else int(travel[stop.place, v.end])
            if arrive <= stop.late and arrive + job.minutes + back <= v.late:
                return True
    return False


def unplanned_reason(p: DayProblem, model: DayModel, ji: int,
                     violations: Sequence[Violation] | None) -> Text:
    if violations:
        return Text("{violations}", {"violations": [v.text for v in violations]})
    if not model.qualified[ji]:
        return _unqualified(p, ji)
    window = _window(p, ji)
    if window is not None:
        return window
    if not any(s.technician in model.qualified[ji] for s in model.stretches):
        return Text("The technicians who may do it have no time left that day (shift, absence "
                    "or daily maximum).")
    if not _reachable(p, model, ji):
        return Text("No technician who may do it can reach it inside its window and their "
                    "shift that day.")
    return Text("The day is full: the jobs planned weigh more (promises first, then travel).")
