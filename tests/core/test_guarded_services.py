"""Issue 16 point 1: every role check is the service's own. This walks EVERY service of
app/services marked `guarded` and calls it as each role it does not allow (a dispatcher
calling a supervisor's or an admin's service, a supervisor calling an admin's): each is
refused before it does anything, and nothing is written."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.services
from app.db import Database
from app.errors import PermissionDenied
from app.models import AuditEntry, OutboxEntry
from app.models.enums import Role
from app.services.actor import Actor

SERVICES = Path(app.services.__file__).parent


def guarded_services() -> Iterator[Callable[..., Any]]:
    for found in pkgutil.iter_modules([str(SERVICES)], "app.services."):
        module = importlib.import_module(found.name)
        for value in vars(module).values():
            if getattr(value, "required_roles", None) and value.__module__ == module.__name__:
                yield value


CASES = [(service, role) for service in guarded_services() for role in Role
         if role not in service.required_roles]  # type: ignore[attr-defined]


def test_the_walk_finds_the_guarded_services() -> None:
    names = {s.__name__ for s, _ in CASES}
    assert {"create_user", "set_role", "reset_password", "set_active", "set_section",
            "set_response_hours", "set_tiles_path", "set_geocoder_settings",
            "publish_template", "set_backup_settings", "audit_trail", "import_file"} <= names


# Services whose role depends on the record's state, checked in the body and tested with it:
# a complaint's next stage (handled by anyone, reviewed and reported back by supervisors;
# tests/core/test_complaints.py tries the review as a dispatcher).
BY_STATE = {"complaints.py"}


def test_no_service_checks_a_role_by_hand() -> None:
    """A role check written in a service's body would escape the walk below."""
    for path in SERVICES.glob("*.py"):
        if path.name == "actor.py" or path.name in BY_STATE:
            continue
        calls = [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Attribute) and node.attr == "require"]
        assert calls == [], f"{path.name} checks a role itself: use @guarded"


def writes(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (int(s.scalar(select(func.count(AuditEntry.id))) or 0),
                int(s.scalar(select(func.count(OutboxEntry.seq))) or 0))


@pytest.mark.parametrize(("service", "role"), CASES,
                         ids=[f"{s.__module__.rsplit('.', 1)[1]}.{s.__name__}-{r.value}"
                              for s, r in CASES])
def test_a_guarded_service_refuses_the_roles_it_does_not_allow(
        db: Database, admin: Actor, service: Callable[..., Any], role: Role) -> None:
    actor = Actor(admin.user_id, "someone", role, admin.station_id, admin.station_code)
    arguments = {name: (db if name == "db" else actor if name == "actor" else None)
                 for name, p in inspect.signature(service).parameters.items()
                 if p.default is inspect.Parameter.empty}
    before = writes(db)
    with pytest.raises(PermissionDenied):
        service(**arguments)
    assert writes(db) == before
