"""The few calls of libcups (CUPS's own client library, the one Qt's print dialog lists printers
with) that printing needs, through ctypes: a destination and its state, a job streamed to it,
the state of a job, cancelling one. libcups finds the server the way every CUPS client does
(`CUPS_SERVER`, client.conf, the local socket); its default connection is per thread.

Only where there is a libcups (Linux, macOS); `load()` returns None elsewhere (Windows).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from ctypes import POINTER, Structure, c_char_p, c_int, c_long, c_size_t, c_void_p

HTTP_DEFAULT = None  # CUPS_HTTP_DEFAULT: the thread's connection to the default server
HTTP_CONTINUE = 100  # http_status_t: the server waits for more of the document
WHICHJOBS_ALL = -1
WHICHJOBS_ACTIVE = 0
IPP_OK_MAX = 0x00FF  # ipp_status_t below this: successful (maybe with substitutions)
FORMAT_PDF = b"application/pdf"


class Option(Structure):
    _fields_ = [("name", c_char_p), ("value", c_char_p)]


class Dest(Structure):
    _fields_ = [("name", c_char_p), ("instance", c_char_p), ("is_default", c_int),
                ("num_options", c_int), ("options", POINTER(Option))]


class Job(Structure):
    # time_t is a C long on the LP64 systems libcups runs on (Linux, macOS)
    _fields_ = [("id", c_int), ("dest", c_char_p), ("title", c_char_p), ("user", c_char_p),
                ("format", c_char_p), ("state", c_int), ("size", c_int), ("priority", c_int),
                ("completed_time", c_long), ("creation_time", c_long),
                ("processing_time", c_long)]


_SIGNATURES: dict[str, tuple[object, list[object]]] = {
    "cupsGetNamedDest": (POINTER(Dest), [c_void_p, c_char_p, c_char_p]),
    "cupsFreeDests": (None, [c_int, POINTER(Dest)]),
    "cupsGetOption": (c_char_p, [c_char_p, c_int, POINTER(Option)]),
    "cupsAddOption": (c_int, [c_char_p, c_char_p, c_int, POINTER(POINTER(Option))]),
    "cupsFreeOptions": (None, [c_int, POINTER(Option)]),
    "cupsCreateJob": (c_int, [c_void_p, c_char_p, c_char_p, c_int, POINTER(Option)]),
    "cupsStartDocument": (c_int, [c_void_p, c_char_p, c_int, c_char_p, c_char_p, c_int]),
    "cupsWriteRequestData": (c_int, [c_void_p, c_char_p, c_size_t]),
    "cupsFinishDocument": (c_int, [c_void_p, c_char_p]),
    "cupsCancelJob2": (c_int, [c_void_p, c_char_p, c_int, c_int]),
    "cupsGetJobs2": (c_int, [c_void_p, POINTER(POINTER(Job)), c_char_p, c_int, c_int]),
    "cupsFreeJobs": (None, [c_int, POINTER(Job)]),
    "cupsLastError": (c_int, []),
    "cupsLastErrorString": (c_char_p, []),
}


@functools.cache
def load() -> ctypes.CDLL | None:
    """libcups with the signatures above, or None where the platform has none."""
    if sys.platform == "win32":
        return None
    name = ctypes.util.find_library("cups")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    for function, (restype, argtypes) in _SIGNATURES.items():
        call = getattr(lib, function)
        call.restype, call.argtypes = restype, argtypes
    return lib


def last_error(lib: ctypes.CDLL) -> tuple[int, str]:
    """The ipp_status_t of the thread's last request and its message."""
    message = lib.cupsLastErrorString()
    return int(lib.cupsLastError()), message.decode("utf-8", "replace") if message else ""


def dest_options(lib: ctypes.CDLL, name: str) -> dict[str, str] | None:
    """The destination's attributes and default options (printer-state,
    printer-is-accepting-jobs...), or None when the server has no such destination."""
    queue, _slash, instance = name.partition("/")
    dest = lib.cupsGetNamedDest(HTTP_DEFAULT, queue.encode(), instance.encode() or None)
    if not dest:
        return None
    try:
        found = dest.contents
        return {found.options[i].name.decode(): (found.options[i].value or b"").decode()
                for i in range(found.num_options)}
    finally:
        lib.cupsFreeDests(1, dest)


def job_states(lib: ctypes.CDLL, queue: str) -> dict[int, int]:
    """Job id -> ipp_jstate_t of every job the server remembers on `queue`."""
    jobs = POINTER(Job)()
    count = lib.cupsGetJobs2(HTTP_DEFAULT, ctypes.byref(jobs), queue.encode(), 0,
                             WHICHJOBS_ALL)
    try:
        return {jobs[i].id: jobs[i].state for i in range(max(count, 0))}
    finally:
        if count > 0:
            lib.cupsFreeJobs(count, jobs)


def answers(lib: ctypes.CDLL) -> bool:
    """Whether the print system answers at all (asked for the user's active jobs: a request
    every server takes, where an unknown printer's is refused as one that is missing)."""
    jobs = POINTER(Job)()
    count = lib.cupsGetJobs2(HTTP_DEFAULT, ctypes.byref(jobs), None, 1, WHICHJOBS_ACTIVE)
    if count > 0:
        lib.cupsFreeJobs(count, jobs)
    return int(count) >= 0
