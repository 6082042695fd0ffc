"""Extract, fill and compile the UI translations.

    .venv/bin/python scripts/update_translations.py           # update .ts, fill from catalogue, .qm
    .venv/bin/python scripts/update_translations.py --check   # exit 1 if anything is missing/stale

Steps: ``pyside6-lupdate`` scans every ``.py`` under ``app/ui`` into
``app/resources/translations/fielddesk_<lang>.ts`` (obsolete strings dropped); the sentences the
Qt-free core makes (domain errors, broken rules: `app.texts.Text` templates, collected by
``scripts/core_messages.py`` from the ``.py`` files beside ``app/ui``) join them in the context
``Messages``; the catalogue
``app/resources/translations/<lang>.json`` (if present) fills translations and marks them finished;
``pyside6-lrelease`` compiles ``fielddesk_<lang>.qm`` next to each ``.ts``.

Catalogue format (UTF-8 JSON object)::

    {
      "Jobs": "工单",                        # source text -> translation, for every context
      "%n job(s)": ["%n 个工单"],            # numerus forms (one for Chinese, two for English)
      "@contexts": {"JobStatus": {"Open": "待处理"}},   # per-context entries win
      "@note": "keys starting with @ are ignored"
    }

Catalogue entries overwrite the ``.ts``; translations made in Qt Linguist for strings that are
not in the catalogue are kept. Placeholders (%1, %n, %L1, {name}) must match the source text.

``--check`` runs the same pipeline in a temporary folder and fails (one line on stderr) when a
string of a required language is untranslated (``zh_CN``: every string; ``en``: numerus strings
only, since English uses the source text), or when the committed ``.ts``/``.qm`` differ from what
the pipeline produces (new strings in the code, an edited catalogue, a ``.ts`` not compiled).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from app.texts import MESSAGES_CONTEXT  # noqa: E402
from scripts.core_messages import Template, scan  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "app" / "ui"
TRANSLATIONS_DIR = ROOT / "app" / "resources" / "translations"
PREFIX = "fielddesk"
SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
"""Target languages; a language other than English must translate every string."""

CONTEXTS_KEY = "@contexts"
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{[^{}]*\}")
"""Qt (%1, %L1, %n) and str.format ({count}) placeholders."""
UNFINISHED_TYPES = {"unfinished"}
DEAD_TYPES = {"vanished", "obsolete"}

Translation = str | list[str]


class TranslationError(Exception):
    """A problem the user must fix (bad catalogue, missing tool, failing tool)."""


# ----------------------------------------------------------------------------- tools


def find_tool(name: str) -> Path:
    """Locate ``pyside6-<name>`` next to this Python, on PATH, or the binary inside PySide6."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{suffix}"]
    on_path = shutil.which(f"pyside6-{name}")
    if on_path:
        candidates.append(Path(on_path))
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"{name}{suffix}", package / "Qt" / "libexec" / name]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise TranslationError(f"cannot find pyside6-{name} (is PySide6 installed in this Python?)")


def run_tool(name: str, args: Sequence[str]) -> str:
    """Run a Linguist tool; return its warnings (stderr), raise TranslationError on failure."""
    command = [str(find_tool(name)), *args]
    result = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        last = detail[-1] if detail else f"exit code {result.returncode}"
        raise TranslationError(f"{name} failed: {last}")
    return result.stderr.strip()


def lupdate(ui_dir: Path, ts_path: Path, language: str) -> str:
    return run_tool(
        "lupdate",
        [
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            "-extensions",
            "py",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            str(ui_dir),
            "-ts",
            str(ts_path),
        ],
    )


def add_core_messages(ts_path: Path, templates: Sequence[Template]) -> None:
    """Append the core's sentences to the .ts lupdate wrote, as the context `Messages`."""
    if not templates:
        return
    tree = ET.parse(ts_path)
    root = tree.getroot()
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = MESSAGES_CONTEXT
    for template in templates:
        message = ET.SubElement(context, "message")
        where = os.path.relpath(template.path, ts_path.parent).replace(os.sep, "/")
        ET.SubElement(message, "location", {"filename": where, "line": str(template.line)})
        ET.SubElement(message, "source").text = template.source
        ET.SubElement(message, "translation", {"type": "unfinished"})
    ET.indent(context, space="    ", level=1)
    context.tail = "\n"
    write_ts(root, ts_path)


def lrelease(ts_path: Path, qm_path: Path) -> None:
    run_tool("lrelease", ["-silent", str(ts_path), "-qm", str(qm_path)])


