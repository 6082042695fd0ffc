"""What the renderers hand back, importable without loading reportlab (the app imports these
at start; the renderers load when the first document is made)."""

from __future__ import annotations


class Pdf(bytes):
    """A rendered document: its bytes, and how many pages it has."""

    pages: int

    def __new__(cls, data: bytes, pages: int) -> Pdf:
        pdf = super().__new__(cls, data)
        pdf.pages = pages
        return pdf


class Cancelled(Exception):  # not "...Error": the user asked for it
    """The batch was cancelled before it was finished."""
