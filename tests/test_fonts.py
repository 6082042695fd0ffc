"""The bundled CJK font works for reportlab without Qt: register, embed, extract text back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import cast

from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.fonts import CJK_FONT_PATH, REPORTLAB_FONT_NAME, register_reportlab_font

TEXT = "南京服务站 格力"


def test_font_file_and_licence_are_bundled() -> None:
    assert CJK_FONT_PATH.is_file()
    assert CJK_FONT_PATH.stat().st_size > 1_000_000
    folder = CJK_FONT_PATH.parent
    assert (folder / "README.md").is_file()
    assert (folder / "LICENSE-Apache-2.0.txt").is_file()


def test_register_is_idempotent() -> None:
    assert register_reportlab_font() == REPORTLAB_FONT_NAME
    font = pdfmetrics.getFont(REPORTLAB_FONT_NAME)
    assert register_reportlab_font() == REPORTLAB_FONT_NAME
    assert pdfmetrics.getFont(REPORTLAB_FONT_NAME) is font
    assert pdfmetrics.stringWidth("南京", REPORTLAB_FONT_NAME, 12) > 0


def test_pdf_embeds_font_and_chinese_text_extracts(tmp_path: Path) -> None:
    name = register_reportlab_font()
    path = tmp_path / "sheet.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(name, 14)
    canvas.drawString(72, 760, TEXT)
    canvas.showPage()
    canvas.save()

    reader = PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert TEXT in page.extract_text()
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    fonts = cast(DictionaryObject, resources["/Font"].get_object())
    embedded = []
    for ref in fonts.values():
        font = cast(DictionaryObject, ref.get_object())
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None and "/FontFile2" in descriptor.get_object():
            embedded.append(font)
    assert embedded, "the CJK font must be embedded (TrueType outlines, /FontFile2)"


def test_core_fonts_module_does_not_import_qt() -> None:
    code = "import sys, app.fonts; sys.exit('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == 0
