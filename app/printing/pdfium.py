"""PDFium (through pypdfium2), loaded with the first document that needs it, and the lock that
keeps it to one document at a time (PDFium is not thread-safe: the preview's pages, a print's
pages and a page selection may be made on different threads)."""

from __future__ import annotations

import threading
from typing import Any

LOCK = threading.RLock()


def pdfium() -> Any:
    """The pypdfium2 module (not imported at the application's start)."""
    import pypdfium2  # type: ignore[import-untyped]

    return pypdfium2
