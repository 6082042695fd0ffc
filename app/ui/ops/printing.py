"""Printing: lay out a document in the database lane (it reads the job's data), then hand the
PDF to what follows (rasterising for the preview or the printer), with progress and Cancel;
record the job sheets a document held once it went out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject

from app.cancel import Cancelled
from app.printing.document import Cancelled as PrintCancelled
from app.printing.document import Pdf
from app.services.printed_sheets import SheetPrint, record_printed
from app.ui.context import AppContext
from app.ui.operation import Operation, Running

T = TypeVar("T")
Progress = Callable[[int, int], None]
Produce = Callable[[Callable[[], bool], Progress], Pdf]  # (cancelled, progress) -> the PDF


def render(ctx: AppContext, owner: QObject, produce: Produce,
           then: Callable[[Pdf, Progress], T], layout_label: str,
           pages_label: str) -> Operation[T]:
    """`produce` the PDF, then `then(pdf, progress)`; each stage reports under its label."""

    def work(run: Running) -> T:
        def stage(label: str) -> Progress:
            def step(done: int, total: int) -> None:
                run.check()
                run.report(done, total, label)
            return step

        try:
            pdf = produce(run.cancelled, stage(layout_label))
        except PrintCancelled:
            raise Cancelled from None
        return then(pdf, stage(pages_label))
    return ctx.op(owner, work)


def record_sheets(ctx: AppContext, owner: QObject, sheets: Sequence[SheetPrint]
                  ) -> Operation[int]:
    """Record the sheets as printed by the signed-in user (`printed_sheets.record_printed`)."""
    db, actor, printed = ctx.db, ctx.actor, tuple(sheets)
    return ctx.op(owner, lambda _run: record_printed(db, actor, printed))
