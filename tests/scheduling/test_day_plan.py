"""The day planner on small hand-made stations whose best plans are known (plain data)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from app.scheduling.day_plan import plan_day
from app.scheduling.day_problem import DayProblem, PlanJob, Weights
from app.scheduling.proposal import Change, Proposal
from app.scheduling.reach import Candidate, Day, JobNeeds
from app.scheduling.rules import Busy, Rule, Slot, TechnicianFacts, check
from app.scheduling.travel import TravelModel

TZ = ZoneInfo("Asia/Shanghai")
MONDAY = dt.date(2026, 11, 23)
DAY = Day(TZ, MONDAY, dt.datetime(2026, 11, 22, 20, tzinfo=TZ))
WEST, EAST = (32.05, 118.70), (32.05, 118.90)  # about 19 km apart
ALL = frozenset({"install", "repair", "refrigerant"})
TRAVEL = TravelModel()
SECONDS = 1.0


def at(h: int, m: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 23, h, m, tzinfo=TZ)


def tech(tid: str, home: tuple[float, float], skills: frozenset[str] = ALL,
         cert: dt.date | None = dt.date(2030, 1, 1), busy: tuple[Busy, ...] = (),
         places: dict[str, tuple[float, float]] | None = None, max_jobs: int = 6,
         absences: tuple[tuple[dt.datetime, dt.datetime, str], ...] = ()) -> Candidate:
    certs = () if cert is None else (("refrigeration", cert),)
    facts = TechnicianFacts(tid, f"师傅 {tid}", skills, certs,
                            tuple((d, dt.time(8, 30), dt.time(17, 30)) for d in range(6)),
                            absences, max_jobs, busy)
    return Candidate(facts, tid, home, places or {})


def job(jid: str, site: tuple[float, float], minutes: int = 60,
        skills: frozenset[str] = frozenset({"repair"}), due: dt.datetime | None = None,
        window: tuple[dt.datetime, dt.datetime] | None = None,
        appointment: str | None = None) -> PlanJob:
    return PlanJob(JobNeeds(jid, skills, minutes, site[0], site[1], window), jid,
                   due or at(23), appointment)


def near(place: tuple[float, float], km: float) -> tuple[float, float]:
    return place[0] + km / 111.0, place[1]


def assert_rules_hold(problem: DayProblem, proposal: Proposal) -> None:
    """Every visit of the proposal breaks no rule against every other visit of the day."""
    by_id = {c.facts.id: c for c in problem.candidates}
    jobs = {j.needs.job_id: j for j in problem.jobs}
    for v in proposal.visits:
        c = by_id[v.technician_id]
        others = [b for b in c.facts.busy if b.job_id not in jobs]
        others += [Busy(o.job_id, o.start, o.end, o.label) for o in proposal.visits
                   if o.technician_id == v.technician_id]
        facts = dataclasses.replace(c.facts, busy=tuple(others))
        needs = jobs[v.job_id].needs
        slot = Slot(v.job_id, needs.required_skills, v.start, v.end, needs.window)
        assert check(facts, slot, TZ) == []


def test_each_technician_takes_the_jobs_near_home() -> None:
    problem = DayProblem(DAY, (tech("A", WEST), tech("B", EAST)), (
        job("w1", near(WEST, 1)), job("e1", near(EAST, 1)), job("w2", near(WEST, 2)),
        job("e2", near(EAST, 2))))

    proposal = plan_day(problem, SECONDS)

    assert {v.job_id: v.technician_id for v in proposal.visits} == {
        "w1": "A", "w2": "A", "e1": "B", "e2": "B"}
    assert all(v.change is Change.ADDED for v in proposal.visits)
    # Home -> 1 km -> 2 km -> home: 2 + 2 + 4 minutes at 30 km/h with the road factor 1.3.
    assert proposal.after.travel_minutes == 2 * (3 + 3 + 6)
    assert proposal.after.jobs_planned == 4 and proposal.before.jobs_planned == 0
    assert proposal.unplanned == ()
    assert_rules_hold(problem, proposal)


def test_a_pinned_visit_stays_and_nothing_overlaps_it() -> None:
    pinned = Busy("pinned", at(10, 30), at(12), "NJ01-PIN")
    a = tech("A", WEST, busy=(pinned,), places={"pinned": near(WEST, 3)})
    jobs = tuple(job(f"j{i}", near(WEST, i), minutes=90) for i in range(1, 5))
    problem = DayProblem(DAY, (a,), jobs)

    proposal = plan_day(problem, SECONDS)

    assert "pinned" not in {v.job_id for v in proposal.visits}
    assert all(v.end <= at(10, 30) or v.start >= at(12) for v in proposal.visits)
    assert len(proposal.visits) == 4  # 08:30-10:30 and 12:00-17:30 hold 1 + 3 visits of 90 min
    assert_rules_hold(problem, proposal)


def test_skills_and_certificates_decide_who_goes() -> None:
    expired = tech("X", WEST, cert=dt.date(2026, 11, 1))
    unskilled = tech("U", WEST, skills=frozenset({"repair"}))
    valid = tech("V", EAST)
    charge = job("gas", near(WEST, 1), skills=frozenset({"refrigerant"}))
    problem = DayProblem(DAY, (expired, unskilled, valid), (charge,))

    proposal = plan_day(problem, SECONDS)

    assert [(v.job_id, v.technician_id) for v in proposal.visits] == [("gas", "V")]
    assert_rules_hold(problem, proposal)


def test_a_job_no_one_may_do_is_left_out_with_the_reason() -> None:
    problem = DayProblem(DAY, (tech("A", WEST, skills=frozenset({"repair"})),), (
        job("ok", near(WEST, 1)), job("high", near(WEST, 1), skills=frozenset({"height"}))))

    proposal = plan_day(problem, SECONDS)

    assert [v.job_id for v in proposal.visits] == ["ok"]
    [left] = proposal.unplanned
    assert left.job_id == "high"
    assert str(left.reason) == (
        "No technician of the plan may do it. 师傅 A lacks the skill height.; "
        "师傅 A has no height certificate.")


def test_a_visit_on_the_board_moves_to_the_nearer_technician() -> None:
    site = near(EAST, 1)
    far_visit = Busy("v", at(9), at(10), "v")
    a = tech("A", WEST, busy=(far_visit,), places={"v": site})
    problem = DayProblem(DAY, (a, tech("B", EAST)), (job("v", site, appointment="appt-1"),))

    proposal = plan_day(problem, SECONDS)

    [moved] = proposal.visits
    assert (moved.technician_id, moved.change, moved.appointment_id) == ("B", Change.MOVED,
                                                                        "appt-1")
    assert proposal.after.travel_minutes < proposal.before.travel_minutes
    assert proposal.before.jobs_planned == proposal.after.jobs_planned == 1


def test_promises_come_before_travel() -> None:
    """One technician, time for one of two jobs: the one whose promise falls due that day
    goes, though the other is next door."""
    a = tech("A", WEST, max_jobs=1)
    due_today = job("due", near(WEST, 15), due=at(12))
    next_door = job("door", near(WEST, 0.5), due=at(23) + dt.timedelta(days=2))
    problem = DayProblem(DAY, (a,), (next_door, due_today), weights=Weights())

    proposal = plan_day(problem, SECONDS)

    assert [(v.job_id, v.promise_met) for v in proposal.visits] == [("due", True)]
    assert proposal.after.promises_met == 1
    [left] = proposal.unplanned
    assert left.job_id == "door"


def test_requested_window_and_absence_are_kept() -> None:
    away = ((at(8), at(13), "医院"),)
    a = tech("A", WEST, absences=away)
    late = job("late", near(WEST, 1), window=(at(15), at(16)))
    early = job("early", near(WEST, 2), window=(at(9), at(10)))
    problem = DayProblem(DAY, (a,), (late, early))

    proposal = plan_day(problem, SECONDS)

    [visit] = proposal.visits
    assert visit.job_id == "late" and at(15) <= visit.start <= at(16)
    [left] = proposal.unplanned
    assert left.job_id == "early"
    assert "reach it inside its window" in str(left.reason)
    assert_rules_hold(problem, proposal)


def test_rules_module_drops_what_it_refuses() -> None:
    """The check after the solver: a visit the rules refuse is never offered."""
    problem = DayProblem(DAY, (tech("A", WEST),), (job("j", near(WEST, 1)),))
    from app.scheduling.day_plan import verified

    start = at(8)  # before the shift
    kept, dropped = verified(problem, {0: (0, start.astimezone(dt.UTC))})

    assert kept == {} and [v.rule for v in dropped[0]] == [Rule.OUTSIDE_SHIFT]
