"""Issue 20 point 5: `fielddesk central report` reads each station's volume, response-promise
attainment and three rates from the central PostgreSQL database, with the same queries a desk
runs on SQLite (issue 14 point 5), and only with the administrator's role."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from app.errors import SyncError
from app.services.quality_figures import (
    FIGURES,
    GroupFigures,
    StationRef,
    figure_jobs,
    figure_jobs_in,
    month_figures,
)
from app.sync.central_report import central_report
from app.sync.cycle import sync_once
from app.sync.link import ADMIN, connect
from tests.cli import fielddesk
from tests.quality.scenario import JULY, NOW, build_july
from tests.sync.conftest import MakeStation


def counts(g: GroupFigures) -> dict[str, tuple[int, int]]:
    return {name: (getattr(g, name).numerator, getattr(g, name).denominator)
            for name in FIGURES}


@pytest.fixture
def stations(make_station: MakeStation, central: str) -> str:
    """NJ01 with the hand-counted July, pushed; HZ01 with nothing yet. The admin's address."""
    nj = make_station("NJ01")
    build_july(nj.db, nj.actor)
    sync_once(nj.db, nj.settings)
    make_station("HZ01")
    return central


def test_postgresql_gives_the_desks_figures_for_each_station(
        make_station: MakeStation, central: str) -> None:
    nj = make_station("NJ01")
    build_july(nj.db, nj.actor)
    sync_once(nj.db, nj.settings)
    make_station("HZ01")
    desk = month_figures(nj.db, JULY, NOW)
    ref = StationRef(desk.station_id, "NJ01", "NJ01", "Asia/Shanghai")
    report = central_report(central, JULY, NOW)
    assert [m.station_code for m in report.stations] == ["HZ01", "NJ01"]
    on_server = report.stations[1]
    assert counts(on_server.station) == counts(desk.station)
    assert [counts(t) for t in on_server.technicians] == [counts(t) for t in desk.technicians]
    assert [t.label for t in on_server.technicians] == ["T1 师傅 T1", "T2 师傅 T2"]
    engine = connect(central, ADMIN)
    try:
        with Session(engine) as s:  # the jobs behind each figure, too
            for name in FIGURES:
                assert figure_jobs_in(s, ref, JULY, NOW, name) == figure_jobs(
                    nj.db, JULY, name, now=NOW), name
    finally:
        engine.dispose()
    assert report.stations[0].station.completed.numerator == 0
    assert (report.total.omission_rate.numerator, report.total.omission_rate.denominator) == (
        6, 11)


def test_the_command_writes_json_and_a_pdf(stations: str, tmp_path: Path) -> None:
    run = fielddesk("central", "report", "--url", stations, "--month", "2026-07", "--json",
                    "--now", NOW.isoformat())
    assert run.returncode == 0, run.stderr
    nj = {s["station"]: s for s in json.loads(run.stdout)["stations"]}["NJ01"]
    assert nj["completed"] == 3 and nj["response_attainment"]["rate"] == 0.5
    assert (nj["complaint_rate"]["numerator"], nj["dissatisfaction_rate"]["denominator"]) == (2, 2)
    out = tmp_path / "stations.pdf"
    run = fielddesk("central", "report", "--url", stations, "--month", "2026-07", "-o",
                    str(out), "--now", NOW.isoformat(), "--lang", "en")
    assert run.returncode == 0, run.stderr
    text = " ".join(PdfReader(BytesIO(out.read_bytes())).pages[0].extract_text().split())
    assert "Stations' monthly quality report 2026-07" in text
    assert "NJ01" in text and "HZ01" in text and "50.0% (2/4)" in text and "54.5% (6/11)" in text
    table = fielddesk("central", "report", "--url", stations, "--month", "2026-07", "--now",
                      NOW.isoformat())
    assert "NJ01" in table.stdout and "66.7%" in table.stdout


def test_a_station_role_is_refused_with_a_sentence(make_station: MakeStation,
                                                   central: str) -> None:
    nj = make_station("NJ01")
    with pytest.raises(SyncError, match="signs in as a station"):
        central_report(nj.creds.url_for(central), JULY, NOW)
    run = fielddesk("central", "report", "--url", nj.creds.url_for(central), "--month",
                    "2026-07", "--json")
    assert run.returncode == 1
    assert run.stderr.startswith("fielddesk: This address signs in as a station")
    assert len(run.stderr.strip().splitlines()) == 1 and run.stdout == ""
