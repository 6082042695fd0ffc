"""The stock's refusal to go below zero, told apart from other refusals: a supervisor is then
asked for the reason and the write is tried again with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import ValidationError
from app.services.actor import Actor
from app.ui.dialogs.prompts import Prompter
from app.ui.i18n import error_text

BELOW_ZERO = "a supervisor may take stock below zero with a reason"


def below_zero(exc: BaseException) -> bool:
    return isinstance(exc, ValidationError) and BELOW_ZERO in exc.text.template


def supervisor_reason(actor: Actor, prompter: Prompter, parent: QWidget,
                      exc: BaseException) -> str | None:
    """The reason a supervisor gives to take stock below zero (None: not this refusal, not a
    supervisor, or no reason given)."""
    if not below_zero(exc) or not actor.is_supervisor:
        return None
    reason = prompter.reason(
        parent, QCoreApplication.translate("StockRefusal", "Stock below zero"),
        QCoreApplication.translate("StockRefusal", "{problem}\nGive the reason to go on:")
        .format(problem=error_text(exc)))
    return reason or None
