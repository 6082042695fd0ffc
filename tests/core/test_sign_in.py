"""Sign-in as an attacker tries it: guessing passwords locks the name, and a name no user has
answers the same, at the same cost (one argon2 verification), as a known one."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import func, select

from app.db import Database, open_database
from app.errors import AuthError
from app.models import AuditEntry, OutboxEntry, SignInLock, User
from app.services import users
from app.services.actor import Actor
from app.services.sign_in_locks import FAILED, LOCK_MINUTES, LOCKED, MAX_FAILURES
from app.services.users import authenticate
from app.sync.tables import synced_tables
from tests.core.conftest import PASSWORD

NOW = dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC)  # 09:00 in Nanjing


class CountingHasher(PasswordHasher):
    """The real argon2 hasher, counting its verifications."""

    verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        type(self).verified += 1
        return super().verify(hash, password)


@pytest.fixture
def hasher(monkeypatch: pytest.MonkeyPatch) -> type[CountingHasher]:
    CountingHasher.verified = 0
    monkeypatch.setattr(users, "_hasher", CountingHasher())
    return CountingHasher


def fail(db: Database, name: str, times: int, at: dt.datetime = NOW) -> list[str]:
    sentences = []
    for _ in range(times):
        with pytest.raises(AuthError) as refused:
            authenticate(db, name, "guess-" + name, now=at)
        sentences.append(str(refused.value))
    return sentences


def audit(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(e.action, e.username) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.like("sign-in%")).order_by(AuditEntry.at))]


def test_five_failures_lock_the_account_even_against_the_right_password(
        db: Database, dispatcher: Actor) -> None:
    sentences = fail(db, "disp", MAX_FAILURES)
    assert sentences[:-1] == ["Wrong user name or password."] * (MAX_FAILURES - 1)
    assert sentences[-1] == ("This account is locked after 5 failed sign-ins; try again after "
                             "2026-12-07 09:15.")
    with pytest.raises(AuthError, match="locked .* try again after 2026-12-07 09:15"):
        authenticate(db, "disp", PASSWORD, now=NOW + dt.timedelta(minutes=LOCK_MINUTES - 1))
    assert audit(db) == [(FAILED, "disp")] * MAX_FAILURES + [(LOCKED, "disp")]
    with db.session() as s:
        user_id = s.scalar(select(User.id).where(User.username == "disp"))
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action.like("sign-in%"))).all()
    assert {(e.entity, e.entity_id, e.user_id) for e in entries} == {("users", user_id, user_id)}


def test_the_lock_ends_after_its_time_and_a_success_clears_the_count(
        db: Database, dispatcher: Actor) -> None:
    fail(db, "disp", MAX_FAILURES)
    later = NOW + dt.timedelta(minutes=LOCK_MINUTES, seconds=1)
    assert authenticate(db, "disp", PASSWORD, now=later).username == "disp"
    fail(db, "disp", MAX_FAILURES - 1, later)
    authenticate(db, "disp", PASSWORD, now=later)  # the count starts again
    assert fail(db, "disp", MAX_FAILURES - 1, later) == ["Wrong user name or password."] * 4
    assert authenticate(db, "disp", PASSWORD, now=later).username == "disp"


def test_an_unknown_name_answers_and_locks_like_a_known_one(db: Database,
                                                           dispatcher: Actor) -> None:
    """Neither the sentence nor the lock tells an attacker which names exist."""
    assert fail(db, "nobody", MAX_FAILURES) == fail(db, "disp", MAX_FAILURES)
    assert audit(db)[MAX_FAILURES] == (LOCKED, "nobody")


def test_every_sign_in_costs_exactly_one_hash_verification(
        db: Database, dispatcher: Actor, hasher: type[CountingHasher]) -> None:
    attempts = [("disp", PASSWORD), ("disp", "wrong-password"), ("nobody", PASSWORD),
                ("x", PASSWORD), ("disp", "broken \udc80 character"), ("a" * 10_000, "p")]
    for name, password in attempts:
        before = hasher.verified
        with contextlib.suppress(AuthError):
            authenticate(db, name, password, now=NOW)
        assert hasher.verified == before + 1, name[:10]
    fail(db, "disp", MAX_FAILURES)
    before = hasher.verified
    with pytest.raises(AuthError, match="locked"):
        authenticate(db, "disp", PASSWORD, now=NOW)
    assert hasher.verified == before + 1


def test_the_unknown_name_is_checked_against_a_hash_as_costly_as_a_users(
        db: Database, dispatcher: Actor) -> None:
    with db.session() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "disp"))
    assert stored is not None
    assert extract_parameters(users._dummy_hash()) == extract_parameters(stored)


def test_the_lock_is_kept_in_the_database_and_never_synced(tmp_path: Path, db: Database,
                                                           dispatcher: Actor) -> None:
    fail(db, "disp", MAX_FAILURES)
    path = Path(str(db.engine.url.database))
    db.dispose()
    again = open_database(path)  # a restarted desk
    try:
        with pytest.raises(AuthError, match="locked"):
            authenticate(again, "disp", PASSWORD, now=NOW)
        with again.session() as s:
            assert s.scalar(select(SignInLock.locked_until)) == NOW + dt.timedelta(minutes=15)
            assert not s.scalar(select(func.count(OutboxEntry.seq)).where(
                OutboxEntry.table_name.in_(["sign_in_locks", "users"]),
                OutboxEntry.op != "insert"))
    finally:
        again.dispose()
    assert "sign_in_locks" not in {t.name for t in synced_tables()}
