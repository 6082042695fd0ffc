"""Printing through CUPS (Linux, macOS): the document's own PDF is sent as it is, with the
printer, copies, collation, page range, sides, paper and colour the print dialog chose; the
print system lays it out for the printer. Success means the server accepted the job;
`job_state` reads what became of it.

A printer that does not exist, is paused, or refuses jobs is named in one sentence
(`PrinterUnavailable`) before anything is sent.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from app.errors import DomainError
from app.printing import libcups
from app.printing.page_ranges import Ranges, cups_ranges

Step = Callable[[int, int], None]  # bytes sent, bytes in all (it may raise to stop)
CHUNK = 256 * 1024
IPP_NOT_FOUND = 0x0406
IPP_NOT_ACCEPTING = 0x0506
PRINTER_STOPPED = "5"
A4 = "A4"


class PrinterUnavailable(DomainError):
    """The print system or the printer cannot take the job: nothing was sent."""


class JobState(IntEnum):
    """ipp_jstate_t."""

    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9

    @property
    def final(self) -> bool:
        return self >= JobState.CANCELED


@dataclass(frozen=True)
class JobOptions:
    printer: str  # a CUPS destination, "queue" or "queue/instance"
    title: str
    copies: int = 1
    collate: bool = True
    ranges: Ranges = ()  # none: every page
    sides: str = "one-sided"  # or two-sided-long-edge, two-sided-short-edge
    media: str = A4  # the paper's name as CUPS knows it (PPD or PWG)
    monochrome: bool = False

    @property
    def queue(self) -> str:
        return self.printer.partition("/")[0]

    def ipp(self) -> dict[str, str]:
        """The job's options as `lp -o` would send them."""
        options = {"copies": str(max(self.copies, 1)), "collate": str(self.collate).lower(),
                   "sides": self.sides, "media": self.media}
        if self.ranges:
            options["page-ranges"] = cups_ranges(self.ranges)
        if self.media != A4:  # the A4 page made to fit the other paper, whole
            options["print-scaling"] = "fit"
        if self.monochrome:
            options["print-color-mode"] = "monochrome"
        return options


@dataclass(frozen=True)
class Submitted:
    job: int
    queue: str


def available() -> bool:
    """True where printing goes through CUPS (libcups is there)."""
    return libcups.load() is not None


def _lib() -> ctypes.CDLL:
    lib = libcups.load()
    if lib is None:
        raise RuntimeError("no CUPS on this system")  # callers check `available()` first
    return lib


def _unreachable() -> PrinterUnavailable:
    return PrinterUnavailable("The print system does not answer, so nothing was sent: check "
                              "that the printing service (CUPS) is running, then try again.")


def check_printer(printer: str) -> None:
    """Raise `PrinterUnavailable` unless `printer` exists, is not paused and takes jobs."""
    if not printer:
        raise PrinterUnavailable("No printer is set up on this computer, so nothing was "
                                 "sent: add one in the system's printer settings.")
    lib = _lib()
    attributes = libcups.dest_options(lib, printer)
    if attributes is None:
        status, _message = libcups.last_error(lib)
        # libcups says "not found" when there is no server to ask, too
        if status == IPP_NOT_FOUND and libcups.answers(lib):
            raise PrinterUnavailable("The printer {printer} is not set up on this computer, so "
                                     "nothing was sent: choose another printer.",
                                     printer=printer)
        raise _unreachable()
    if attributes.get("printer-is-accepting-jobs", "true").lower() != "true":
        raise PrinterUnavailable("The printer {printer} is not accepting jobs, so nothing was "
                                 "sent: choose another printer, or ask whoever looks after it.",
                                 printer=printer)
    if attributes.get("printer-state") == PRINTER_STOPPED:
        raise PrinterUnavailable("The printer {printer} is paused, so nothing was sent: resume "
                                 "it in the system's printer settings, or choose another "
                                 "printer.", printer=printer)


def _refused(lib: ctypes.CDLL, printer: str) -> PrinterUnavailable:
    status, message = libcups.last_error(lib)
    if status == IPP_NOT_ACCEPTING:
        return PrinterUnavailable("The printer {printer} is not accepting jobs, so nothing was "
                                  "sent: choose another printer, or ask whoever looks after "
                                  "it.", printer=printer)
    return PrinterUnavailable("The printer {printer} refused the job ({reason}), so nothing "
                              "was printed.", printer=printer, reason=message or hex(status))


def submit(pdf: bytes, job: JobOptions, step: Step | None = None) -> Submitted:
    """Check the printer, then stream the PDF to it as one job; `step` after each part.
    A `step` that raises (a cancel) cancels the job on the server, then re-raises."""
    check_printer(job.printer)
    lib = _lib()
    queue = job.queue.encode()
    count, options = 0, ctypes.POINTER(libcups.Option)()
    for name, value in job.ipp().items():
        count = lib.cupsAddOption(name.encode(), value.encode(), count, ctypes.byref(options))
    try:
        job_id = lib.cupsCreateJob(libcups.HTTP_DEFAULT, queue, job.title.encode(), count,
                                   options)
    finally:
        lib.cupsFreeOptions(count, options)
    if job_id <= 0:
        raise _refused(lib, job.printer)
    try:
        _send(lib, queue, job_id, job.title, pdf, step)
    except BaseException:
        lib.cupsCancelJob2(libcups.HTTP_DEFAULT, queue, job_id, 1)
        raise
    return Submitted(job_id, job.queue)


def _send(lib: ctypes.CDLL, queue: bytes, job_id: int, title: str, pdf: bytes,
          step: Step | None) -> None:
    if lib.cupsStartDocument(libcups.HTTP_DEFAULT, queue, job_id, title.encode(),
                             libcups.FORMAT_PDF, 1) != libcups.HTTP_CONTINUE:
        raise _refused(lib, queue.decode())
    sent, total, stopped = 0, len(pdf), None
    data = memoryview(pdf)
    while sent < total:
        part = bytes(data[sent:sent + CHUNK])
        if lib.cupsWriteRequestData(libcups.HTTP_DEFAULT, part,
                                    len(part)) != libcups.HTTP_CONTINUE:
            break
        sent += len(part)
        try:
            if step is not None:
                step(sent, total)
        except BaseException as exc:  # the request must end before the job is cancelled
            stopped = exc
            break
    status = lib.cupsFinishDocument(libcups.HTTP_DEFAULT, queue)
    if stopped is not None:
        raise stopped
    if sent < total or status > libcups.IPP_OK_MAX:
        raise _refused(lib, queue.decode())


def job_state(submitted: Submitted) -> JobState | None:
    """What the server says of the job now (None: it does not know it, or does not answer)."""
    state = libcups.job_states(_lib(), submitted.queue).get(submitted.job, 0)
    return JobState(state) if state in JobState._value2member_map_ else None
