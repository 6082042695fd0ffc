"""Sentences for the user, made in the Qt-free core and translated by the UI.

A `Text` is an English template with named fields ("The user name {username} is taken."). The
core renders it in English (logs, the CLI, `str()` of an error); the UI translates the template
(Qt context "Messages", see `app.ui.i18n.message_text`) and fills in the same fields, so the
core never imports Qt. scripts/update_translations.py collects every literal template from the
core into the translation files; tests/core/test_messages.py keeps them literal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

MESSAGES_CONTEXT = "Messages"
# Bidirectional controls: embeddings and overrides (U+202A-202E), isolates (U+2066-2069) and the
# invisible direction marks (U+200E, U+200F, U+061C), which turn a left-to-right line or number
# around ("\u202egpj.exe" shows as "exe.jpg") and have no use in a station's Chinese and Latin
# text. Kept as typed in the database; dropped wherever user text is shown (`shown`).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_NO_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))


def shown(text: str) -> str:
    """User text as a table, a label, a sentence or a printed sheet shows it: without the
    bidirectional controls that would reorder it."""
    return text.translate(_NO_BIDI)


def _same(template: str) -> str:
    return template


@dataclass(frozen=True)
class Text:
    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = _same, language: str = "en",
               name: Callable[[Enum], str] | None = None) -> str:
        """The sentence, its template passed through `translate`; fields that are Texts (or
        lists of Texts, joined by "; ", in Chinese "；") are rendered the same way, `Localized`
        data in `language`, enum members (a job status, a skill; lists of them joined by ", ",
        in Chinese "、") by `name` (else their value, "in_progress" as "in progress")."""
        if not self.fields:
            return translate(self.template)
        values = {k: _field(v, _Render(translate, language, name)) for k, v in self.fields.items()}
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Localized:
    """A name that comes with the data in both languages (a checklist item's label)."""

    en: str
    zh: str

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class _Render:
    translate: Callable[[str], str]
    language: str
    name: Callable[[Enum], str] | None

    def text(self, text: Text) -> str:
        return text.render(self.translate, self.language, self.name)

    @property
    def chinese(self) -> bool:
        return self.language.startswith("zh")


def _field(value: object, how: _Render) -> object:
    if isinstance(value, Text):
        return how.text(value)
    if isinstance(value, Localized):
        return value.zh if how.chinese else value.en
    if isinstance(value, Enum):
        return how.name(value) if how.name else str(value.value).replace("_", " ")
    if isinstance(value, list | tuple) and value and all(isinstance(v, Text) for v in value):
        return ("；" if how.chinese else "; ").join(how.text(v) for v in value)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Enum) for v in value):
        return ("、" if how.chinese else ", ").join(str(_field(v, how)) for v in value)
    if isinstance(value, str):  # the user's text inside a sentence
        return shown(value)
    return value
