"""`fielddesk` with no command: the desktop application."""

from __future__ import annotations

import argparse

from app.cli.common import config_of


def run(args: argparse.Namespace) -> int:
    from app.ui.app import run_gui  # Qt is loaded only when the GUI is asked for

    return int(run_gui(config_of(args)))
