"""Passwords of central-server addresses kept off the command line, where `ps` and the shell's
history would show them; the way PostgreSQL's own tools take them: the address without its
password, and the password from a file only the user can read, from $FIELDDESK_PASSWORD, or
typed when asked (with a terminal). With none of these, libpq still tries $PGPASSWORD and
~/.pgpass itself. An address with its password in it keeps working."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.cli.common import CliError

PASSWORD_ENV = "FIELDDESK_PASSWORD"


def password_option() -> argparse.ArgumentParser:
    """`--password-file FILE` for the commands that take an address."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--password-file", metavar="FILE",
                        help="read the address's password from the first line of FILE "
                             f"(readable by you only); else ${PASSWORD_ENV}, else asked for")
    return parent


def password_for(url: str, args: argparse.Namespace) -> str:
    """The password to put into `url`; "" when the address carries one or none was given."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return ""  # the address itself is refused with its own sentence
    if parsed.password is not None:
        return ""
    if args.password_file:
        return read_password_file(Path(args.password_file))
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {parsed.username}@{parsed.host}: ")
    return ""


def with_password(url: str, args: argparse.Namespace) -> str:
    """An administrator's address with its password (for `fielddesk server ...`)."""
    password = password_for(url, args)
    if not password:
        return url
    return make_url(url.strip()).set(password=password).render_as_string(hide_password=False)


def read_password_file(path: Path) -> str:
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise CliError(f"the password file {path} may be read or changed by other users: "
                       f"make it yours only (chmod 600 {path})")
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0]:
        raise CliError(f"the password file {path} has no password on its first line")
    return lines[0]
