"""Issue 22 point 8: the Chinese catalogue read as a whole. Full-width punctuation in Chinese
text, no English words but codes and units, one term for each thing and each action, and
lengths of time written as durations."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.scheduling.sla import SlaState
from app.ui.board import texts
from app.ui.formatting import duration
from app.ui.i18n import TRANSLATIONS_DIR, install_translator

CATALOGUE = TRANSLATIONS_DIR / "zh_CN.json"
CJK = "[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
ASCII_PUNCTUATION_BY_CJK = re.compile(
    rf"{CJK}\s*[;,:!?()]|[;,:!?()]\s*{CJK}|{CJK}\.(?=\s|$)")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CODE = re.compile(r"`[^`]*`|--[\w-]+|\w+://\S+")  # what the user types: commands, options, URLs
MNEMONIC = re.compile(r"\(&\w\)")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.:/#+-]*")
# Names, codes and units that stay as they are in Chinese text.
ALLOWED = {"FieldDesk", "PDF", "MBTiles", "SQLite", "WGS84", "GCJ-02", "BD-09", "OpenStreetMap",
           "GPS", "API", "URL", "geopy", "Nominatim", "kW", "MB", "Ctrl", "Ctrl+S", "Ctrl+P",
           "Ctrl+Enter", "Ctrl+Shift+N", "Delete", "host", "host:port", "host/path", "YYYY-MM-DD",
           "metadata", "tiles", "png", "jpg", "webp", "HTML", "PNG", "JPEG", "KB", "csv", "xlsx",
           "CUPS", "English", "PMTiles", "pbf", "Excel"}
# The word each thing and action has on the Chinese desk, and the words it replaced.
TERMS = {"技师": "师傅", "服务站": "网点", "地理编码": "定位", "序列号": "条码", "证书": "操作证",
         "派工单": "服务工单", "低精度": "定位粗略", "住处": "家"}


def entries() -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) of every catalogue entry ("" for every context)."""
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    contexts = data.pop("@contexts", {})
    for context, table in [("", data), *contexts.items()]:
        for source, translation in table.items():
            if source.startswith("@"):
                continue
            for text in translation if isinstance(translation, list) else [translation]:
                yield context, source, text


def chinese_prose(text: str) -> str:
    """The translation without what is not prose: placeholders (as a digit), quoted commands,
    mnemonics."""
    return MNEMONIC.sub("", CODE.sub("", PLACEHOLDER.sub("0", text)))


def is_file_filter(source: str) -> bool:
    """Qt parses "Name (*.ext)": its parentheses and patterns stay as they are."""
    return "(*" in source or source.endswith("({patterns})")


def test_chinese_text_has_full_width_punctuation() -> None:
    found = [f"{source!r} -> {text!r}" for _context, source, text in entries()
             if not is_file_filter(source)
             and ASCII_PUNCTUATION_BY_CJK.search(chinese_prose(text))]
    assert found == []


def test_no_english_words_on_the_chinese_desk() -> None:
    found = []
    for _context, source, text in entries():
        if is_file_filter(source):
            continue
        words = [w for w in WORD.findall(chinese_prose(text))
                 if len(w) > 1 and w not in ALLOWED and not re.search(r"\d|_|\.\w", w)]
        if words:
            found.append(f"{source!r} -> {text!r}: {words}")
    assert found == []


@pytest.mark.parametrize(("old", "term"), TERMS.items())
def test_one_term_for_each_thing(old: str, term: str) -> None:
    assert [text for _c, _s, text in entries() if old in text] == [], f"say {term}"


def test_assign_and_dispatch_are_two_words() -> None:
    """The board assigns a technician a time (指派); a job is dispatched to them (派工)."""
    for _context, source, text in entries():
        if "派工" in text:
            assert "ispatch" in source and "ssign" not in source, (source, text)
        if "ssign" in source:
            assert "指派" in text and "派工" not in text, (source, text)


def test_the_catalogue_passes_its_own_checks_on_a_bad_example() -> None:
    """The checks above would catch the findings of the issue."""
    assert ASCII_PUNCTUATION_BY_CJK.search(chinese_prose("当天已有 1 单; 上限 6"))
    assert ASCII_PUNCTUATION_BY_CJK.search(chinese_prose("图片 ({patterns})"))
    assert not ASCII_PUNCTUATION_BY_CJK.search(chinese_prose("定位到 {lat}, {lon}。"))
    assert WORD.findall(chinese_prose("未填 missing")) == ["missing"]


def test_durations_read_as_durations_in_both_languages(qtbot: QtBot, qapp: object) -> None:
    assert duration(-303) == "5 h 03 min" and duration(45) == "45 min"
    assert texts.sla_badge(SlaState.OVERDUE, -303) == "5 h 03 min overdue"
    assert texts.drive_text(25) == "25 min drive"
    install_translator(qapp, "zh_CN")  # type: ignore[arg-type]
    assert texts.sla_badge(SlaState.OVERDUE, -303) == "超时 5 小时 03 分"
    assert texts.sla_badge(SlaState.DUE_SOON, 95) == "剩余 1 小时 35 分"
    assert duration(320) == "5 小时 20 分" and duration(2 * 24 * 60 + 180) == "2 天 3 小时"
    assert texts.drive_text(25) == "车程 25 分钟"
