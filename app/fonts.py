"""The bundled CJK font, for reportlab documents (Qt-free; the GUI side is ``app.ui.fonts``).

The font is WenQuanYi Micro Hei (TrueType collection, glyf outlines, so reportlab can embed and
subset it). Face 0 is the proportional "WenQuanYi Micro Hei", face 1 the monospaced
"WenQuanYi Micro Hei Mono". It covers the Han characters of U+4E00-U+9FC3; the rarer ones of
real names (CJK Extension A, Extensions B-F such as 𠮷 U+20BB7) come from a second bundled
font, "FieldDesk Rare Han" (a subset of Hanazono Mincho), drawn where the first lacks a glyph.
See ``app/resources/fonts/README.md`` for origin and licence.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.resources import FONTS

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR: Path = FONTS
CJK_FONT_PATH: Path = FONTS_DIR / "wqy-microhei.ttc"
CJK_FONT_FAMILY: str = "WenQuanYi Micro Hei"
"""Family name of face 0 as font databases (Qt, fontconfig) report it."""
CJK_SUBFONT_INDEX: int = 0
"""Face of the collection used for documents (0 = proportional Micro Hei)."""
REPORTLAB_FONT_NAME: str = "FieldDeskCJK"
"""Name under which :func:`register_reportlab_font` registers the font with reportlab."""
RARE_FONT_PATH: Path = FONTS_DIR / "fielddesk-rare-han.ttf"
RARE_FONT_FAMILY: str = "FieldDesk Rare Han"
FALLBACK = 1 << 20  # subsets of the rare font are numbered from here in `splitString`

_lock = threading.Lock()


def cjk_font_path() -> Path:
    """Return the bundled font file, raising a clear error if it is missing."""
    if not CJK_FONT_PATH.is_file():
        raise RuntimeError(
            f"The bundled CJK font is missing: {CJK_FONT_PATH}. Reinstall FieldDesk "
            "or restore app/resources/fonts/ from the repository."
        )
    return CJK_FONT_PATH


def fallback_font(name: str, path: Path, subfont: int, fallback: TTFont) -> TTFont:
    """`path`'s font (face `subfont`) registered as `name`, drawing the characters it lacks
    with `fallback`. (The class is made here so that importing this module, as the GUI does,
    does not load reportlab.)"""
    from reportlab.pdfbase.ttfonts import TTFont

    class FallbackFont(TTFont):
        """A TrueType font drawing the characters it lacks with a second one: each run of
        text goes to the font that has it (in that font's embedded subsets), and widths add
        up the same way."""

        def __init__(self, name: str, path: Path, subfont: int, fallback: TTFont) -> None:
            super().__init__(name, str(path), subfontIndex=subfont)
            self.fallback = fallback
            self.only_there = frozenset(map(chr, set(fallback.face.charToGlyph)
                                            - set(self.face.charToGlyph)))

        def _runs(self, text: str) -> list[tuple[bool, str]]:
            """`text` cut where it changes font: (drawn by the fallback, run)."""
            runs: list[tuple[bool, str]] = []
            for char in text:
                rare = char in self.only_there
                if runs and runs[-1][0] is rare:
                    runs[-1] = (rare, runs[-1][1] + char)
                else:
                    runs.append((rare, char))
            return runs

        def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
            if self.only_there.isdisjoint(text):
                return float(super().stringWidth(text, size, encoding))
            own, other = super().stringWidth, self.fallback.stringWidth
            return sum(float((other if rare else own)(run, size)) for rare, run in self._runs(text))

        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8"
                        ) -> list[tuple[int, bytes]]:
            if isinstance(text, bytes):
                text = text.decode(encoding)
            if self.only_there.isdisjoint(text):
                return list(super().splitString(text, doc, encoding))
            parts: list[tuple[int, bytes]] = []
            for rare, run in self._runs(text):
                if rare:
                    parts += [(FALLBACK + n, t) for n, t in self.fallback.splitString(run, doc)]
                else:
                    parts += super().splitString(run, doc, encoding)
            return parts

        def getSubsetInternalName(self, subset: int, doc: Any) -> str:
            if subset >= FALLBACK:
                return str(self.fallback.getSubsetInternalName(subset - FALLBACK, doc))
            return str(super().getSubsetInternalName(subset, doc))

    return FallbackFont(name, path, subfont, fallback)


def _utf16_to_unicode_cmaps() -> None:
    """reportlab writes a ToUnicode entry as `<%04X>` of the code point, which is wrong past
    U+FFFF (`<20BB7>`: the PDF's text reads back without the character). The entry must be
    the character in UTF-16BE (`<D842DFB7>`); the same for every other character."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "utf16", False):
        return

    def make(fontname: str, subset: list[int]) -> str:
        text = str(original(fontname, [min(code, 0xFFFF) for code in subset]))
        for n, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{n:02X}> <FFFF>", f"<{n:02X}> <{utf16}>", 1)
        return text

    make.utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


def rare_font_path() -> Path:
    if not RARE_FONT_PATH.is_file():
        raise RuntimeError(
            f"The bundled font of rare characters is missing: {RARE_FONT_PATH}. Reinstall "
            "FieldDesk or restore app/resources/fonts/ from the repository."
        )
    return RARE_FONT_PATH


def register_reportlab_font() -> str:
    """Register the bundled CJK font with reportlab once and return its font name.

    Idempotent and thread-safe (batch printing runs in worker threads). The font is embedded
    (subset) in every PDF that uses it, so printed documents do not depend on installed fonts;
    characters it lacks are drawn with the rare characters' font (`FallbackFont`).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if REPORTLAB_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            _utf16_to_unicode_cmaps()
            rare = TTFont(f"{REPORTLAB_FONT_NAME}Rare", str(rare_font_path()))
            pdfmetrics.registerFont(fallback_font(REPORTLAB_FONT_NAME, cjk_font_path(),
                                                  CJK_SUBFONT_INDEX, rare))
    return REPORTLAB_FONT_NAME