# ----------------------------------------------------------------------------- .ts files


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    def label(self) -> str:
        return f"{self.context}: {self.source!r}"


def _messages(root: ET.Element) -> Iterator[tuple[str, ET.Element, ET.Element]]:
    """(context name, message element, translation element) for every live message."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            if translation.get("type") in DEAD_TYPES:
                continue
            yield name, message, translation


def _texts(message: ET.Element, translation: ET.Element) -> tuple[str, ...]:
    if message.get("numerus") == "yes":
        return tuple(form.text or "" for form in translation.iter("numerusform"))
    return (translation.text or "",)


def read_messages(ts_path: Path) -> list[Message]:
    root = ET.parse(ts_path).getroot()
    result = []
    for context, message, translation in _messages(root):
        texts = _texts(message, translation)
        result.append(
            Message(
                context=context,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                translations=texts,
                finished=translation.get("type") not in UNFINISHED_TYPES
                and bool(texts)
                and all(texts),
            )
        )
    return result


def write_ts(root: ET.Element, ts_path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    body = body.replace(" />", "/>")
    body = re.sub(r"<(translation|numerusform)((?: [^>]*)?)/>", r"<\1\2></\1>", body)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts_path.write_text(header + body + "\n", encoding="utf-8", newline="\n")


# ----------------------------------------------------------------------------- catalogue


@dataclass
class Catalogue:
    common: dict[str, Translation] = field(default_factory=dict)
    contexts: dict[str, dict[str, Translation]] = field(default_factory=dict)

    def lookup(self, context: str, source: str) -> Translation | None:
        in_context = self.contexts.get(context, {})
        if source in in_context:
            return in_context[source]
        return self.common.get(source)

    def keys(self) -> set[tuple[str, str]]:
        keys = {("", source) for source in self.common}
        keys |= {(ctx, src) for ctx, entries in self.contexts.items() for src in entries}
        return keys


def _check_value(where: str, value: object) -> Translation:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    raise TranslationError(f"{where}: a translation must be a string or a list of strings")


def load_catalogue(path: Path) -> Catalogue:
    if not path.is_file():
        return Catalogue()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise TranslationError(f"{path.name}: invalid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise TranslationError(f"{path.name}: the catalogue must be a JSON object")
    catalogue = Catalogue()
    for key, value in data.items():
        if key == CONTEXTS_KEY:
            if not isinstance(value, dict):
                raise TranslationError(f"{path.name}: {CONTEXTS_KEY} must be an object")
            for context, entries in value.items():
                if not isinstance(entries, dict):
                    raise TranslationError(f"{path.name}: context {context!r} must be an object")
                catalogue.contexts[context] = {
                    src: _check_value(f"{path.name} [{context}] {src!r}", text)
                    for src, text in entries.items()
                }
        elif not key.startswith("@"):
            catalogue.common[key] = _check_value(f"{path.name} {key!r}", value)
    return catalogue


def _placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def apply_catalogue(ts_path: Path, catalogue: Catalogue) -> set[tuple[str, str]]:
    """Fill the .ts from the catalogue; return the catalogue keys that were used."""
    tree = ET.parse(ts_path)
    used: set[tuple[str, str]] = set()
    for context, message, translation in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = catalogue.lookup(context, source)
        if value is None:
            continue
        in_context = source in catalogue.contexts.get(context, {})
        used.add((context if in_context else "", source))
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                raise TranslationError(
                    f"{ts_path.name} {context}: placeholders of {form!r} do not match {source!r}"
                )
        if message.get("numerus") == "yes":
            numerus = list(translation.iter("numerusform")) or [
                ET.SubElement(translation, "numerusform")
            ]
            for index, element in enumerate(numerus):
                element.text = forms[min(index, len(forms) - 1)]
        elif isinstance(value, list):
            raise TranslationError(f"{context}: {source!r} has no plural, give a plain string")
        else:
            translation.text = value
        translation.attrib.pop("type", None)
    write_ts(tree.getroot(), ts_path)
    return used


# ----------------------------------------------------------------------------- pipeline


@dataclass
class Result:
    language: str
    ts_path: Path
    qm_path: Path
    messages: list[Message]
    unused: set[tuple[str, str]]
    warnings: str

    def missing(self) -> list[Message]:
        """Strings this language must translate but does not."""
        required = self.language != SOURCE_LANGUAGE
        return [m for m in self.messages if not m.finished and (required or m.numerus)]


def build(ui_dir: Path, catalogue_dir: Path, out_dir: Path, language: str) -> Result:
    ts_path = out_dir / f"{PREFIX}_{language}.ts"
    qm_path = out_dir / f"{PREFIX}_{language}.qm"
    warnings = lupdate(ui_dir, ts_path, language)
    templates, _ = scan(ui_dir.parent)
    add_core_messages(ts_path, templates)
    catalogue_path = catalogue_dir / f"{language}.json"
    unused: set[tuple[str, str]] = set()
    if catalogue_path.is_file():
        catalogue = load_catalogue(catalogue_path)
        unused = catalogue.keys() - apply_catalogue(ts_path, catalogue)
    lrelease(ts_path, qm_path)
    return Result(language, ts_path, qm_path, read_messages(ts_path), unused, warnings)


def prune_catalogue(path: Path, unused: set[tuple[str, str]]) -> None:
    """Drop the entries no string of the code uses any more (dead translations mislead)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for context, source in unused:
        entries = data.get(CONTEXTS_KEY, {}).get(context, {}) if context else data
        entries.pop(source, None)
        if context and not entries:
            data[CONTEXTS_KEY].pop(context, None)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def update(ui_dir: Path, ts_dir: Path, languages: Sequence[str]) -> int:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for language in languages:
        result = build(ui_dir, ts_dir, ts_dir, language)
        if result.unused:
            prune_catalogue(ts_dir / f"{language}.json", result.unused)
        if result.warnings:
            print(result.warnings, file=sys.stderr)
        missing = result.missing()
        print(
            f"{result.ts_path.name}: {len(result.messages)} strings, "
            f"{len(missing)} untranslated, {len(result.unused)} unused catalogue entries dropped"
        )
        for message in missing:
            print(f"    untranslated  {message.label()}")
    return 0


