"""The sentences the core makes for the user, collected for the translation files.

Every call of a domain error class (DomainError and its subclasses, found by reading the class
definitions under app/) or of `Text` has an English template as its first argument; this module
reads them from the source with `ast`, so the core needs no Qt marker. Outside app/ui a template
must be a string literal (fields go in as keywords): `problems` names any other call, which
tests/core/test_messages.py turns into a failure. Inside app/ui, errors may carry sentences
already translated with `tr()`; only their literal templates are collected.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
BASE_ERROR = "DomainError"
TEXT = "Text"
NOT_SENTENCES = {"RuleViolationError"}  # made from Violations, each a Text


@dataclass(frozen=True)
class Template:
    source: str
    path: Path
    line: int


def _trees(app_dir: Path) -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for path in sorted(app_dir.rglob("*.py"))]


def _error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """DomainError and every class deriving from it, by name."""
    known = {BASE_ERROR}
    bases = {node.name: {b.id for b in node.bases if isinstance(b, ast.Name)}
             for _, tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    grew = True
    while grew:
        found = {name for name, parents in bases.items() if parents & known} - known
        known |= found
        grew = bool(found)
    return known


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def scan(app_dir: Path = APP_DIR) -> tuple[list[Template], list[str]]:
    """The literal templates (first occurrence of each), and one line per call whose template
    is not a literal outside app/ui."""
    trees = _trees(app_dir)
    names = (_error_classes(trees) - NOT_SENTENCES) | {TEXT}
    ui_dir = app_dir / "ui"
    templates: dict[str, Template] = {}
    problems = []
    for path, tree in trees:
        called = names if _imports_text(tree) or path.name == "texts.py" else names - {TEXT}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in called:
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if first.value.strip("{}") and first.value not in templates:
                    templates[first.value] = Template(first.value, path, node.lineno)
            elif ui_dir not in path.parents and not _is_passed_on(first):
                where = path.relative_to(app_dir.parent).as_posix()
                problems.append(f"{where}:{node.lineno}: {_called(node)}(...) needs a literal "
                                "English template with its fields as keywords")
    return sorted(templates.values(), key=lambda t: (t.path, t.line)), problems


def _imports_text(tree: ast.Module) -> bool:
    """Whether `Text` here is ours (sqlalchemy has a Text too)."""
    return any(isinstance(node, ast.ImportFrom) and node.module == "app.texts"
               for node in ast.walk(tree))


def _is_passed_on(first: ast.expr | None) -> bool:
    """A template or Text made elsewhere and passed on as a variable named so
    (`DomainError(text)`, `Text(template, fields)`) is checked where it is made."""
    return isinstance(first, ast.Name) and first.id in {"text", "template"}
