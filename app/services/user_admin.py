"""Managing the desk's users (admins only): change a role, reset a password, disable or enable
an account; and a user's own password change. Users are never deleted: the audit trail names
them. Every change is audited (a password as "(changed)", never its hash) and synced.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import AuthError, ValidationError
from app.models import User
from app.models.enums import Role
from app.services.actor import ADMINS, Actor, guarded
from app.services.changes import Changes
from app.services.password_rules import check_password
from app.services.recording import record, snapshot
from app.services.rows import fetch
from app.services.users import UserInfo, check_display_name, hash_password, hidden_hashes, verified
from app.texts import Text

USER = Text("user")


def _change(s: Session, actor: Actor, user: User, values: dict[str, object],
            action: str) -> UserInfo:
    before = snapshot(user)
    for key, value in values.items():
        setattr(user, key, value)
    record(s, actor, user, action, before, shown=hidden_hashes)
    return UserInfo.of(user)


def _keeps_an_admin(s: Session, user: User) -> None:
    """Refuse to take the last active admin away (no one could manage users any more)."""
    others = s.scalar(select(func.count(User.id)).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.deleted.is_(False),
        User.id != user.id))
    if user.role == Role.ADMIN.value and user.active and not others:
        raise ValidationError("{username} is the last active admin; make another user an admin "
                              "first.", username=user.username)


@guarded(*ADMINS)
def set_role(db: Database, actor: Actor, user_id: str, role: Role | str) -> tuple[UserInfo,
                                                                                  Changes]:
    role = Role(role)
    with db.session() as s:
        user = fetch(s, User, user_id, USER)
        if role is not Role.ADMIN:
            _keeps_an_admin(s, user)
        return _change(s, actor, user, {"role": role.value}, "set_role"), Changes.USERS


@guarded(*ADMINS)
def rename_user(db: Database, actor: Actor, user_id: str, display_name: str
                ) -> tuple[UserInfo, Changes]:
    display_name = check_display_name(display_name)
    with db.session() as s:
        user = fetch(s, User, user_id, USER)
        return _change(s, actor, user, {"display_name": display_name}, "update"), Changes.USERS


@guarded(*ADMINS)
def set_active(db: Database, actor: Actor, user_id: str, active: bool) -> tuple[UserInfo,
                                                                                Changes]:
    """Disable (active False: the user cannot sign in any more) or enable an account."""
    with db.session() as s:
        user = fetch(s, User, user_id, USER)
        if not active:
            if user.id == actor.user_id:
                raise ValidationError("You cannot disable your own account.")
            _keeps_an_admin(s, user)
        action = "enable" if active else "disable"
        return _change(s, actor, user, {"active": active}, action), Changes.USERS


@guarded(*ADMINS)
def reset_password(db: Database, actor: Actor, user_id: str, password: str
                   ) -> tuple[UserInfo, Changes]:
    """Give the user a new password, which they must change at their next sign-in."""
    with db.session() as s:
        user = fetch(s, User, user_id, USER)
        check_password(password, user.username)
        values = {"password_hash": hash_password(password), "must_change_password": True}
        return _change(s, actor, user, values, "reset_password"), Changes.USERS


def change_own_password(db: Database, actor: Actor, current: str, new: str) -> Changes:
    """The signed-in user's own password: the current one first (a wrong one is AuthError),
    then the new one by the rules; it clears a reset's "must change"."""
    with db.session() as s:
        user = fetch(s, User, actor.user_id or "", USER)
        if not user.active or not verified(user.password_hash, current):
            raise AuthError("The current password is wrong.")
        check_password(new, user.username, current)
        _change(s, actor, user, {"password_hash": hash_password(new),
                                 "must_change_password": False}, "change_password")
    return Changes.USERS
