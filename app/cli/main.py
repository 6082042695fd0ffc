"""Argument parsing and error reporting: every failure is one readable line and a non-zero exit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from sqlalchemy.exc import SQLAlchemyError

from app import version
from app.cli import (
    backup_cmd,
    central_cmd,
    demo_cmd,
    geocode_cmd,
    gui_cmd,
    jobs_cmd,
    join_cmd,
    plan_cmd,
    print_cmd,
    report_cmd,
    restore_cmd,
    screenshot_cmd,
    server_cmd,
    stock_cmd,
    sync_cmd,
    transfer_cmd,
    users_cmd,
    verify_cmd,
    warranty_cmd,
)
from app.cli.common import CliError, lang_option
from app.errors import DamagedDatabase, DomainError

COMMANDS: list[ModuleType] = [backup_cmd, central_cmd, demo_cmd, geocode_cmd, jobs_cmd, join_cmd,
                              plan_cmd,
                              print_cmd, report_cmd, restore_cmd, screenshot_cmd, server_cmd,
                              stock_cmd, sync_cmd, transfer_cmd, users_cmd, verify_cmd,
                              warranty_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fielddesk", description="FieldDesk: the service station dispatcher's desk.",
        parents=[lang_option()],
    )
    parser.add_argument("--db", help="database file (default: the user data folder)")
    parser.add_argument("--version", action="version", version=f"fielddesk {version()}")
    parser.set_defaults(run=gui_cmd.run)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DamagedDatabase as exc:
        print(f"fielddesk: {exc} {restore_cmd.restore_hint(exc.path)}", file=sys.stderr)
        return 1
    except (DomainError, CliError) as exc:
        print(f"fielddesk: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(f"fielddesk: database error: {getattr(exc, 'orig', None) or exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"fielddesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fielddesk: interrupted", file=sys.stderr)
        return 130
