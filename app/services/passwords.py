"""The password hasher: argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile:
3 passes over 64 MiB in 4 lanes, about 0.1 s a hash, which is the point).

The test suite alone sets `FIELDDESK_TEST_CHEAP_HASHES=1` (tests/conftest.py, before FieldDesk
is imported, and so for the CLI it starts too): hashes then use argon2-cffi's cheapest profile,
for speed. Checking a password reads the parameters from the stored hash, so either kind
verifies. Without that variable, production parameters apply (tests/core/test_passwords.py).
"""

from __future__ import annotations

import os

from argon2 import PasswordHasher, profiles

CHEAP_HASHES_ENV = "FIELDDESK_TEST_CHEAP_HASHES"


def password_hasher() -> PasswordHasher:
    if os.environ.get(CHEAP_HASHES_ENV) == "1":
        return PasswordHasher.from_parameters(profiles.CHEAPEST)
    return PasswordHasher()
