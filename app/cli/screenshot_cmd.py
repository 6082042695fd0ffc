"""`fielddesk screenshot VIEW -o FILE.png`: render the main window on a view, offscreen."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import config_of, db_option, lang_option, require_file

VIEWS = ("jobs", "technicians", "board", "map", "customers", "quality", "sync", "checklist")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("screenshot", parents=[db_option(), lang_option()],
                       help="render a view (or the checklist of a job) to a PNG file")
    p.add_argument("view", choices=VIEWS, help="the view shown")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.png",
                   help="the PNG file to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.ui.screenshot import take_screenshot  # Qt only for this command

    take_screenshot(require_file(config_of(args)), args.view, args.output)
    print(args.output)
    return 0
