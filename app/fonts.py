"""The bundled CJK font, for reportlab documents (Qt-free; the GUI side is ``app.ui.fonts``).

The font is WenQuanYi Micro Hei (TrueType collection, glyf outlines, so reportlab can embed and
subset it). Face 0 is the proportional "WenQuanYi Micro Hei", face 1 the monospaced
"WenQuanYi Micro Hei Mono". See ``app/resources/fonts/README.md`` for origin and licence.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.resources import FONTS

FONTS_DIR: Path = FONTS
CJK_FONT_PATH: Path = FONTS_DIR / "wqy-microhei.ttc"
CJK_FONT_FAMILY: str = "WenQuanYi Micro Hei"
"""Family name of face 0 as font databases (Qt, fontconfig) report it."""
CJK_SUBFONT_INDEX: int = 0
"""Face of the collection used for documents (0 = proportional Micro Hei)."""
REPORTLAB_FONT_NAME: str = "FieldDeskCJK"
"""Name under which :func:`register_reportlab_font` registers the font with reportlab."""

_lock = threading.Lock()


def cjk_font_path() -> Path:
    """Return the bundled font file, raising a clear error if it is missing."""
    if not CJK_FONT_PATH.is_file():
        raise RuntimeError(
            f"The bundled CJK font is missing: {CJK_FONT_PATH}. Reinstall FieldDesk "
            "or restore app/resources/fonts/ from the repository."
        )
    return CJK_FONT_PATH


def register_reportlab_font() -> str:
    """Register the bundled CJK font with reportlab once and return its font name.

    Idempotent and thread-safe (batch printing runs in worker threads). The font is embedded
    (subset) in every PDF that uses it, so printed documents do not depend on installed fonts.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if REPORTLAB_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(REPORTLAB_FONT_NAME, str(cjk_font_path()), subfontIndex=CJK_SUBFONT_INDEX)
            pdfmetrics.registerFont(font)
    return REPORTLAB_FONT_NAME
