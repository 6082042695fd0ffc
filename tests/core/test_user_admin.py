"""Issue 16 point 1: admins add users, change roles, reset passwords (changed at the next
sign-in) and disable accounts, never deleting one; everyone changes their own password; the
password rules hold everywhere; every change is audited without a password hash."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import AuthError, PermissionDenied, ValidationError
from app.models import AuditEntry, OutboxEntry, User
from app.models.enums import Role
from app.services.actor import Actor
from app.services.password_rules import check_password
from app.services.user_admin import (
    change_own_password,
    rename_user,
    reset_password,
    set_active,
    set_role,
)
from app.services.users import authenticate, create_user, list_users
from tests.core.conftest import PASSWORD


def user_id(db: Database, username: str) -> str:
    return next(u.id for u in list_users(db) if u.username == username)


def test_an_admin_changes_a_role_and_the_next_sign_in_has_it(db: Database, admin: Actor,
                                                             dispatcher: Actor) -> None:
    info, _ = set_role(db, admin, user_id(db, "disp"), Role.SUPERVISOR)
    assert info.role is Role.SUPERVISOR
    assert authenticate(db, "disp", PASSWORD).role is Role.SUPERVISOR
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "set_role")).one()
        assert (entry.before["role"], entry.after["role"]) == ("dispatcher", "supervisor")
        assert s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == info.id,
                                                   OutboxEntry.op == "update")).all()


def test_a_reset_password_must_be_changed_at_the_next_sign_in(db: Database, admin: Actor,
                                                              dispatcher: Actor) -> None:
    reset_password(db, admin, user_id(db, "disp"), "temporary-42")
    with pytest.raises(AuthError):
        authenticate(db, "disp", PASSWORD)
    signed = authenticate(db, "disp", "temporary-42")
    assert signed.must_change_password
    with pytest.raises(ValidationError, match="differ from the current"):
        change_own_password(db, signed, "temporary-42", "temporary-42")
    change_own_password(db, signed, "temporary-42", "my-own-secret")
    assert not authenticate(db, "disp", "my-own-secret").must_change_password
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "users")).all()
    hashes = [e for e in entries if "$argon2" in str(e.before) + str(e.after)]
    assert hashes == []  # a password is "(changed)" in the audit log, never its hash
    reset = next(e for e in entries if e.action == "reset_password")
    assert (reset.after["password_hash"], reset.after["must_change_password"]) == (
        "(changed)", True)


def test_ones_own_password_needs_the_current_one(db: Database, dispatcher: Actor) -> None:
    with pytest.raises(AuthError, match="current password is wrong"):
        change_own_password(db, dispatcher, "not-it-at-all", "another-secret")
    change_own_password(db, dispatcher, PASSWORD, "another-secret")
    assert authenticate(db, "disp", "another-secret").username == "disp"


def test_a_disabled_user_cannot_sign_in_and_is_kept(db: Database, admin: Actor,
                                                     dispatcher: Actor) -> None:
    set_active(db, admin, user_id(db, "disp"), False)
    with pytest.raises(AuthError):
        authenticate(db, "disp", PASSWORD)
    assert [u.active for u in list_users(db) if u.username == "disp"] == [False]
    set_active(db, admin, user_id(db, "disp"), True)
    assert authenticate(db, "disp", PASSWORD).username == "disp"


def test_the_last_admin_and_oneself_are_kept(db: Database, admin: Actor) -> None:
    me = user_id(db, "admin")
    with pytest.raises(ValidationError, match="your own account"):
        set_active(db, admin, me, False)
    with pytest.raises(ValidationError, match="last active admin"):
        set_role(db, admin, me, Role.DISPATCHER)
    create_user(db, admin, "admin2", "第二管理员", Role.ADMIN, "second-admin")
    set_role(db, admin, me, Role.SUPERVISOR)  # another admin is there now
    with db.session() as s:
        assert s.scalar(select(User.role).where(User.username == "admin")) == "supervisor"


@pytest.mark.parametrize(("password", "words"), [
    ("short1", "at least 8"),
    ("12345678901", "only digits"),
    ("aaaaaaaaaa", "one repeated"),
    ("Password", "common password"),
    ("newuser1", "user name"),
])
def test_the_password_rules_hold_for_new_and_reset_passwords(
        db: Database, admin: Actor, dispatcher: Actor, password: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        create_user(db, admin, "newuser1", "新用户", Role.DISPATCHER, password)
    with pytest.raises(ValidationError, match=words):  # "the user name or a common password"
        reset_password(db, admin, user_id(db, "disp"),
                       "password1" if password == "newuser1" else password)
    assert check_password("a-good-one", "someone") == "a-good-one"


def test_other_roles_are_refused_and_nothing_changes(db: Database, supervisor: Actor,
                                                     dispatcher: Actor) -> None:
    target = user_id(db, "disp")
    for actor in (supervisor, dispatcher):
        with pytest.raises(PermissionDenied):
            set_role(db, actor, target, Role.ADMIN)
        with pytest.raises(PermissionDenied):
            reset_password(db, actor, target, "temporary-42")
        with pytest.raises(PermissionDenied):
            set_active(db, actor, target, False)
        with pytest.raises(PermissionDenied):
            rename_user(db, actor, target, "x")
    assert authenticate(db, "disp", PASSWORD).role is Role.DISPATCHER
