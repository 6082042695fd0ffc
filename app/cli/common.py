"""Options shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt

from app.config import LANGUAGES, Config
from app.db import Database, open_database
from app.db.backup import daily_backup


def db_option() -> argparse.ArgumentParser:
    """`--db PATH`, accepted after any command as well as before it."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", default=argparse.SUPPRESS, help="database file")
    return parent


def lang_option() -> argparse.ArgumentParser:
    """`--lang en|zh_CN` for the commands that show the GUI."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="user interface language (default: the system's)")
    return parent


def config_of(args: argparse.Namespace) -> Config:
    return Config.resolve(getattr(args, "db", None), getattr(args, "lang", None))


class CliError(Exception):
    """A usage or environment problem worth one line to the user."""


def existing_db(args: argparse.Namespace) -> Database:
    """Open the database a command works on (it must exist already) and make the day's
    backup of it, if there is none yet."""
    path = require_file(config_of(args)).db_path
    db = open_database(path)
    daily_backup(path)
    return db


def require_file(config: Config) -> Config:
    """The configuration, once its database file is known to exist."""
    path = config.db_path
    if not path.exists():
        raise CliError(f"no database at {path} (create one with: fielddesk demo --db {path})")
    return config


def moment_arg(value: str) -> dt.datetime:
    """An ISO date and time from the command line (UTC when it names no zone)."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
