"""`fielddesk stock list [--technician CODE] [--json]`: the station's store and the vans."""

from __future__ import annotations

import argparse
import json

from app.cli.common import db_option, existing_db
from app.services.stock import StockLevel, count_text, stock_levels


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stock = sub.add_parser("stock", help="parts in the station's store and in the vans")
    stock_sub = stock.add_subparsers(title="stock commands", metavar="ACTION", required=True)
    p = stock_sub.add_parser("list", parents=[db_option()],
                             help="each part's count in the store and in every van")
    p.add_argument("--technician", metavar="CODE", help="only this technician's van")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(run=run_list)


def _as_dict(level: StockLevel) -> dict[str, object]:
    return {"place": level.technician_code or "store", "technician": level.technician_name,
            "code": level.code, "name": level.name, "unit": level.unit,
            "quantity": count_text(level.quantity),
            "reorder_level": count_text(level.reorder_level), "low": level.low}


def run_list(args: argparse.Namespace) -> int:
    db = existing_db(args)
    try:
        levels = stock_levels(db, args.technician)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"stock": [_as_dict(lv) for lv in levels]}, ensure_ascii=False,
                         indent=2))
        return 0
    for lv in levels:
        place = f"{lv.technician_code} {lv.technician_name}" if lv.technician_id else "store"
        low = "  LOW" if lv.low else ""
        print(f"{place:<16} {lv.code:<12} {count_text(lv.quantity):>8} {lv.unit:<4} "
              f"{lv.name}{low}")
    print(f"{len(levels)} counts")
    return 0
