"""`fielddesk users list|add|set-role|reset-password|disable|enable|passwd`: the desk's users on
the command line, signed in with `--as USER` (an admin, but for `list` and `passwd`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.common import db_option, existing_db
from app.cli.signed_in import (
    as_option,
    new_password,
    new_password_option,
    password_of,
    signed_in,
)
from app.db import Database
from app.errors import NotFoundError
from app.models.enums import Role
from app.services import user_admin
from app.services.actor import Actor
from app.services.password_rules import RULES
from app.services.users import UserInfo, create_user, list_users

ROLES = [r.value for r in Role]
USERNAME = "the user's sign-in name"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help="the desk's users and their roles")
    actions = users.add_subparsers(title="users commands", metavar="ACTION", required=True)
    common = [db_option(), as_option()]
    actions.add_parser("list", parents=common, help="every user, with role and state"
                       ).set_defaults(run=run_list)
    p = actions.add_parser("add", parents=common, help="a new user (admins)",
                           description=RULES.render())
    p.add_argument("username", help=USERNAME)
    p.add_argument("--name", required=True, help="the user's full name")
    p.add_argument("--role", choices=ROLES, default=Role.DISPATCHER.value,
                   help="what the user may do (default: dispatcher)")
    new_password_option(p)
    p.set_defaults(run=run_add)
    p = actions.add_parser("set-role", parents=common, help="change a user's role (admins)")
    p.add_argument("username", help=USERNAME)
    p.add_argument("role", choices=ROLES, help="the new role")
    p.set_defaults(run=run_set_role)
    p = actions.add_parser("reset-password", parents=common, description=RULES.render(),
                           help="a new password the user must change at the next sign-in "
                                "(admins)")
    p.add_argument("username", help=USERNAME)
    new_password_option(p)
    p.set_defaults(run=run_reset)
    for name, active in (("disable", False), ("enable", True)):
        p = actions.add_parser(name, parents=common,
                               help=f"{name} a user's account (admins; users are never deleted)")
        p.add_argument("username", help=USERNAME)
        p.set_defaults(run=run_disable if not active else run_enable)
    p = actions.add_parser("passwd", parents=common, help="change your own password",
                           description=RULES.render())
    new_password_option(p)
    p.set_defaults(run=run_passwd)


def _line(u: UserInfo) -> str:
    state = "active" if u.active else "disabled"
    if u.must_change_password:
        state += ", must change password"
    return f"{u.username:<20} {u.role.value:<11} {state:<32} {u.display_name}"


def _find(db: Database, username: str) -> UserInfo:
    for user in list_users(db):
        if user.username == username:
            return user
    raise NotFoundError("There is no user {username}.", username=username)


def _as_user(args: argparse.Namespace, work: Callable[[Database, Actor], str],
             changing_password: bool = False) -> int:
    db = existing_db(args)
    try:
        print(work(db, signed_in(db, args, changing_password)))
    finally:
        db.dispose()
    return 0


def run_list(args: argparse.Namespace) -> int:
    return _as_user(args, lambda db, _actor: "\n".join(_line(u) for u in list_users(db)))


def run_add(args: argparse.Namespace) -> int:
    def add(db: Database, actor: Actor) -> str:
        actor.require(Role.ADMIN)  # before asking for the new password
        info, _ = create_user(db, actor, args.username, args.name, Role(args.role),
                              new_password(args))
        return f"added {_line(info)}"
    return _as_user(args, add)


def run_set_role(args: argparse.Namespace) -> int:
    return _as_user(args, lambda db, actor: "changed " + _line(user_admin.set_role(
        db, actor, _find(db, args.username).id, args.role)[0]))


def run_reset(args: argparse.Namespace) -> int:
    def reset(db: Database, actor: Actor) -> str:
        actor.require(Role.ADMIN)
        user = _find(db, args.username)
        info, _ = user_admin.reset_password(db, actor, user.id, new_password(args))
        return f"reset {_line(info)}"
    return _as_user(args, reset)


def run_disable(args: argparse.Namespace) -> int:
    return _as_user(args, lambda db, actor: "disabled " + _line(user_admin.set_active(
        db, actor, _find(db, args.username).id, False)[0]))


def run_enable(args: argparse.Namespace) -> int:
    return _as_user(args, lambda db, actor: "enabled " + _line(user_admin.set_active(
        db, actor, _find(db, args.username).id, True)[0]))


def run_passwd(args: argparse.Namespace) -> int:
    def change(db: Database, actor: Actor) -> str:
        # The current password is the one --as signed in with (asked once).
        user_admin.change_own_password(db, actor, password_of(args), new_password(args))
        return f"changed the password of {actor.username}"
    return _as_user(args, change, changing_password=True)
