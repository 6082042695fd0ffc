"""The sheet's QR code: the job id and the hash of the content the sheet shows.

A scanner (or `read_qr_payload`) gets both back, so a paper sheet can be matched with its job
and checked against the job's current content. The payload is upper case (UUID and hex digits
are then QR "alphanumeric" characters, the compact mode). The modules are drawn as vector
rectangles, one per run of dark modules in a row, written to the page in one go.
"""

from __future__ import annotations

import re

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.platypus import Flowable

PREFIX = "FIELDDESK"
_PAYLOAD = re.compile(rf"^{PREFIX}:([0-9A-F-]{{36}}):([0-9A-F]{{64}})$")
MASK = 2  # mask pattern 2: every third column
QUIET = 2  # modules of white margin inside the flowable (the page around it is white too)


def qr_payload(job_id: str, content_hash: str) -> str:
    return f"{PREFIX}:{job_id}:{content_hash}".upper()


def read_qr_payload(text: str) -> tuple[str, str]:
    """(job id, content hash) from a scanned payload; ValueError if it is not a sheet's."""
    found = _PAYLOAD.match(text.strip().upper())
    if found is None:
        raise ValueError("not a FieldDesk job sheet code")
    return found[1].lower(), found[2].lower()


def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's modules, row by row (True = dark); error correction level M.

    The mask pattern is fixed rather than chosen by scoring all eight (`QRCode.make`): any
    mask gives a valid code that readers decode, and scoring took 5 ms of a 30 ms sheet.
    """
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()  # type: ignore[no-untyped-call]  # (stub untyped)
    code.makeImpl(False, MASK)
    modules: list[list[bool | None]] = code.modules
    return [[bool(dark) for dark in row] for row in modules]


def _runs(row: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules."""
    runs, start = [], None
    for col, dark in enumerate([*row, False]):
        if dark and start is None:
            start = col
        elif not dark and start is not None:
            runs.append((start, col - start))
            start = None
    return runs


class QrCode(Flowable):
    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload, self.size = payload, size
        self.matrix = qr_matrix(payload)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.matrix)
        unit = self.size / (count + 2 * QUIET)
        ops = [f"q 0 g {unit:.4f} 0 0 {unit:.4f} 0 0 cm"]
        for r, row in enumerate(self.matrix):
            y = count + QUIET - 1 - r  # PDF y grows upwards
            ops.extend(f"{QUIET + c} {y} {n} 1 re" for c, n in _runs(row))
        ops.append("f Q")
        self.canv.addLiteral("\n".join(ops))