def _shown_path(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def check(ui_dir: Path, ts_dir: Path, languages: Sequence[str]) -> str | None:
    """Return one line describing what is wrong, or None when everything is up to date."""
    missing: list[str] = []
    missing_languages: list[str] = []
    stale: list[str] = []
    unused: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fielddesk-tr-") as tmp:
        out_dir = Path(tmp)
        for language in languages:
            ts_path = ts_dir / f"{PREFIX}_{language}.ts"
            qm_path = ts_dir / f"{PREFIX}_{language}.qm"
            if ts_path.is_file():
                shutil.copy2(ts_path, out_dir / ts_path.name)
            result = build(ui_dir, ts_dir, out_dir, language)
            missing += [f"[{language}] {m.label()}" for m in result.missing()]
            if result.missing():
                missing_languages.append(language)
            if result.unused:
                unused.append(f"{language}.json has {len(result.unused)} unused entries")
            if not ts_path.is_file() or not qm_path.is_file():
                stale.append(f"{qm_path.name if ts_path.is_file() else ts_path.name} missing")
            elif read_messages(ts_path) != result.messages:
                stale.append(f"{ts_path.name} out of date")
            elif qm_path.read_bytes() != result.qm_path.read_bytes():
                stale.append(f"{qm_path.name} not compiled from {ts_path.name}")
    problems = []
    if missing:
        shown = "; ".join(missing[:5]) + ("; ..." if len(missing) > 5 else "")
        problems.append(
            f"{len(missing)} untranslated string(s) ({shown}): add them to "
            + ", ".join(f"{_shown_path(ts_dir)}/{lang}.json" for lang in missing_languages)
        )
    if stale or unused:
        problems.append(", ".join(stale + unused))
    if not problems:
        return None
    return "translations: " + "; ".join(problems) + ". Run scripts/update_translations.py"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract, fill and compile the UI translations.")
    parser.add_argument("--check", action="store_true", help="verify only, change nothing")
    parser.add_argument("--ui-dir", type=Path, default=UI_DIR, help="sources to scan")
    parser.add_argument(
        "--translations-dir", type=Path, default=TRANSLATIONS_DIR, help=".ts/.qm/.json folder"
    )
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), metavar="LANG")
    args = parser.parse_args(argv)
    ui_dir: Path = args.ui_dir.resolve()
    ts_dir: Path = args.translations_dir.resolve()
    try:
        if args.check:
            problem = check(ui_dir, ts_dir, args.languages)
            if problem:
                print(problem, file=sys.stderr)
                return 1
            print("translations: up to date")
            return 0
        return update(ui_dir, ts_dir, args.languages)
    except TranslationError as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
