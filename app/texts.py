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

MESSAGES_CONTEXT = "Messages"


def _same(template: str) -> str:
    return template


@dataclass(frozen=True)
class Text:
    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = _same, language: str = "en") -> str:
        """The sentence, its template passed through `translate`; fields that are Texts (or
        lists of Texts, joined by "; ") are rendered the same way, `Localized` data in
        `language`."""
        if not self.fields:
            return translate(self.template)
        values = {k: _field(v, translate, language) for k, v in self.fields.items()}
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


def _field(value: object, translate: Callable[[str], str], language: str) -> object:
    if isinstance(value, Text):
        return value.render(translate, language)
    if isinstance(value, Localized):
        return value.zh if language.startswith("zh") else value.en
    if isinstance(value, list | tuple) and value and all(isinstance(v, Text) for v in value):
        return "; ".join(v.render(translate, language) for v in value)
    return value
