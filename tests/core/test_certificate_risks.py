"""Issue 18 point 6: a technician booked for visits that need a certificate expired by the
visit's day is found (the technicians list flags them)."""

from __future__ import annotations

import datetime as dt

from app.db import Database
from app.services.actor import Actor
from app.services.appointments import assign, unassign
from app.services.certificate_risks import ExpiredNeed, visits_needing_expired

from .conftest import MakeJob, MakeTech, local

NOW = local(2026, 12, 7, 9)  # a Monday


def book(db: Database, who: Actor, job_id: str, tech_id: str, start: dt.datetime) -> str:
    appt, _ = assign(db, who, job_id, tech_id, start, start + dt.timedelta(hours=2),
                     override_reason="booked over the rules for the test")
    return appt.id


def test_visits_needing_a_certificate_expired_by_their_day_are_found(
        db: Database, supervisor: Actor, make_job: MakeJob, make_tech: MakeTech) -> None:
    lapsing = make_tech("T001", cert_expiry=dt.date(2026, 12, 10))
    valid = make_tech("T002", "王师傅", cert_expiry=dt.date(2030, 1, 1))
    install = make_job("install", now=NOW)  # needs refrigerant handling: the certificate
    late_install = make_job("install", "李娜", "13800000001", now=NOW)
    repair = make_job("repair", "王芳", "13800000002", now=NOW)  # needs no certificate
    book(db, supervisor, install.id, lapsing, local(2026, 12, 9, 9))  # still valid that day
    book(db, supervisor, late_install.id, lapsing, local(2026, 12, 11, 9))  # expired by then
    book(db, supervisor, repair.id, lapsing, local(2026, 12, 14, 9))
    other = make_job("relocation", "赵磊", "13800000005", now=NOW)
    book(db, supervisor, other.id, valid, local(2026, 12, 11, 13))
    found = visits_needing_expired(db, NOW)
    assert found == {lapsing: (ExpiredNeed(late_install.number, dt.date(2026, 12, 11),
                                           "refrigeration", dt.date(2026, 12, 10)),)}


def test_past_and_unassigned_visits_are_not_flagged(
        db: Database, supervisor: Actor, make_job: MakeJob, make_tech: MakeTech) -> None:
    lapsed = make_tech("T001", cert_expiry=dt.date(2026, 11, 1))
    done = make_job("install", now=local(2026, 11, 20, 9))
    book(db, supervisor, done.id, lapsed, local(2026, 12, 2, 9))  # over before NOW
    called_off = make_job("install", "李娜", "13800000001", now=NOW)
    unassign(db, supervisor, book(db, supervisor, called_off.id, lapsed, local(2026, 12, 8, 9)))
    assert visits_needing_expired(db, NOW) == {}
    kept = make_job("install", "王芳", "13800000002", now=NOW)
    book(db, supervisor, kept.id, lapsed, local(2026, 12, 8, 14))
    assert [n.job_number for n in visits_needing_expired(db, NOW)[lapsed]] == [kept.number]
