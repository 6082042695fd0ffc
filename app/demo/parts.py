"""The demo station's price list, stock and maintenance contracts, made through the services
(catalogue, prices, receipts, issues to vans, contracts) as a supervisor would, then settled
like the accounts: seeded ids, the demo's stamps, no audit or outbox entries (the first sync
uploads the whole baseline), so the same seed and `now` give the same rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Connection, select, text

from app.db import Database
from app.db.database import set_foreign_keys
from app.demo.accounts import DEMO_USER
from app.demo.clock import Clock
from app.demo.rand import IdMaker
from app.models import Equipment, Technician
from app.services.catalogue import ItemInput, save_item, set_price
from app.services.contracts import ContractInput, save_contract
from app.services.stock import issue_to_van, receive
from app.services.users import actor_for

# kind, code, name, English name, maker's part number, unit, own warranty months, price,
# reorder level, delivered
ITEMS = (
    ("part", "P-CMP-35", "压缩机（1.5匹变频）", "Compressor, 1.5 HP inverter", "GREE-00120033",
     "台", 120, "1280.00", 1, 3),
    ("part", "P-CAP-35", "压缩机电容 35µF", "Compressor run capacitor 35 µF", "CBB65-35",
     "个", None, "45.50", 5, 20),
    ("part", "P-FAN-IN", "室内风扇电机", "Indoor fan motor", "MIDEA-17222000", "台", None,
     "260.00", 2, 6),
    ("part", "P-BRD-IN", "室内机主板", "Indoor control board", "GREE-30138000", "块", None,
     "420.00", 2, 4),
    ("part", "P-4WV", "四通阀", "Four-way valve", "SANHUA-SHF4", "个", 36, "180.00", 2, 5),
    ("part", "P-R32", "冷媒 R32（千克）", "Refrigerant R32 (kg)", "", "千克", None, "160.00", 5,
     25),
    ("part", "P-PIPE", "加长铜管（米）", "Extension copper pipe (m)", "", "米", None, "60.00", 20,
     80),
    ("part", "P-BRKT", "室外机支架（热镀锌）", "Outdoor unit bracket (galvanised)", "", "副",
     None, "120.00", 4, 12),
    ("labour", "L-REP", "维修工时", "Repair labour", "", "次", None, "80.00", 0, 0),
    ("labour", "L-CLEAN", "清洗保养工时", "Cleaning and maintenance", "", "台", None, "120.00",
     0, 0),
    ("labour", "L-MOVE", "移机工时（拆装）", "Relocation labour", "", "台", None, "300.00", 0, 0),
    ("labour", "L-CHECK", "上门检测费", "Inspection call-out", "", "次", None, "50.00", 0, 0),
    ("travel", "T-OUT30", "远程上门费（30公里以上）", "Out-of-area call-out (over 30 km)", "",
     "次", None, "50.00", 0, 0),
)
VANS = 3  # the first technicians' vans carry capacitors, R32 and pipe
VAN_STOCK = {"P-CAP-35": 2, "P-R32": 3, "P-PIPE": 10}
SETTLED = ("catalogue_items", "catalogue_prices", "stock_movements", "maintenance_contracts")


def build_parts(db: Database, clock: Clock, new_id: IdMaker) -> dict[str, int]:
    """Write the demo's catalogue, stock and contracts; returns the rows per table."""
    actor = actor_for(db, "supervisor")
    priced_from = clock.today.replace(month=1, day=1)
    ids: dict[str, str] = {}
    for kind, code, name, name_en, number, unit, months, price, reorder, delivered in ITEMS:
        ids[code], _ = save_item(db, actor, None, ItemInput(
            kind, code, name, name_en, number, unit, months, reorder))
        set_price(db, actor, ids[code], price, priced_from)
        if delivered:
            receive(db, actor, ids[code], delivered, "开业备货")
    with db.session() as s:
        vans = s.scalars(select(Technician.id).order_by(Technician.code).limit(VANS)).all()
        units = s.scalars(select(Equipment.id).order_by(Equipment.id).limit(2)).all()
    for van in vans:
        for code, quantity in VAN_STOCK.items():
            issue_to_van(db, actor, ids[code], van, quantity)
    for n, unit_id in enumerate(units):  # one running, one due for renewal in two weeks
        ends = clock.today + dt.timedelta(days=300 if n == 0 else 14)
        save_contract(db, actor, None, ContractInput(
            unit_id, 2, Decimal("360.00"), ends - dt.timedelta(days=364), ends,
            f"MC-{clock.today.year}-{n + 1:03d}", "夏季前清洗，冬季前检查"))
    with db.engine.connect() as conn:
        set_foreign_keys(conn, False)  # ids change under their references, then all agree
        try:
            with conn.begin():
                counts = _settle(conn, clock, new_id)
        finally:
            set_foreign_keys(conn, True)
    return counts


def _remap(conn: Connection, table: str, new_id: IdMaker,
           references: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """Give the table's rows seeded ids, in the order they were made; references follow."""
    old = [r[0] for r in conn.execute(text(f"SELECT id FROM {table} ORDER BY rowid"))]
    mapping = {o: new_id() for o in old}
    for o, n in mapping.items():
        conn.execute(text(f"UPDATE {table} SET id = :n WHERE id = :o"), {"n": n, "o": o})
        for other, column in references:
            conn.execute(text(f"UPDATE {other} SET {column} = :n WHERE {column} = :o"),
                         {"n": n, "o": o})
    return mapping


def _settle(conn: Connection, clock: Clock, new_id: IdMaker) -> dict[str, int]:
    _remap(conn, "catalogue_items", new_id, (("catalogue_prices", "item_id"),
                                             ("stock_movements", "item_id")))
    for table in SETTLED[1:]:
        _remap(conn, table, new_id)
    pairs = [r[0] for r in conn.execute(text(
        "SELECT transfer_id FROM stock_movements WHERE transfer_id <> ''"
        " GROUP BY transfer_id ORDER BY min(rowid)"))]
    for pair in pairs:
        conn.execute(text("UPDATE stock_movements SET transfer_id = :n WHERE transfer_id = :o"),
                     {"n": new_id(), "o": pair})
    stamp = {"now": clock.now.replace(tzinfo=None).isoformat(sep=" "), "who": DEMO_USER}
    counts = {}
    for table in SETTLED:
        conn.execute(text(f"UPDATE {table} SET updated_at = :now, updated_by = :who"), stamp)
        counts[table] = int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
    conn.execute(text("UPDATE stock_movements SET moved_at = :now"), stamp)
    conn.execute(text("DELETE FROM audit_entries WHERE entity IN ("
                      + ", ".join(f"'{t}'" for t in SETTLED) + ")"))
    conn.execute(text("DELETE FROM outbox"))
    return counts
