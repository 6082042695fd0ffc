"""`app.printing.cups` against the session's throwaway CUPS server (tests/conftest.py), without
the GUI: what the server keeps of a job's options, a cancel while the PDF is on its way, and a
print system that does not answer."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.cancel import Cancelled
from app.printing import cups as print_system
from app.printing import libcups
from app.printing.cups import CHUNK, JobOptions, JobState, PrinterUnavailable
from tests.cups_server import CupsServer


@pytest.fixture
def queue(cups: CupsServer) -> Iterator[tuple[str, Path]]:
    name = f"Core_PDF_{uuid.uuid4().hex[:8]}"
    yield name, cups.add_pdf_queue(name)
    cups.remove_queue(name)


def document(pages: int, lines: int = 1) -> bytes:
    """A plain PDF; uncompressed, so that many lines make it large."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=0, invariant=True)
    for page in range(pages):
        for line in range(lines):
            canvas.drawString(40, 800 - (line % 60) * 12, f"page {page + 1} line {line} " * 4)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_server_keeps_the_dialogs_choices_with_the_job(
        cups: CupsServer, queue: tuple[str, Path]) -> None:
    name, _out = queue
    options = JobOptions(name, "Sheet", copies=2, collate=False, ranges=((1, 2), (4, 4)),
                         sides="two-sided-long-edge", media="Letter", monochrome=True)
    submitted = print_system.submit(document(4), options)

    kept = cups.attributes(submitted.job)
    assert kept["job-name"] == ["Sheet"]
    assert (kept["copies"], kept["collate"]) == ([2], [0])
    assert kept["page-ranges"] == [(1, 2), (4, 4)]
    assert kept["sides"] == ["two-sided-long-edge"]
    assert (kept["media"], kept["print-scaling"]) == (["Letter"], ["fit"])
    assert kept["print-color-mode"] == ["monochrome"]
    assert cups.spooled(submitted.job) == document(4)  # the PDF itself, as it was


def test_a_cancel_while_sending_cancels_the_job_on_the_server(
        cups: CupsServer, queue: tuple[str, Path]) -> None:
    name, out = queue
    pdf = document(120, lines=60)
    assert len(pdf) > 2 * CHUNK  # sent in parts
    sent: list[int] = []

    def step(done: int, total: int) -> None:
        sent.append(done)
        raise Cancelled  # the user's Cancel, seen after the first part

    with pytest.raises(Cancelled):
        print_system.submit(pdf, JobOptions(name, "Cancelled batch"), step)
    assert sent == [CHUNK]
    lib = libcups.load()
    assert lib is not None
    assert list(libcups.job_states(lib, name).values()) == [JobState.CANCELED]
    assert not list(out.glob("*.pdf"))


def test_a_print_system_that_does_not_answer_gets_its_sentence(
        cups: CupsServer, queue: tuple[str, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """libcups reads CUPS_SERVER once per thread: a new thread sees the server gone."""
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
    raised: list[BaseException] = []

    def submit() -> None:
        try:
            print_system.submit(document(1), JobOptions(queue[0], "Sheet"))
        except PrinterUnavailable as exc:
            raised.append(exc)
    thread = threading.Thread(target=submit)
    thread.start()
    thread.join()
    [exc] = raised
    assert str(exc) == ("The print system does not answer, so nothing was sent: check that "
                        "the printing service (CUPS) is running, then try again.")
