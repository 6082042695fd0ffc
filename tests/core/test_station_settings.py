"""Issue 16 point 2: the station's settings by section, stored in the database, audited, kept
by supervisors and admins only, and (being synced rows) with an outbox entry per change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from app.db import Database, open_database
from app.db.migrate import upgrade
from app.demo.checklists import png
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, OutboxEntry, StationSetting
from app.printing.job_sheet import render_job_sheet
from app.scheduling.sla import ResponseHours
from app.scheduling.travel import TravelModel
from app.services.actor import Actor
from app.services.job_sheet_data import sheet_data
from app.services.response_hours import response_hours
from app.services.settings_sections import (
    SECTIONS,
    Language,
    Logo,
    Planning,
    Printing,
    Profile,
    Section,
    Sla,
    Travel,
    WorkingHours,
)
from app.services.sort_keys import sort_key
from app.services.station import home_station
from app.services.station_settings import all_sections, get_section, set_section
from app.services.suggestions import suggest_for_job
from app.services.sync_status import backlog
from tests.core.conftest import MakeJob

CHANGED: list[Section] = [
    Profile("南京鼓楼服务站", "南京市鼓楼区中山北路1号", "025-83216688", "Asia/Shanghai"),
    Logo(png(120, 40, (200, 30, 30))),
    WorkingHours(((8 * 60, 18 * 60),) * 7, (dt.date(2026, 10, 1), dt.date(2026, 10, 2))),
    Sla(ResponseHours(2, 8, 24, 72), callback_days=5),
    Travel(speed_kmh=45.0, road_factor=1.5),
    Planning(job=300, promise=900, overdue=400, balance=2),
    Printing(copies=2, footer="服务热线 400-000-0000"),
    Language("en"),
]


def test_every_section_has_its_defaults_and_round_trips(db: Database, supervisor: Actor) -> None:
    assert set(SECTIONS) == {type(v).SECTION for v in CHANGED}
    start = all_sections(db)
    assert start["profile"] == Profile("南京服务站", "", "", "Asia/Shanghai")
    assert start["travel"] == Travel() and Travel().model() == TravelModel()
    for value in CHANGED:
        kept, changes = set_section(db, supervisor, value)
        assert kept == value and changes
        assert get_section(db, type(value)) == value
    assert all_sections(db) == {type(v).SECTION: v for v in CHANGED}


def test_a_change_is_audited_field_by_field_and_goes_to_the_outbox(db: Database,
                                                                    supervisor: Actor) -> None:
    set_section(db, supervisor, Travel(speed_kmh=45.0))
    set_section(db, supervisor, Logo(png(60, 20, (0, 0, 0))))
    with db.session() as s:
        travel = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "station_settings", AuditEntry.action == "create")).all()
        outbox = s.scalars(select(OutboxEntry).where(
            OutboxEntry.table_name == "station_settings")).all()
    speed = next(e for e in travel if "travel.speed_kmh" in e.after)
    assert speed.after == {"travel.speed_kmh": 45.0, "travel.road_factor": 1.3}
    logo = next(e for e in travel if "logo.logo" in e.after)
    assert len(logo.after["logo.logo"]) == 64  # the image's sha256, never its bytes
    assert {e.fields["section"] for e in outbox if e.op == "insert"} >= {"travel", "logo"}
    set_section(db, supervisor, Travel(speed_kmh=50.0))
    with db.session() as s:
        update = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert (update.before, update.after) == ({"travel.speed_kmh": 45.0},
                                             {"travel.speed_kmh": 50.0})


def test_an_unchanged_section_records_nothing(db: Database, supervisor: Actor) -> None:
    set_section(db, supervisor, Printing(copies=2))
    with db.session() as s:
        before = len(s.scalars(select(AuditEntry)).all())
    set_section(db, supervisor, Printing(copies=2))
    with db.session() as s:
        assert len(s.scalars(select(AuditEntry)).all()) == before


def test_a_dispatcher_is_refused_and_nothing_is_kept(db: Database, dispatcher: Actor) -> None:
    with pytest.raises(PermissionDenied):
        set_section(db, dispatcher, Travel(speed_kmh=90.0))
    assert get_section(db, Travel) == Travel()


@pytest.mark.parametrize(("value", "words"), [
    (Profile(""), "needs a name"),
    (Profile("站", timezone="Mars/Base"), "Unknown time zone"),
    (Profile("站", phone="12"), "phone"),
    (Logo(b"GIF89a not a picture"), "PNG or JPEG"),
    (Logo(b"\x89PNG" + b"0" * 600_000), "at most 512 KB"),
    (WorkingHours(((18 * 60, 8 * 60),) * 7), "end after it starts"),
    (WorkingHours(((8 * 60, 18 * 60),) * 6), "seven weekdays"),
    (WorkingHours(holidays=(dt.date(1900, 1, 1),)), "holiday"),
    (Sla(ResponseHours(urgent=24, high=12)), "must not grow with urgency"),
    (Sla(callback_days=0), "days before the callback"),
    (Travel(speed_kmh=0.5), "between 5 and 120"),
    (Travel(road_factor=0.9), "between 1.0 and 3.0"),
    (Printing(copies=9), "copies"),
    (Printing(footer="x" * 201), "footer"),
    (Language("fr"), "Unknown language"),
])
def test_bad_values_are_refused_with_a_sentence(db: Database, supervisor: Actor,
                                                value: Section, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        set_section(db, supervisor, value)
    assert get_section(db, type(value)) == all_sections(db)[type(value).SECTION]


def test_the_profile_names_the_station_and_the_logo_prints(db: Database, supervisor: Actor,
                                                           make_job: MakeJob) -> None:
    profile = dataclasses.replace(get_section(db, Profile), name="鼓楼站", phone="025-1234567")
    set_section(db, supervisor, profile)
    assert (home_station(db).name, home_station(db).phone) == ("鼓楼站", "025-1234567")
    job = make_job("repair")
    assert sheet_data(db, job.id).station.logo is None
    image = png(120, 40, (0, 90, 0))
    set_section(db, supervisor, Logo(image))
    assert sheet_data(db, job.id).station.logo == image


def test_the_printing_footer_is_printed_on_each_page_of_the_job_sheet(
        db: Database, supervisor: Actor, make_job: MakeJob) -> None:
    job = make_job("repair")
    set_section(db, supervisor, Printing(footer="服务热线 400-820-8820"))
    pages = PdfReader(io.BytesIO(render_job_sheet(sheet_data(db, job.id)))).pages
    assert all("服务热线 400-820-8820 · 打印时间" in page.extract_text() for page in pages)


def test_suggestions_drive_at_the_stations_speed(db: Database, supervisor: Actor,
                                                 make_job: MakeJob) -> None:
    with db.session() as s:  # no settings row yet: the defaults
        assert s.scalar(select(StationSetting).where(StationSetting.section == "travel")) is None
    job = make_job("repair")
    now = dt.datetime(2026, 11, 22, 20, tzinfo=dt.UTC)
    assert suggest_for_job(db, job.id, dt.date(2026, 11, 23), now) == []  # no technicians
    set_section(db, supervisor, Travel(speed_kmh=60.0))
    assert get_section(db, Travel).model().minutes_for_km(10) == 13  # 10 km x 1.3 at 60 km/h


def test_an_older_database_gets_its_profile_seeded_and_its_names_sort_keys(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database.sqlite(path)
    upgrade(old.engine, "0009")
    with old.session() as s:
        s.execute(text("INSERT INTO stations (id, code, name, timezone, address, phone,"
                       " response_hours_urgent, response_hours_high, response_hours_normal,"
                       " response_hours_low) VALUES ('st', 'NJ01', '南京服务站', 'Asia/Shanghai',"
                       " '南京市', '025-83216688', 3, 12, 24, 48)"))
        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('home_station_id', 'st')"))
        s.execute(text("INSERT INTO customers (id, station_id, version, server_seq, updated_at,"
                       " updated_by, deleted, name, phone, alt_phone, email, notes, search_text)"
                       " VALUES ('c1', 'st', 1, 5, '2026-01-01 00:00:00', '', 0, '张伟',"
                       " '13912345678', '', '', '', '')"))
    old.dispose()
    db = open_database(path)
    try:
        assert home_station(db).name == "南京服务站"
        assert response_hours(db) == ResponseHours(3, 12, 24, 48)
        with db.session() as s:
            sections = set(s.scalars(select(StationSetting.section)))
            key = s.scalar(text("SELECT sort_key FROM customers WHERE id = 'c1'"))
        assert sections == {"profile", "sla"} and key == sort_key("张伟")
        assert backlog(db).full_upload  # they go up at the next sync, like bulk rows
    finally:
        db.dispose()
