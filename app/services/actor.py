"""Who is acting: every write names its user and station; `guarded` services check the role."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from app.errors import PermissionDenied
from app.models.enums import Role

P = ParamSpec("P")
T = TypeVar("T")
SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)
ADMINS = (Role.ADMIN,)


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    username: str
    role: Role
    station_id: str
    station_code: str
    timezone: str = "Asia/Shanghai"
    must_change_password: bool = False  # signed in with a password an admin reset

    def require(self, *roles: Role) -> None:
        if self.role not in roles:
            raise PermissionDenied("Only a user with role {roles} may do this.",
                                   roles=list(roles))

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def guarded(*roles: Role) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """A service only `roles` may call: the role of its `actor` argument is checked before
    anything else runs (PermissionDenied). `required_roles` on the service names them, so a
    test walks every guarded service (tests/core/test_guarded_services.py)."""

    def wrap(service: Callable[P, T]) -> Callable[P, T]:
        signature = inspect.signature(service)
        if "actor" not in signature.parameters:
            raise TypeError(f"{service.__qualname__} has no actor to check")

        @functools.wraps(service)
        def checked(*args: P.args, **kwargs: P.kwargs) -> T:
            actor = signature.bind_partial(*args, **kwargs).arguments["actor"]
            if not isinstance(actor, Actor):
                raise PermissionDenied("Sign in first.")
            actor.require(*roles)
            return service(*args, **kwargs)

        checked.required_roles = roles  # type: ignore[attr-defined]
        return checked

    return wrap
