"""Customers, their sites and the equipment installed there (revision 0001)."""

import sqlalchemy as sa
from alembic import op

from app.db.migrations.initial import synced_columns

TABLES = (
    "customers",
    "sites",
    "equipment",
)


def create() -> None:
    op.create_table(
        "customers",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("alt_phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_station_id"), ["station_id"], unique=False)
    op.create_table(
        "sites",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.Column("province", sa.String(length=32), nullable=False),
        sa.Column("city", sa.String(length=32), nullable=False),
        sa.Column("district", sa.String(length=32), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("geocode_source", sa.String(length=16), nullable=False),
        sa.Column("geocode_precision", sa.String(length=16), nullable=False),
        sa.Column("access_notes", sa.Text(), nullable=False),
        *synced_columns(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sites_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
    )
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sites_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sites_station_id"), ["station_id"], unique=False)
    op.create_table(
        "equipment",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("brand", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("indoor_serial", sa.String(length=64), nullable=False),
        sa.Column("outdoor_serial", sa.String(length=64), nullable=False),
        sa.Column("refrigerant", sa.String(length=16), nullable=False),
        sa.Column("capacity_kw", sa.Float(), nullable=True),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("commissioning_date", sa.Date(), nullable=True),
        sa.Column("warranty_end", sa.Date(), nullable=True),
        *synced_columns(),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_equipment_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
    )
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_equipment_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_equipment_station_id"), ["station_id"], unique=False)
