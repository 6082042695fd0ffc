"""Issue 14 point 5: the three rates and their companions for a month, per station, team and
technician, and the jobs behind each figure, on a July whose figures are known by hand
(tests/quality/scenario.py)."""

from __future__ import annotations

from app.db import Database
from app.services.quality_figures import Figure, GroupFigures, figure_jobs, month_figures
from tests.quality.scenario import JULY, NOW, July


def pair(f: Figure) -> tuple[int, int]:
    return f.numerator, f.denominator


def behind(db: Database, figure: str, kind: str = "station", key: str = "") -> set[str]:
    return set(figure_jobs(db, JULY, figure, kind, key, NOW).numerator)


def test_the_station_figures(db: Database, july: July) -> None:
    station = month_figures(db, JULY, NOW).station
    assert pair(station.completed) == (3, 3)
    assert pair(station.complaint_rate) == (2, 3)
    assert pair(station.dissatisfaction_rate) == (1, 2)
    assert pair(station.response_attainment) == (2, 4)  # J5 cancelled: not counted
    assert pair(station.late_callbacks) == (2, 3)
    assert pair(station.late_complaint_stages) == (2, 4)  # J1's handling, J3's handling
    assert pair(station.failed_responses) == (2, 4)
    assert pair(station.omission_rate) == (6, 11)
    assert pair(station.first_time_fix) == (1, 2)
    assert pair(station.repeat_visits) == (1, 3)
    assert pair(station.install_first_fail) == (1, 1)
    assert station.omission_rate.rate == 6 / 11


def test_the_jobs_behind_each_figure(db: Database, july: July) -> None:
    assert behind(db, "completed") == {july.j1, july.j2, july.j3}
    assert behind(db, "complaint_rate") == {july.j1, july.j3}
    assert behind(db, "dissatisfaction_rate") == {july.j3}
    assert behind(db, "failed_responses") == {july.j2, july.j4}
    assert behind(db, "late_callbacks") == {july.j2, july.j3}
    assert behind(db, "omission_rate") == {july.j1, july.j2, july.j3, july.j4}
    assert behind(db, "first_time_fix") == {july.j1}
    assert behind(db, "repeat_visits") == {july.j4}
    assert behind(db, "install_first_fail") == {july.j3}
    base = figure_jobs(db, JULY, "response_attainment", now=NOW).denominator
    assert set(base) == {july.j1, july.j2, july.j3, july.j4}


def by_key(groups: tuple[GroupFigures, ...]) -> dict[str, GroupFigures]:
    return {g.key: g for g in groups}


def test_per_technician_and_per_team(db: Database, july: July) -> None:
    figures = month_figures(db, JULY, NOW)
    techs = by_key(figures.technicians)
    t1, t2 = techs[july.t1], techs[july.t2]
    assert (t1.label, t2.label) == ("T1 师傅 T1", "T2 师傅 T2")
    assert pair(t1.completed) == (2, 2) and pair(t2.completed) == (1, 1)
    assert pair(t1.complaint_rate) == (2, 2) and pair(t2.complaint_rate) == (0, 1)
    assert pair(t1.response_attainment) == (2, 2) and pair(t2.response_attainment) == (0, 1)
    assert pair(t1.omission_rate) == (3, 8) and pair(t2.omission_rate) == (2, 2)
    assert pair(t1.repeat_visits) == (1, 2)  # J4 repeats T1's repair
    assert pair(t2.first_time_fix) == (0, 1)
    assert behind(db, "repeat_visits", "technician", july.t1) == {july.j4}
    assert behind(db, "omission_rate", "technician", july.t2) == {july.j2}
    assert behind(db, "first_time_fix", "technician", july.t2) == set()
    teams = by_key(figures.teams)
    assert set(teams) == {"东区", "西区"}
    assert pair(teams["东区"].omission_rate) == pair(t1.omission_rate)
    assert behind(db, "complaint_rate", "team", "东区") == {july.j1, july.j3}


def test_another_month_is_empty_and_an_undecided_month_counts_only_what_fell_due(
        db: Database, july: July) -> None:
    june = month_figures(db, JULY.shifted(-1), NOW).station
    assert pair(june.completed) == (0, 0) and june.complaint_rate.rate is None
    early = month_figures(db, JULY, NOW.replace(month=7, day=8)).station
    assert pair(early.response_attainment) == (1, 2)  # J1 met, J2 late; J4 not due yet
    assert pair(early.late_callbacks) == (0, 1)  # J1's call was due on the 5th; J2's not yet
