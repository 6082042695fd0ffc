"""Suggesting technicians on a small hand-made station: the ranking and the reason for each."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from app.db import Database
from app.scheduling.rules import Busy, Rule, TechnicianFacts
from app.scheduling.suggest import Candidate, Group, JobNeeds, ReasonKind, Suggestion, suggest
from app.scheduling.travel import TravelModel
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.suggestions import suggest_for_job
from app.services.technicians import AbsenceInput
from tests.core.conftest import local
from tests.scheduling.conftest import (
    CENTRE,
    MONDAY,
    NORTH_2KM,
    NORTH_10KM,
    SUNDAY_EVENING,
    PlaceJob,
    PlaceTech,
)

TZ = ZoneInfo("Asia/Shanghai")


def reason(s: Suggestion, kind: ReasonKind) -> dict[str, object]:
    found = [r for r in s.reasons if r.kind is kind]
    assert found, f"{s.code} has no {kind} reason"
    r = found[0]
    return {k: getattr(r, k) for k in ("name", "km", "minutes", "count", "maximum", "when", "day")
            if getattr(r, k) not in (None, "")}


def test_ranking_on_a_small_station(db: Database, place_tech: PlaceTech, place_job: PlaceJob,
                                    dispatcher: Actor) -> None:
    near = place_tech("T001", home=NORTH_2KM)
    far = place_tech("T002", home=NORTH_10KM)
    unskilled = place_tech("T003", home=CENTRE, skills=("repair",))
    expired = place_tech("T004", home=CENTRE, cert_expiry=dt.date(2026, 11, 1))
    full = place_tech("T005", home=CENTRE, max_jobs=2)
    for hour in (9, 13):
        assign(db, dispatcher, place_job("repair", at=CENTRE).id, full, local(2026, 11, 23, hour))
    job = place_job("install", at=CENTRE, estimated_minutes=90)

    ranked = suggest_for_job(db, job.id, MONDAY, SUNDAY_EVENING)

    assert [s.technician_id for s in ranked] == [near, far, full, unskilled, expired]
    assert [s.group for s in ranked] == [Group.AVAILABLE, Group.AVAILABLE, Group.BLOCKED,
                                         Group.UNQUALIFIED, Group.UNQUALIFIED]
    best = ranked[0]
    assert [r.kind for r in best.reasons] == [
        ReasonKind.QUALIFIED, ReasonKind.CERTIFICATION_VALID, ReasonKind.FREE_SLOT,
        ReasonKind.DISTANCE, ReasonKind.LOAD]
    assert reason(best, ReasonKind.CERTIFICATION_VALID) == {
        "name": "refrigeration", "day": dt.date(2030, 1, 1)}
    # The shift starts at 08:30 at home, 6 minutes' drive away: the visit begins at 08:40.
    assert best.slot_start == local(2026, 11, 23, 8, 40)
    assert best.slot_end == local(2026, 11, 23, 10, 10)
    assert reason(best, ReasonKind.DISTANCE) == {"name": "home", "km": 2.0, "minutes": 6}
    assert reason(best, ReasonKind.LOAD) == {"count": 0, "maximum": 6}
    assert reason(ranked[1], ReasonKind.DISTANCE)["km"] == 10.0
    assert best.score > ranked[1].score and best.violations == ()

    booked = ranked[2]
    assert [v.rule for v in booked.violations] == [Rule.DAILY_MAXIMUM]
    assert reason(booked, ReasonKind.LOAD) == {"count": 2, "maximum": 2}
    assert booked.slot_start == local(2026, 11, 23, 10, 30)  # time is free; the day is full

    assert {v.rule for v in ranked[3].violations} == {Rule.MISSING_SKILL}
    assert "install" in str(ranked[3].violations[0]) and ranked[3].slot_start is None
    assert [v.rule for v in ranked[4].violations] == [Rule.CERTIFICATION_EXPIRED]
    assert "2026-11-01" in str(ranked[4].violations[0])


def test_the_slot_avoids_an_absence_and_an_appointment(
    db: Database, place_tech: PlaceTech, place_job: PlaceJob, dispatcher: Actor,
) -> None:
    doctor = AbsenceInput(local(2026, 11, 23, 8), local(2026, 11, 23, 10), "看病")
    tech = place_tech("T001", absences=(doctor,))
    before = place_job("repair", at=NORTH_10KM)
    assign(db, dispatcher, before.id, tech, local(2026, 11, 23, 10), local(2026, 11, 23, 11, 30))
    after = place_job("repair", at=CENTRE)
    assign(db, dispatcher, after.id, tech, local(2026, 11, 23, 14), local(2026, 11, 23, 15))
    job = place_job("repair", at=CENTRE, estimated_minutes=90)

    [s] = suggest_for_job(db, job.id, MONDAY, SUNDAY_EVENING)

    # 11:30 + 27 minutes' drive from the previous site, up to the next 5-minute mark.
    assert s.group is Group.AVAILABLE
    assert (s.slot_start, s.slot_end) == (local(2026, 11, 23, 12), local(2026, 11, 23, 13, 30))
    assert reason(s, ReasonKind.DISTANCE) == {"name": before.number, "km": 10.0, "minutes": 27}
    assert reason(s, ReasonKind.LOAD) == {"count": 2, "maximum": 6}
    assert reason(s, ReasonKind.FREE_SLOT) == {"when": local(2026, 11, 23, 12), "minutes": 90}


def test_no_slot_before_now_and_none_on_a_day_off(db: Database, place_tech: PlaceTech,
                                                   place_job: PlaceJob) -> None:
    place_tech("T001")
    job = place_job("repair")
    [s] = suggest_for_job(db, job.id, MONDAY, local(2026, 11, 23, 12, 2))
    assert s.slot_start == local(2026, 11, 23, 12, 5)
    [late] = suggest_for_job(db, job.id, MONDAY, local(2026, 11, 23, 16, 30))
    assert late.group is Group.BLOCKED and late.slot_start is None
    assert [r.kind for r in late.reasons][:2] == [ReasonKind.QUALIFIED, ReasonKind.NO_FREE_SLOT]
    [sunday] = suggest_for_job(db, job.id, dt.date(2026, 11, 29), SUNDAY_EVENING)
    assert [v.rule for v in sunday.violations] == [Rule.OUTSIDE_SHIFT]
    assert "no shift on 2026-11-29" in str(sunday.violations[0])  # a Sunday


def _facts(tech_id: str, busy: tuple[Busy, ...] = ()) -> TechnicianFacts:
    shifts = tuple((d, dt.time(8, 30), dt.time(17, 30)) for d in range(6))
    return TechnicianFacts(tech_id, tech_id, frozenset({"repair"}), (), shifts, (), 6, busy)


def test_a_slot_leaves_time_to_drive_to_the_next_visit() -> None:
    nxt = Busy("other", local(2026, 11, 23, 10), local(2026, 11, 23, 11), "NJ01-2026-000009")
    c = Candidate(_facts("T1", (nxt,)), "T1", CENTRE, {"other": NORTH_10KM})
    job = JobNeeds("job", frozenset({"repair"}), 90, *CENTRE)
    [s] = suggest(job, MONDAY, TZ, [c], TravelModel())
    # 08:30-10:00 would fit the clock but leave no time for the 27-minute drive.
    assert s.slot_start == local(2026, 11, 23, 11, 30)


def test_unknown_coordinates_rank_behind_known_near_ones() -> None:
    job = JobNeeds("job", frozenset({"repair"}), 60, *CENTRE)
    known = Candidate(_facts("T1"), "T1", NORTH_2KM)
    unknown = Candidate(_facts("T0"), "T0", None)
    ranked = suggest(job, MONDAY, TZ, [unknown, known])
    assert [s.code for s in ranked] == ["T1", "T0"]
    assert reason(ranked[1], ReasonKind.DISTANCE) == {"name": "home"}


def test_a_slot_leaves_time_to_drive_from_the_previous_visit() -> None:
    before = Busy("other", local(2026, 11, 23, 8, 30), local(2026, 11, 23, 10), "NJ01-2026-000008")
    facts = _facts("T1", (before,))
    errand = ((local(2026, 11, 23, 9), local(2026, 11, 23, 10, 5), "办事"),)
    c = Candidate(replace(facts, absences=errand), "T1", CENTRE, {"other": NORTH_10KM})
    job = JobNeeds("job", frozenset({"repair"}), 60, *CENTRE)
    [s] = suggest(job, MONDAY, TZ, [c])
    # Free from 10:05 by the clock, but the 27-minute drive from the previous site begins
    # only when the errand is over: 10:32, up to the next 5-minute mark.
    assert s.slot_start == local(2026, 11, 23, 10, 35)
