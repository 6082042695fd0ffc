"""This database's desk identity, tied to its file.

Every database file is a desk of its station: its own side in sync, with a UUIDv7 made once.
A file copy or a restored backup carries that identity along, so the desk also records which
file it lives in (`file_identity`: machine, path, device and inode, hashed), and every backup
FieldDesk writes is stamped as a copy. A database opened in another file than the one it
recorded, or from a backup, becomes a new desk (`fork`): it keeps the old identity as its
`predecessor` until the central server told which of the changes it holds had arrived from
the predecessor already (`app/sync/desks.py`), and gives back the job numbers it held, which
the other file may be using.
"""

from __future__ import annotations

import hashlib
import platform
import sqlite3
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models import Desk, JobNumberBlock, OutboxEntry
from app.models.base import new_id, utcnow

COPY = "copy"  # the file_id of a copy FieldDesk made (a backup)
# Why a desk was forked: a backup opened, another file opened (a copy, or a file moved), or
# the server has later batches of it than this file numbered (restored from a plain copy).
RESTORED, COPIED, BEHIND = "restored", "copied", "behind"


def file_identity(path: Path) -> str:
    """What tells this file from a copy of it: the machine, the full path, the device and the
    inode (a copy has another; a file moved within its disk keeps its inode, not its path)."""
    st = path.stat()
    where = "\0".join((platform.node(), str(path.resolve()), str(st.st_dev), str(st.st_ino)))
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def current_desk(s: Session) -> Desk:
    """The desk row, made at the first need (a database migrated by a FieldDesk before desks
    gets its identity then; it is tied to its file by the next `bind_file`)."""
    desk = s.scalar(select(Desk))
    if desk is None:
        desk = Desk(id=new_id())
        s.add(desk)
        s.flush()
    return desk


def bind_file(s: Session, path: Path) -> bool:
    """Check (in the caller's transaction) the database is the file its desk was made in; a
    copy, a moved file or a restored backup becomes a new desk now. True when that happened."""
    here = file_identity(path)
    desk = current_desk(s)
    if desk.file_id == here:
        return False
    forked = desk.file_id != ""  # "": never tied to a file yet
    if forked:
        fork(s, desk, RESTORED if desk.file_id == COPY else COPIED)
    desk.file_id = here
    return forked


def fork(s: Session, desk: Desk, reason: str) -> None:
    """Make `desk` a new desk of its station (in the caller's transaction). A desk the server
    knows becomes the predecessor; one it never knew passes its own predecessor on. Blocks of
    job numbers are given back: the other file may be using them. Batches keep their ids (the
    server may know them) but lose their numbers, which were the old desk's."""
    if desk.registered:
        desk.predecessor, desk.predecessor_counter = desk.id, desk.batch_counter
    desk.id = new_id()
    desk.registered = False
    desk.batch_counter = desk.settled_counter = 0
    desk.forked_at, desk.fork_reason = utcnow(), reason
    s.execute(delete(JobNumberBlock))
    s.execute(update(OutboxEntry).values(batch_no=None))


def stamp_copy(conn: sqlite3.Connection) -> None:
    """Mark a copy of a database (a backup) as a copy: opened, it becomes a new desk."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'desk'"
                    ).fetchone():
        conn.execute("UPDATE desk SET file_id = ?", (COPY,))
        conn.commit()
