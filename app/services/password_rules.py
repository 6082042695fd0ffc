"""What a password must be (stated in the Users and password dialogs, enforced here)."""

from __future__ import annotations

from app.errors import ValidationError
from app.services import validation as v
from app.texts import Text

MIN_PASSWORD = 8
MAX_PASSWORD = 1024
COMMON = frozenset({"password", "password1", "12345678", "123456789", "1234567890",
                    "87654321", "11111111", "88888888", "qwertyui", "qwerty123", "abc12345",
                    "iloveyou", "admin123", "fielddesk", "a1234567", "1qaz2wsx"})
RULES = Text("A password has at least {minimum} characters, is not only digits or one "
             "repeated character, is not the user name or a common password, and differs "
             "from the one it replaces.", {"minimum": MIN_PASSWORD})
"""The rules as one sentence, for the dialogs that ask for a password."""


def check_password(password: str, username: str, current: str | None = None) -> str:
    """`password` if it keeps the rules, else ValidationError naming the one it breaks.
    `current`: the password it replaces, when the user typed it."""
    v.storable(password, Text("password"))
    if len(password) < MIN_PASSWORD:
        raise ValidationError("The password must have at least {minimum} characters.",
                              minimum=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ValidationError("The password must have at most {maximum} characters.",
                              maximum=MAX_PASSWORD)
    if password.isdigit() or len(set(password)) == 1:
        raise ValidationError("The password must not be only digits or one repeated "
                              "character.")
    folded = password.casefold()
    if folded == username.casefold() or folded in COMMON:
        raise ValidationError("The password must not be the user name or a common password.")
    if current is not None and password == current:
        raise ValidationError("The new password must differ from the current one.")
    return password
