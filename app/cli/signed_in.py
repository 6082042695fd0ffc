"""Signing in on the command line: the commands that change the station as a user (users,
settings, import) take `--as USER` and that user's password, the way the sync takes the
server's: from `--password-file FILE` (readable by its owner only), from $FIELDDESK_PASSWORD,
or typed when asked (with a terminal); never on the command line. The sign-in is the app's
(`authenticate`): failures count towards the lock, a disabled user is refused, and a user whose
password an admin reset must change it first (`fielddesk users passwd`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli.common import CliError
from app.cli.credentials import PASSWORD_ENV, read_password_file
from app.db import Database
from app.services.actor import Actor
from app.services.users import authenticate

NEW_PASSWORD_ENV = "FIELDDESK_NEW_PASSWORD"


def as_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--as", dest="as_user", metavar="USER", required=True,
                        help="act as this user (their password is asked for, or read from "
                             f"--password-file or ${PASSWORD_ENV})")
    parent.add_argument("--password-file", metavar="FILE",
                        help="read USER's password from the first line of FILE (yours only)")
    return parent


def _secret(file: str | None, env: str, prompt: str, what: str) -> str:
    if file:
        return read_password_file(Path(file))
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise CliError(f"no {what}: give --{'password' if env == PASSWORD_ENV else 'new-password'}"
                   f"-file FILE or set ${env} (no terminal to ask on)")


def password_of(args: argparse.Namespace) -> str:
    """The password of `--as` (asked once per command)."""
    if getattr(args, "as_password", None) is None:
        args.as_password = _secret(args.password_file, PASSWORD_ENV,
                                   f"Password of {args.as_user}: ", "password")
    return str(args.as_password)


def signed_in(db: Database, args: argparse.Namespace, changing_password: bool = False) -> Actor:
    """The actor `--as` names, once their password was checked."""
    actor = authenticate(db, args.as_user, password_of(args))
    if actor.must_change_password and not changing_password:
        raise CliError(f"{actor.username} must change the password an admin reset first: "
                       f"fielddesk users passwd --as {actor.username}")
    return actor


def new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-password-file", metavar="FILE",
                        help="the new password: the first line of FILE (yours only); else "
                             f"${NEW_PASSWORD_ENV}, else asked for twice")


def new_password(args: argparse.Namespace) -> str:
    """The new password from --new-password-file, $FIELDDESK_NEW_PASSWORD or typed twice."""
    if args.new_password_file or os.environ.get(NEW_PASSWORD_ENV) or not sys.stdin.isatty():
        return _secret(args.new_password_file, NEW_PASSWORD_ENV, "", "new password")
    first = getpass.getpass("New password: ")
    if getpass.getpass("New password again: ") != first:
        raise CliError("the two new passwords differ")
    return first
