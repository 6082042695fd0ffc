"""Technicians saved as one form with their lists; users, roles and sign-in."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import AuthError, PermissionDenied, ValidationError
from app.models import AuditEntry, Certification
from app.models.enums import Role
from app.services.actor import Actor
from app.services.technicians import (
    CertificationInput,
    ShiftInput,
    TechnicianForm,
    TechnicianInput,
    get_technician,
    list_technicians,
    save_technician,
)
from app.services.users import authenticate, create_first_admin, create_user, needs_first_admin
from tests.core.conftest import PASSWORD, MakeTech


def test_a_technician_form_round_trips_and_edits_replace_lists(db: Database, admin: Actor,
                                                               make_tech: MakeTech) -> None:
    tech_id = make_tech()
    form = get_technician(db, tech_id)
    assert len(form.shifts) == 6 and form.certifications[0].kind == "refrigeration"
    edited = dataclasses.replace(
        form,
        technician=dataclasses.replace(form.technician, team="鼓楼一组"),
        certifications=(dataclasses.replace(form.certifications[0], number="苏安特2025999"),
                        CertificationInput("height", "高2024001", dt.date(2027, 3, 1))),
        shifts=form.shifts[:5],
    )
    save_technician(db, admin, tech_id, edited)
    again = get_technician(db, tech_id)
    assert again.technician.team == "鼓楼一组"
    assert sorted(c.number for c in again.certifications) == ["苏安特2025999", "高2024001"]
    assert len(again.shifts) == 5  # the dropped Saturday shift is a tombstone now
    assert again.certifications[0].id == form.certifications[0].id or \
        again.certifications[1].id == form.certifications[0].id
    with db.session() as s:
        assert len(s.scalars(select(Certification)).all()) == 2


def test_technician_input_is_checked(db: Database, admin: Actor, make_tech: MakeTech) -> None:
    make_tech("T001")
    with pytest.raises(ValidationError, match="is taken"):
        make_tech("t001")
    overlapping = (ShiftInput(0, dt.time(8), dt.time(12)), ShiftInput(0, dt.time(11), dt.time(17)))
    with pytest.raises(ValidationError, match="overlap"):
        save_technician(db, admin, None, TechnicianForm(TechnicianInput("T009", "孙"),
                                                        shifts=overlapping))
    with pytest.raises(ValidationError, match="end after it starts"):
        save_technician(db, admin, None, TechnicianForm(
            TechnicianInput("T009", "孙"), shifts=(ShiftInput(1, dt.time(17), dt.time(8)),)))
    assert [t.code for t in list_technicians(db)] == ["T001"]


def test_expiring_certificates_are_listed(db: Database, make_tech: MakeTech) -> None:
    make_tech("T001", cert_expiry=dt.date(2026, 12, 1))
    make_tech("T002", cert_expiry=dt.date(2030, 1, 1))
    soon = {t.code: t.expiring for t in list_technicians(db, expiring_before=dt.date(2027, 1, 1))}
    assert soon == {"T001": (("refrigeration", dt.date(2026, 12, 1)),), "T002": ()}


def test_first_start_creates_station_and_admin_once(db: Database) -> None:
    assert needs_first_admin(db)
    actor = create_first_admin(db, "admin", "管理员", PASSWORD,
                               station={"code": "nj01", "name": "南京服务站"})
    assert (actor.role, actor.station_code) == (Role.ADMIN, "NJ01")
    assert not needs_first_admin(db)
    with pytest.raises(ValidationError, match="already has users"):
        create_first_admin(db, "admin2", "x", PASSWORD)


def test_sign_in_and_roles(db: Database, admin: Actor, dispatcher: Actor) -> None:
    assert authenticate(db, "disp", PASSWORD).role is Role.DISPATCHER
    with pytest.raises(AuthError, match="Wrong user name or password"):
        authenticate(db, "disp", "wrong-password")
    with pytest.raises(AuthError, match="Wrong user name or password"):
        authenticate(db, "nobody", PASSWORD)
    with pytest.raises(PermissionDenied):
        create_user(db, dispatcher, "x-user", "X", Role.ADMIN, PASSWORD)
    with pytest.raises(ValidationError, match="at least 8"):
        create_user(db, admin, "shorty", "Short", Role.DISPATCHER, "123")


def test_every_audit_entry_names_its_user(db: Database, make_tech: MakeTech,
                                          dispatcher: Actor) -> None:
    make_tech()
    with db.session() as s:
        entries = s.scalars(select(AuditEntry)).all()
    assert entries and all(e.username for e in entries)
    assert {e.username for e in entries} == {"admin"}
