"""Search by pinyin: "ysj" or "yasuoji" finds 压缩机, as a dispatcher types on a keyboard without
switching input methods. Readings come from pypinyin (the most common reading of each
character, cached per text: a catalogue holds hundreds of names, searched in memory)."""

from __future__ import annotations

from functools import cache


@cache
def readings(text: str) -> tuple[str, str]:
    """The text's full pinyin and its initials, lower case without spaces ("yasuoji", "ysj");
    other characters are kept as they are."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries load at the first search

    full = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    initials = [syllable[:1] for syllable in full]
    return "".join(full).lower().replace(" ", ""), "".join(initials).lower().replace(" ", "")


def matches(query: str, text: str) -> bool:
    """Whether `query` (lower case) occurs in the text, its pinyin or its initials."""
    if query in text.lower():
        return True
    full, initials = readings(text)
    compact = query.replace(" ", "")
    return bool(compact) and (compact in full or compact in initials)
