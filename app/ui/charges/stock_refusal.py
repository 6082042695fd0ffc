"""The stock's refusal to go below zero, told apart from other refusals: a supervisor is then
asked for the reason and the write is tried again with it."""

from __future__ import annotations

from app.errors import ValidationError

BELOW_ZERO = "a supervisor may take stock below zero with a reason"


def below_zero(exc: BaseException) -> bool:
    return isinstance(exc, ValidationError) and BELOW_ZERO in exc.text.template
