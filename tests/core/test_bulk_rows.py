"""Rows written in bulk are stored exactly as the ORM stores the same values (a time on the
whole second included, which the driver's own datetime adapter would write without its
microseconds), with their audit and outbox entries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from app.db import Database
from app.models import AuditEntry, Customer, OutboxEntry
from app.services.actor import Actor
from app.services.bulk_rows import BulkRows

ON_THE_SECOND = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
COLUMNS = "SELECT updated_at, deleted, version, alt_phone FROM customers WHERE id = :id"


def stored(db: Database, sql: str, row_id: str) -> tuple[object, ...]:
    with db.engine.connect() as conn:
        return tuple(conn.execute(text(sql), {"id": row_id}).one())


def test_bulk_rows_are_stored_as_the_orm_stores_them(db: Database, admin: Actor) -> None:
    with db.session() as s:
        bulk = BulkRows(s, admin, "import", "customers.csv", now=ON_THE_SECOND)
        bulk_id = bulk.add("customers", {"name": "王芳", "phone": "13800000001"})["id"]
        site_id = bulk.add("sites", {"customer_id": bulk_id, "address": "珠江路8号"})["id"]
        bulk.write()
        orm = Customer(name="李娜", phone="13800000002", station_id=admin.station_id,
                       updated_at=ON_THE_SECOND)
        s.add(orm)
    assert stored(db, COLUMNS, bulk_id) == stored(db, COLUMNS, orm.id)
    assert stored(db, COLUMNS, bulk_id)[0] == "2026-03-04 05:06:07.000000"
    with db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == bulk_id)).one()
        change = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == bulk_id)).one()
    assert (audit.at, change.created_at, change.op) == (ON_THE_SECOND, ON_THE_SECOND, "insert")
    assert (audit.entity, audit.action, audit.reason, audit.username, audit.before) == (
        "customers", "import", "customers.csv", "admin", {})
    assert audit.after == change.fields and change.fields["name"] == "王芳"
    assert (change.table_name, change.base_server_seq) == ("customers", 0)
    with db.session() as s:
        site = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == site_id)).one()
        ids = s.scalars(select(AuditEntry.id).where(AuditEntry.entity_id.in_([bulk_id, site_id]))
                        .order_by(AuditEntry.id)).all()
    assert site.table_name == "sites" and site.fields["customer_id"] == bulk_id
    assert change.seq < site.seq and len({*ids, change.change_id, site.change_id}) == 4
    assert stored(db, "SELECT at FROM audit_entries WHERE entity_id = :id", bulk_id) == (
        "2026-03-04 05:06:07.000000",)
