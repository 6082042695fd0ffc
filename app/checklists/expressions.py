"""The small, safe expression language of checklist templates.

Templates compute values, acceptance limits and conditions from answers, job facts and lookup
tables: `max(0, pipe_length - precharged_length) * charge_per_metre[refrigerant][liquid_od]`.
Only arithmetic, comparisons, `and`/`or`/`not`, `min`/`max`/`abs`/`round` and table subscripts
are allowed; expressions are parsed once, when the template is loaded, and names are checked
against the template's items, facts and tables then. So are their size and cost: an expression
longer than MAX_CHARS, with more than MAX_NODES parts, nested deeper than MAX_DEPTH or with a
number beyond MAX_NUMBER is refused then, never with a RecursionError or MemoryError later
(there is no power operator, so the largest value is bounded by the parts and numbers).
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

FUNCTIONS: dict[str, Callable[..., Any]] = {"min": min, "max": max, "abs": abs, "round": round}
_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Eq: operator.eq, ast.NotEq: operator.ne,
}
MAX_CHARS = 500
MAX_NODES = 200
MAX_DEPTH = 40
MAX_NUMBER = 1e9
_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.Not, ast.BoolOp, ast.And,
            ast.Or, ast.Compare, ast.Call, ast.Name, ast.Load, ast.Constant, ast.Subscript,
            *_BINARY, *_COMPARE)


class ExpressionError(ValueError):
    """The expression is not valid template language (raised while loading)."""


class Unknown(Exception):
    """A value the expression needs is not answered yet: the result is unknown, not wrong."""


@dataclass(frozen=True)
class Expression:
    source: str
    tree: ast.Expression
    names: frozenset[str]

    @classmethod
    def parse(cls, source: str | float | bool) -> Expression:
        """The parsed expression (cached: templates evaluate the same few over and over)."""
        return _parse(str(source).strip())

    @classmethod
    def _build(cls, text: str) -> Expression:
        shown = _shown(text)
        if len(text) > MAX_CHARS:
            raise ExpressionError(f"{shown} is longer than {MAX_CHARS} characters")
        try:
            tree = ast.parse(text, mode="eval")
        except SyntaxError as exc:
            raise ExpressionError(f"cannot read the expression {shown}: {exc.msg}") from None
        except (RecursionError, MemoryError):
            raise ExpressionError(f"{shown} is nested too deeply") from None
        names = set()
        for node in _bounded_walk(tree, shown):
            if not isinstance(node, _ALLOWED):
                raise ExpressionError(
                    f"{shown} uses {type(node).__name__}, which templates do not allow")
            if isinstance(node, ast.Call) and not (
                isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS and not node.keywords
            ):
                raise ExpressionError(f"{shown} calls something other than "
                                      f"{', '.join(FUNCTIONS)}")
            if isinstance(node, ast.Constant):
                _check_constant(node.value, shown)
            if isinstance(node, ast.Name) and node.id not in FUNCTIONS:
                names.add(node.id)
        return cls(text, tree, frozenset(names))

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        """The value; `Unknown` when a name it needs has no value (None) yet."""
        return _eval(self.tree.body, values)


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 60 else repr(text[:57] + "...")


def _bounded_walk(tree: ast.AST, shown: str) -> list[ast.AST]:
    """Every node of the tree, refused beyond MAX_NODES nodes or MAX_DEPTH levels (walked
    without recursion, so a deep tree cannot exhaust the stack here)."""
    found: list[ast.AST] = []
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        found.append(node)
        if len(found) > MAX_NODES:
            raise ExpressionError(f"{shown} has more than {MAX_NODES} parts")
        if depth > MAX_DEPTH:
            raise ExpressionError(f"{shown} is nested more than {MAX_DEPTH} levels deep")
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return found


def _check_constant(value: object, shown: str) -> None:
    """Numbers within +-MAX_NUMBER, short texts, yes/no: nothing else is a template value."""
    if isinstance(value, bool) or (isinstance(value, str) and len(value) <= 64):
        return
    if isinstance(value, int | float) and abs(value) <= MAX_NUMBER:  # NaN and inf fail too
        return
    raise ExpressionError(f"{shown} holds the value {_shown(repr(value))}, which templates do "
                          f"not allow (numbers up to {MAX_NUMBER:g}, short texts)")


@lru_cache(maxsize=4096)
def _parse(text: str) -> Expression:
    return Expression._build(text)


def _eval(node: ast.AST, values: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        value = values.get(node.id)
        if value is None:
            raise Unknown(node.id)
        return value
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](_eval(node.left, values), _eval(node.right, values))
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else not operand
    if isinstance(node, ast.BoolOp):
        parts = (_eval(v, values) for v in node.values)
        return all(parts) if isinstance(node.op, ast.And) else any(parts)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, values)
        for op, right_node in zip(node.ops, node.comparators, strict=True):
            right = _eval(right_node, values)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        return FUNCTIONS[node.func.id](*(_eval(a, values) for a in node.args))
    if isinstance(node, ast.Subscript):
        return _lookup(_eval(node.value, values), _eval(node.slice, values))
    raise ExpressionError(f"unsupported expression node {type(node).__name__}")


def _lookup(table: Any, key: Any) -> Any:
    """Tables are keyed by text in YAML; numbers from answers are matched by their text too.
    A table cell may be a [low, high] pair, indexed by 0 and 1."""
    if isinstance(table, list | tuple) and isinstance(key, int) and 0 <= key < len(table):
        return table[key]
    if not isinstance(table, Mapping):
        raise ExpressionError("only lookup tables and their [low, high] pairs can be indexed")
    for candidate in (key, str(key), _number_text(key)):
        if candidate in table:
            return table[candidate]
    raise Unknown(f"{key!r} is not in the lookup table")


def _number_text(key: Any) -> str:
    return f"{key:g}" if isinstance(key, int | float) and not isinstance(key, bool) else str(key)
