"""What a backup must be before it replaces a database: sound (SQLite's quick check), written
by a FieldDesk that this one can open (its schema revision is known here: an older one is
upgraded when opened), and a backup of the same station as the database it replaces (a
restored backup of another station would make this desk that station's, and its next sync
would mix them), unless the user says it is meant (`other_station`)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from app.db.integrity import check_database, read_only_uri
from app.errors import StorageError, ValidationError

_STATION = ("SELECT s.code FROM local_settings l JOIN stations s ON s.id = l.value"
            " WHERE l.key = 'home_station_id'")


def _read(path: Path, sql: str) -> str | None:
    """One value from a database read-only, or None when there is none or it cannot be read."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            row = conn.execute(sql).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def station_of(path: Path) -> str | None:
    """The code of the station a database file belongs to (None: none, or unreadable)."""
    return _read(path, _STATION) if path.exists() else None


def check_backup(backup: Path, db_path: Path, other_station: bool = False) -> None:
    from app.db.migrate import head_revision, known_revisions  # alembic: when one is restored

    check_database(backup)
    revision = _read(backup, "SELECT version_num FROM alembic_version")
    if revision is None:
        raise ValidationError("{backup} is no FieldDesk backup (it has no schema version).",
                              backup=str(backup))
    if revision not in known_revisions():
        raise StorageError("The backup {backup} has schema version {found}, which this "
                           "FieldDesk does not know (it knows up to {known}): restore it with "
                           "a newer FieldDesk.", backup=str(backup), found=revision,
                           known=head_revision())
    theirs, ours = station_of(backup), station_of(db_path)
    if not other_station and ours is not None and theirs != ours:
        raise ValidationError("The backup {backup} is of station {theirs}, this database is "
                              "station {ours}'s: restore it only if you mean to make this desk "
                              "a desk of {theirs} (--other-station).", backup=str(backup),
                              theirs=theirs or "?", ours=ours)
