"""Checklists: save a job's answers, attach and remove photos, publish a template."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from app.db import Database
from app.errors import ValidationError
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.checklist_templates import TemplateInfo, publish_template
from app.services.checklists import JobChecklist, attach_photo, remove_photo, save_answers
from app.ui.context import AppContext
from app.ui.operation import Operation

Stored = tuple[JobChecklist, Changes]


def save_checklist(ctx: AppContext, owner: QObject, job_id: str,
                   answers: dict[str, Any]) -> Operation[Stored]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: save_answers(db, actor, job_id, answers))


def attach_photos(ctx: AppContext, owner: QObject, job_id: str, item_id: str,
                  paths: list[Path]) -> Operation[Stored]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: attach_files(db, actor, job_id, item_id, paths))


def attach_files(db: Database, actor: Actor, job_id: str, item_id: str,
                 paths: Sequence[Path]) -> tuple[JobChecklist, Changes]:
    """Store each file with the job (by sha256) and add it to the item's photos."""
    result: tuple[JobChecklist, Changes] | None = None
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError("{file} cannot be read ({reason}).", file=path.name,
                                  reason=exc.strerror) from None
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        result = attach_photo(db, actor, job_id, item_id, path.name, data, mime)
    if result is None:
        raise ValidationError("No image file was given.")
    return result


def remove_photo_op(ctx: AppContext, owner: QObject, job_id: str, item_id: str,
                    photo_id: str) -> Operation[Stored]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: remove_photo(db, actor, job_id, item_id, photo_id))


def publish(ctx: AppContext, owner: QObject,
            data: dict[str, Any]) -> Operation[tuple[TemplateInfo, Changes]]:
    """A new version of a checklist template (supervisors)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: publish_template(db, actor, data))
