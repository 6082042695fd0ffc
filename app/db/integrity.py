"""Whether a station file can be opened: not empty, a SQLite database, and passing SQLite's
quick integrity check, all read without writing into it. Files are kept readable by their
user only."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from app.errors import DamagedDatabase
from app.texts import Text

SQLITE_HEADER = b"SQLite format 3\x00"
PRIVATE = 0o600
COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps next to a database


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path))}?mode=ro"


def file_problem(path: Path) -> Text | None:
    """What is wrong with an existing file at a glance (its size and header; None: nothing)."""
    if path.stat().st_size == 0:
        return Text("the file is empty (0 bytes)")
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return Text("it is not a database (SQLite does not recognise it)")
    return None


def page_problem(path: Path) -> Text | None:
    """What SQLite's quick check finds in the pages of a database file (None: nothing). It
    reads every page once, through a read-only connection, so a damaged file is never
    written."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return Text("SQLite cannot read it ({reason})", {"reason": str(exc)})
    if found != ["ok"]:  # "*** in database main ***\nPage 7: ...": one line, cut short
        problem = " ".join(str(found[0]).replace("*** in database main ***", "").split())
        return Text("the integrity check found: {problem}", {"problem": problem[:200]})
    return None


def damaged(path: Path, problem: Text) -> DamagedDatabase:
    return DamagedDatabase("The database {path} is damaged: {problem}. FieldDesk does not "
                           "write into it.", path=str(path), problem=problem)


def check_database(path: Path, pages: bool = True) -> None:
    """DamagedDatabase naming the file and its problem, if it has one; `pages=False` looks at
    the file only (size and header), leaving the pages to a `PageCheck`."""
    problem = file_problem(path) or (page_problem(path) if pages else None)
    if problem is not None:
        raise damaged(path, problem)


def create_private(path: Path) -> bool:
    """Create an empty file readable by the user only, where none is (True: created). SQLite
    gives the -wal and -shm files it makes later the same permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    except FileExistsError:
        return False
    return True


def make_private(path: Path) -> None:
    """Narrow an existing database and its companion files to the user (POSIX; files of an
    older FieldDesk were made readable by everyone)."""
    if os.name != "posix":
        return
    for file in [path, *(path.with_name(path.name + s) for s in COMPANIONS)]:
        try:
            if file.stat().st_mode & 0o077:
                file.chmod(PRIVATE)
        except (FileNotFoundError, PermissionError):  # gone, or another user's: leave it
            continue
