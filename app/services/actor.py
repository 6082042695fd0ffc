"""Who is acting: every write names its user and station."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import PermissionDenied
from app.models.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    username: str
    role: Role
    station_id: str
    station_code: str
    timezone: str = "Asia/Shanghai"

    def require(self, *roles: Role) -> None:
        if self.role not in roles:
            raise PermissionDenied("Only a user with role {roles} may do this.",
                                   roles=list(roles))

    @property
    def is_supervisor(self) -> bool:
        return self.role in (Role.SUPERVISOR, Role.ADMIN)
