"""This database file's own settings (`local_settings`, never synced), read and changed inside
the caller's transaction; a change writes its audit entry in the same transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import LocalSetting
from app.services.actor import Actor
from app.services.recording import record_setting


def setting_in(s: Session, key: str) -> str | None:
    row = s.get(LocalSetting, key)
    return row.value if row is not None else None


def change_setting(s: Session, actor: Actor, key: str, value: str | None) -> None:
    """Keep `value` under `key` (None: remove it), audited; no change, no audit entry."""
    row = s.get(LocalSetting, key)
    before = row.value if row is not None else None
    if before == value:
        return
    if value is None:
        s.delete(row)
    elif row is None:
        s.add(LocalSetting(key=key, value=value))
    else:
        row.value = value
    record_setting(s, actor, key, before, value)
