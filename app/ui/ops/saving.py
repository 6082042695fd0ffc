"""What the record editors' saves share: a new record, or the fields of an existing one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.services.changes import Changes
from app.ui.context import AppContext
from app.ui.operation import Operation, Running

Saved = tuple[str, Changes]  # the record's id, what changed
Created = tuple[str, Changes, str | None]  # ... and the site the save created (to be located)


def create_or_update(ctx: AppContext, owner: QObject, record_id: str | None,
                     create: Callable[[], Created],
                     update: Callable[[str], Changes]) -> Operation[Created]:
    """`create()` when `record_id` is None, else `update(record_id)`; gives the id too, and
    the site a creation added (None for an update)."""

    def work(_run: Running) -> Created:
        if record_id is None:
            return create()
        return record_id, update(record_id), None
    return ctx.op(owner, work)
