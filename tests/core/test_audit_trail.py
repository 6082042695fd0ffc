"""Issue 16 point 5: the audit trail for supervisors, filtered by user, record kind, record,
date range and text, with the before and after of each field and the record it opens."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import Database
from app.errors import PermissionDenied
from app.services.actor import Actor
from app.services.audit_trail import AuditFilter, audit_choices, audit_trail
from app.services.customers import CustomerInput, SiteInput, add_site, update_customer
from app.services.jobs import JobInput, update_job
from app.services.settings_sections import Travel
from app.services.station_settings import set_section
from tests.core.conftest import MakeJob


def test_a_supervisor_filters_the_trail_and_sees_each_fields_change(
        db: Database, supervisor: Actor, dispatcher: Actor, make_job: MakeJob) -> None:
    job = make_job("repair", name="张伟", symptom="不制冷")
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="不制冷，漏水", priority="high"))
    set_section(db, supervisor, Travel(speed_kmh=45.0))
    edits = audit_trail(db, supervisor, AuditFilter(entity="jobs", entity_id=job.id))
    assert [r.action for r in edits.rows] == ["update", "create"]  # newest first
    edit = edits.rows[0]
    assert (edit.username, edit.record, edit.opens) == ("disp", job.number, ("jobs", job.id))
    assert {(c.field, c.before, c.after) for c in edit.changes} >= {
        ("symptom", "不制冷", "不制冷，漏水"), ("priority", "normal", "high")}
    assert all(c.field not in ("version", "updated_at") for c in edit.changes)
    found = audit_trail(db, supervisor, AuditFilter(text="漏水"))
    assert [r.id for r in found.rows] == [edit.id]  # Chinese text inside the stored values
    mine = audit_trail(db, supervisor, AuditFilter(username="super"))
    assert {r.entity for r in mine.rows} == {"station_settings"}
    assert mine.rows[0].changes[0].field.startswith("travel.")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    assert audit_trail(db, supervisor, AuditFilter(start=later)).total == 0
    everything = audit_trail(db, supervisor, AuditFilter()).total
    assert audit_trail(db, supervisor, AuditFilter(end=later)).total == everything > 0
    users, kinds = audit_choices(db, supervisor)
    assert {"disp", "super"} <= set(users) and {"jobs", "customers"} <= set(kinds)


def test_a_site_opens_its_customer(db: Database, supervisor: Actor, make_job: MakeJob) -> None:
    job = make_job("repair")
    site_id, _ = add_site(db, supervisor, job.customer_id, SiteInput("南京市江宁区天元路66号"))
    update_customer(db, supervisor, job.customer_id, CustomerInput("张伟伟", "13912345678"))
    [site] = audit_trail(db, supervisor, AuditFilter(entity="sites", entity_id=site_id)).rows
    assert site.opens == ("customers", job.customer_id)
    assert site.record == "南京市江宁区天元路66号"


def test_a_dispatcher_cannot_read_the_trail(db: Database, dispatcher: Actor) -> None:
    with pytest.raises(PermissionDenied):
        audit_trail(db, dispatcher, AuditFilter())
