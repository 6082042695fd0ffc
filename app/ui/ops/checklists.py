"""Checklists: save a job's answers, attach and remove photos, publish a template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from app.services.changes import Changes
from app.services.checklist_templates import TemplateInfo, publish_template
from app.services.checklists import JobChecklist, remove_photo, save_answers
from app.ui.checklist.photo_tasks import attach_files
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


def remove_photo_op(ctx: AppContext, owner: QObject, job_id: str, item_id: str,
                    photo_id: str) -> Operation[Stored]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: remove_photo(db, actor, job_id, item_id, photo_id))


def publish(ctx: AppContext, owner: QObject,
            data: dict[str, Any]) -> Operation[tuple[TemplateInfo, Changes]]:
    """A new version of a checklist template (supervisors)."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: publish_template(db, actor, data))
