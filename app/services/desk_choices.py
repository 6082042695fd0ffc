"""A PC's own choices kept outside the database (the language it starts in, in the user's
QSettings, which the UI writes): the change is audited here like any setting's, so the audit
trail shows who changed what on which desk. Anyone may choose for the PC they work at."""

from __future__ import annotations

from app.db import Database
from app.services.actor import Actor
from app.services.recording import record_setting

DESK_LANGUAGE = "desk.language"


def note_desk_choice(db: Database, actor: Actor, key: str, before: str | None,
                     after: str | None) -> bool:
    """Audit the PC's choice `key` changed from `before` to `after`; False when it did not."""
    if before == after:
        return False
    with db.session() as s:
        record_setting(s, actor, key, before, after)
    return True
