"""The pages of a document that a print dialog's range chooses, and a PDF of only those pages.

A range is `(first, last)`, 1-based and inclusive, as Qt's `QPageRanges` and CUPS's
`page-ranges` ("2-3,5") give them; no ranges means every page. Copies of a selection are laid
out collated (1 2 3 1 2 3) or not (1 1 2 2 3 3), as a printer that makes its own copies would.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from app.errors import ValidationError
from app.printing.document import Pdf
from app.printing.pdfium import LOCK, pdfium

Ranges = Sequence[tuple[int, int]]


def cups_ranges(ranges: Ranges) -> str:
    """`[(2, 3), (5, 5)]` as "2-3,5" (CUPS's `page-ranges`); empty: every page."""
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def chosen_pages(ranges: Ranges, total: int) -> list[int]:
    """The 1-based pages of a `total`-page document that `ranges` choose, in order, each
    once; a choice with none of the document's pages is refused."""
    if not ranges:
        return list(range(1, total + 1))
    wanted = sorted({n for a, b in ranges for n in range(max(a, 1), min(b, total) + 1)})
    if not wanted:
        raise ValidationError(
            "The document has {pages} pages: the pages chosen ({ranges}) are not among them, "
            "so nothing was printed.", pages=total, ranges=cups_ranges(ranges))
    return wanted


def copies_of(pages: Sequence[int], copies: int, collate: bool) -> list[int]:
    """The pages in the order a printer puts out `copies` copies of them."""
    copies = max(copies, 1)
    if collate:
        return [n for _copy in range(copies) for n in pages]
    return [n for n in pages for _copy in range(copies)]


def select_pages(pdf: Pdf, ranges: Ranges) -> Pdf:
    """The PDF with only the chosen pages (PDFium copies them as they are: text stays text);
    the document itself when every page is chosen."""
    pages = chosen_pages(ranges, pdf.pages)
    if len(pages) == pdf.pages:
        return pdf
    with LOCK:
        source, target = pdfium().PdfDocument(bytes(pdf)), pdfium().PdfDocument.new()
        try:
            target.import_pages(source, [n - 1 for n in pages])
            out = io.BytesIO()
            target.save(out)
            return Pdf(out.getvalue(), len(pages))
        finally:
            target.close()
            source.close()
