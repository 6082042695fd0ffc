"""Sort keys of people's and companies' names, so lists sort as their readers expect.

Chinese names sort by their pinyin (as a Chinese phone book or Excel's "sort by pinyin" does),
Latin names alphabetically with case and accents ignored (the English collation), and both
mix: "李明" sits next to "Li Ming". The key is `syllables<TAB>tones`: the toneless syllables
and Latin words first (a shorter name before a longer one sharing its start: 李 before 李明
before 林), the tones second (li2 before li3), the name itself breaking ties in the query.

A character's reading is pypinyin's most common one, looked up once per character (a name's
characters, not phrases: about 1 us a name, where pypinyin's phrase segmentation costs about
90 us; phrases matter little in names). A surname's own reading wins for the first character
(曾 zeng, not ceng). The key is a local column (`customers.sort_key`, `technicians.sort_key`,
never synced), written with the name by the services, the bulk loaders and the pull
(`app.sync.local_columns`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

MAX_KEY = 400  # characters kept: the order of names that agree this far is the name's own
# Surnames whose reading differs from the character's most common one.
SURNAMES = {"曾": "zeng1", "单": "shan4", "解": "xie4", "区": "ou1", "仇": "qiu2",
            "查": "zha1", "朴": "piao2", "盖": "ge3", "乐": "yue4", "覃": "qin2",
            "缪": "miao4", "翟": "zhai2", "尉": "yu4", "长": "chang2", "重": "chong2",
            "种": "chong2", "秘": "bi4", "召": "shao4", "员": "yun4", "黑": "he4"}


@cache
def _reading(ch: str) -> str | None:
    """The character's pinyin with its tone number ("li3"), None for a non-Chinese one."""
    if not "\u3400" <= ch <= "\U0002ebef":
        return None
    from pypinyin import Style, lazy_pinyin  # its dictionaries load at the first Chinese name

    found = lazy_pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True, errors="ignore")
    return found[0] if found else None


def _latin(ch: str) -> str:
    """A Latin (or any other) character without case or accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", ch.casefold())
                   if not unicodedata.combining(c))


def sort_key(name: str) -> str:
    words: list[str] = []
    tones: list[str] = []
    latin = ""
    for i, ch in enumerate(unicodedata.normalize("NFKC", name.strip())):
        reading = SURNAMES.get(ch) if i == 0 else None
        reading = reading or _reading(ch)
        if reading is None:
            latin += _latin(ch)
            continue
        words += latin.split()
        latin = ""
        words.append(reading.rstrip("012345"))
        tones.append(reading[-1] if reading[-1].isdigit() else "5")
    words += latin.split()
    return f"{' '.join(words)}\t{''.join(tones)}"[:MAX_KEY]

