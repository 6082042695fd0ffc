"""Issue 22 point 4: a suggested start is one the technician can reach (from the previous visit,
or from home or the station at the shift start), inside the customer's requested window when
there is one, and the ranking is told in sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from app.db import Database
from app.scheduling.rules import Busy, Rule, TechnicianFacts
from app.scheduling.suggest import Candidate, Group, JobNeeds, ReasonKind, suggest
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.settings_sections import Profile
from app.services.station_settings import get_section, set_section
from app.services.suggestions import suggest_for_job
from tests.core.conftest import local
from tests.scheduling.conftest import CENTRE, MONDAY, SUNDAY_EVENING, PlaceJob, PlaceTech

TZ = ZoneInfo("Asia/Shanghai")
FAR_37_MIN = (32.176, 118.78)  # 14.0 km north of CENTRE: 37 minutes at 30 km/h x 1.3
FAR_25_MIN = (32.135, 118.78)  # 9.5 km north of CENTRE: 25 minutes


def facts(busy: tuple[Busy, ...] = (), max_jobs: int = 6) -> TechnicianFacts:
    shifts = tuple((d, dt.time(8, 30), dt.time(17, 30)) for d in range(6))
    return TechnicianFacts("T1", "陈师傅", frozenset({"repair"}), (), shifts, (), max_jobs, busy)


def job_at(place: tuple[float, float], window: tuple[dt.datetime, dt.datetime] | None = None,
           minutes: int = 60) -> JobNeeds:
    return JobNeeds("job", frozenset({"repair"}), minutes, *place, window=window)


def texts(s: object) -> list[str]:
    return [str(t) for t in s.sentences]  # type: ignore[attr-defined]


def test_no_start_the_technician_cannot_reach_from_home() -> None:
    # 08:45, the shift began at 08:30 and the site is 37 minutes from home: not 08:50.
    [s] = suggest(job_at(FAR_37_MIN), MONDAY, TZ, [Candidate(facts(), "T1", CENTRE)],
                  not_before=local(2026, 11, 23, 8, 45))
    assert s.slot_start == local(2026, 11, 23, 9, 25)  # 08:45 + 37 min = 09:22
    assert texts(s) == [
        "Has the skills needed: repair.", "Arrives at 09:25.", "37 min (14.0 km) from home.",
        "No other job that day (at most 6)."]
    # Before the shift: the drive starts with it.
    [early] = suggest(job_at(FAR_37_MIN), MONDAY, TZ, [Candidate(facts(), "T1", CENTRE)],
                      not_before=SUNDAY_EVENING)
    assert early.slot_start == local(2026, 11, 23, 9, 10)  # 08:30 + 37 min = 09:07


def test_from_the_previous_visit_the_drive_is_said_in_words() -> None:
    before = Busy("other", local(2026, 11, 23, 8, 30), local(2026, 11, 23, 9), "NJ01-2026-000008")
    c = Candidate(facts((before,)), "T1", CENTRE, {"other": FAR_25_MIN})
    [s] = suggest(job_at(CENTRE), MONDAY, TZ, [c], not_before=SUNDAY_EVENING)
    assert s.slot_start == local(2026, 11, 23, 9, 25)
    assert texts(s)[1:] == ["Arrives at 09:25.",
                            "25 min (9.5 km) from the previous visit, NJ01-2026-000008.",
                            "1 job already that day (at most 6)."]
    assert s.score == 100 - 25 - 10  # the number orders; the sentences explain it


def test_a_start_inside_the_requested_window_is_preferred() -> None:
    window = (local(2026, 11, 23, 14), local(2026, 11, 23, 16))
    [s] = suggest(job_at(CENTRE, window), MONDAY, TZ, [Candidate(facts(), "T1", CENTRE)],
                  not_before=SUNDAY_EVENING)
    assert s.group is Group.AVAILABLE and s.slot_start == local(2026, 11, 23, 14)
    assert "Within the customer's requested window, 11-23 14:00 to 11-23 16:00." in texts(s)
    assert [r.kind for r in s.reasons][-2:] == [ReasonKind.WINDOW, ReasonKind.LOAD]


def test_a_technician_who_can_only_come_outside_the_window_is_blocked_with_the_reason() -> None:
    window = (local(2026, 11, 23, 9), local(2026, 11, 23, 12))
    busy = (Busy("other", local(2026, 11, 23, 8, 30), local(2026, 11, 23, 12, 30), "NJ01-9"),)
    busy_tech = Candidate(facts(busy), "T1", CENTRE, {"other": CENTRE})
    free_tech = Candidate(facts(), "T2", FAR_25_MIN)
    ranked = suggest(job_at(CENTRE, window), MONDAY, TZ, [busy_tech, free_tech],
                     not_before=SUNDAY_EVENING)
    assert [s.code for s in ranked] == ["T2", "T1"]
    assert ranked[0].slot_start == local(2026, 11, 23, 9)  # 08:30 + 25 min, up to the window
    blocked = ranked[1]
    assert blocked.group is Group.BLOCKED and blocked.slot_start == local(2026, 11, 23, 12, 30)
    assert [v.rule for v in blocked.violations] == [Rule.REQUESTED_WINDOW]
    assert texts(blocked)[-2:] == [
        "1 job already that day (at most 6).",
        "The customer asked for a visit starting between 2026-11-23 09:00 and 2026-11-23 12:00."]
    assert ("Outside the customer's requested window, 11-23 09:00 to 11-23 12:00."
            in texts(blocked))


def test_a_window_on_another_day_blocks_every_slot_that_day() -> None:
    window = (local(2026, 11, 24, 9), local(2026, 11, 24, 12))
    [s] = suggest(job_at(CENTRE, window), MONDAY, TZ, [Candidate(facts(), "T1", CENTRE)],
                  not_before=SUNDAY_EVENING)
    assert s.group is Group.BLOCKED and [v.rule for v in s.violations] == [
        Rule.REQUESTED_WINDOW]
    [next_day] = suggest(job_at(CENTRE, window), dt.date(2026, 11, 24), TZ,
                         [Candidate(facts(), "T1", CENTRE)], not_before=SUNDAY_EVENING)
    assert next_day.available and next_day.slot_start == local(2026, 11, 24, 9)


def test_the_station_reads_the_window_and_starts_a_homeless_technician_at_the_station(
        db: Database, admin: Actor, dispatcher: Actor, place_tech: PlaceTech,
        place_job: PlaceJob) -> None:
    profile = get_section(db, Profile)  # the station's address: its district centre, offline
    set_section(db, admin, replace(profile, address="江苏省南京市玄武区中山路1号"))
    place_tech("T001", home=None)
    window = (local(2026, 11, 23, 13), local(2026, 11, 23, 15))
    job = place_job("repair", at=CENTRE, requested_start=window[0], requested_end=window[1])
    [s] = suggest_for_job(db, job.id, MONDAY, SUNDAY_EVENING)
    assert s.available and s.slot_start == local(2026, 11, 23, 13)
    distance = next(r for r in s.reasons if r.kind is ReasonKind.DISTANCE)
    assert distance.name == "station" and str(distance.text).endswith("from the station.")
    # The board would refuse a slot outside the window as well.
    other = place_job("repair", at=CENTRE, customer="李娜", requested_start=window[0],
                      requested_end=window[1])
    [s2] = suggest_for_job(db, other.id, MONDAY, SUNDAY_EVENING)
    assert s2.slot_start == local(2026, 11, 23, 13)
    assign(db, dispatcher, other.id, s.technician_id, local(2026, 11, 23, 13))
    [after] = suggest_for_job(db, job.id, MONDAY, SUNDAY_EVENING)
    assert after.available and after.slot_start == local(2026, 11, 23, 14, 30)
    assert "from the previous visit" in str(
        next(r for r in after.reasons if r.kind is ReasonKind.DISTANCE).text)
