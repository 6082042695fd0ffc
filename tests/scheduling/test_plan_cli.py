"""`fielddesk plan`: the proposal printed (text and JSON), and applied with --apply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.db import Database
from app.services.actor import Actor
from app.services.appointments import appointments_of
from tests.cli import fielddesk
from tests.core.conftest import PASSWORD
from tests.scheduling.conftest import NORTH_10KM, SOUTH_20KM, PlaceJob, PlaceTech

NOW = "2026-11-22T20:00:00+08:00"


def test_plan_prints_the_proposal_without_applying_it(
        db: Database, tmp_path: Path, place_tech: PlaceTech, place_job: PlaceJob,
        dispatcher: Actor) -> None:
    place_tech("T001", home=NORTH_10KM, team="北")
    place_tech("T002", home=SOUTH_20KM, team="南")
    north = place_job("repair", at=NORTH_10KM)
    nobody = place_job("repair", at=SOUTH_20KM, required_skills=["height"])
    path = str(tmp_path / "station.sqlite")

    text = fielddesk("plan", "2026-11-23", "--team", "北", "--seconds", "1", "--now", NOW,
                     "--db", path)
    assert text.returncode == 0, text.stderr
    assert "师傅 T001 (T001)" in text.stdout and north.number in text.stdout
    assert f"unplanned {nobody.number}: No technician of the plan may do it." in text.stdout
    assert "after: " in text.stdout and "1 jobs planned" in text.stdout

    out = fielddesk("plan", "2026-11-23", "--seconds", "1", "--now", NOW, "--json",
                    "--db", path)
    data = json.loads(out.stdout)
    assert [v["job"] for v in data["technicians"]["T001"]] == [north.number]
    assert data["after"]["jobs_planned"] == 1 and data["applied"] is False
    assert appointments_of(db, north.id) == []


def test_plan_apply_acts_as_a_signed_in_user(
        db: Database, tmp_path: Path, place_tech: PlaceTech, place_job: PlaceJob,
        dispatcher: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    tech = place_tech("T001", home=NORTH_10KM)
    job = place_job("repair", at=NORTH_10KM)
    path = str(tmp_path / "station.sqlite")

    refused = fielddesk("plan", "2026-11-23", "--apply", "--now", NOW, "--db", path)
    assert refused.returncode != 0 and "--as USER" in refused.stderr

    monkeypatch.setenv("FIELDDESK_PASSWORD", PASSWORD)
    done = fielddesk("plan", "2026-11-23", "--seconds", "1", "--apply", "--as", "disp",
                     "--now", NOW, "--db", path)
    assert done.returncode == 0, done.stderr
    assert "applied: 1 changes" in done.stdout
    [visit] = appointments_of(db, job.id)
    assert visit.technician_id == tech
