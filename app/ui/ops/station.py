"""Running a station: users and passwords, the audit trail, importing and exporting lists.
Each builder binds one service call to the database lane as an operation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject

from app.models.enums import Role
from app.services.audit_trail import AuditFilter, AuditPage, audit_choices, audit_trail
from app.services.changes import Changes
from app.services.exports import ExportFilter, Term, export_list
from app.services.imports import ImportOptions, ImportReport, Preview, import_file, preview
from app.services.users import UserInfo, create_user, list_users
from app.tabular.files import Sheet, read_sheet
from app.ui.context import AppContext
from app.ui.operation import Operation, Running

Loaded = tuple[Sheet, Preview]


def users(ctx: AppContext, owner: QObject) -> Operation[list[UserInfo]]:
    db = ctx.db
    return ctx.op(owner, lambda _run: list_users(db))


def add_user(ctx: AppContext, owner: QObject, username: str, name: str, role: Role,
             password: str) -> Operation[tuple[UserInfo, Changes]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: create_user(db, actor, username, name, role, password))


def change_user(ctx: AppContext, owner: QObject,
                change: Callable[..., tuple[UserInfo, Changes]], user_id: str,
                value: object) -> Operation[tuple[UserInfo, Changes]]:
    """An admin's change of one user: `user_admin.set_role`, `set_active`, `reset_password`."""
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: change(db, actor, user_id, value))


def audit_page(ctx: AppContext, owner: QObject, f: AuditFilter, offset: int,
               limit: int) -> Operation[AuditPage]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: audit_trail(db, actor, f, offset, limit))


def audit_lists(ctx: AppContext, owner: QObject) -> Operation[tuple[list[str], list[str]]]:
    db, actor = ctx.db, ctx.actor
    return ctx.op(owner, lambda _run: audit_choices(db, actor))


def load_file(ctx: AppContext, owner: QObject, path: Path,
              kind: ImportOptions) -> Operation[Loaded]:
    """Read the file (a large sheet takes seconds) and guess its mapping."""
    def work(_run: Running) -> Loaded:
        sheet = read_sheet(path)
        return sheet, preview(path, kind.kind, sheet)
    return ctx.op(owner, work)


def run_import(ctx: AppContext, owner: QObject, path: Path, sheet: Sheet,
               options: ImportOptions) -> Operation[tuple[ImportReport, Changes]]:
    """The import (or its dry run) with progress; Cancel rolls everything back."""
    db, actor = ctx.db, ctx.actor

    def work(run: Running) -> tuple[ImportReport, Changes]:
        return import_file(db, actor, path, options, lambda done, total: run.report(done, total),
                           run.token, sheet)
    return ctx.op(owner, work)


def export(ctx: AppContext, owner: QObject, name: str, path: Path, f: ExportFilter,
           headers: Mapping[str, str], term: Term) -> Operation[int]:
    db = ctx.db

    def work(run: Running) -> int:
        return export_list(db, name, path, f, headers, term,
                           lambda done: run.report(done, 0), run.token)
    return ctx.op(owner, work)
