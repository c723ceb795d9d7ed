"""A fused group (fusion.py) as one straight-line Python function.

A group runs dozens of members against one parent map. Interpreting a table of members costs, per
member, a tuple unpack and a chain of marker comparisons that say what to test and what to do; that
was about half of a member's cost. Here the group is written out once, when the pipeline is
loaded, as the code those comparisons would have chosen, member after member.

How the function is made: the code is put together from the fixed templates below. The only
identifiers in it are ours (`L3`, `OP3`, …); the field names and literals a pipeline supplies are
never written into source text. After `ast.parse`, each name that stands for a literal is replaced
by an `ast.Constant` node holding the value itself, and each name that stands for an object (a
processor's operation, its conditional) is a global of the function's own namespace. The code
object is compiled from that tree and turned into a function with `types.FunctionType`; nothing is
passed to `exec` or `eval`, and no Painless text is involved at all.

The function does what the member-by-member reading of fusion.py's docstring says, including:
a move reuses the map an earlier move of the same target chain reached, when no member before it
may replace a map on that chain (the plan says so per member, `reuse`), and builds a missing chain
around the moved value; anything unusual goes to the member's own operation or conditional; a
failure is wrapped as its member's.
"""

from __future__ import annotations

import ast
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

NOT_NULL, IS_STRING, EQUALS = "not_null", "is_string", "equals"
MOVE, APPLY, CALL, DELETE = "move", "apply", "call", "delete"

_SCALARS = frozenset((str, int, float, bool))
# Exact types `instanceof String` is false for; any other non-string value goes to the conditional.
NOT_STRINGS = frozenset((dict, list, int, float, bool))


@dataclass(frozen=True, slots=True)
class MoveSpec:
    """Where a move puts a scalar: the target's parent chain (each key with the keys below it), the
    target leaf, `override`, and whether the map an earlier move of the group reached on the same
    chain may be reused (no earlier member may replace or remove a map on it)."""

    steps: tuple[tuple[str, tuple[str, ...]], ...]
    leaf: str
    override: bool
    reuse: bool


@dataclass(frozen=True, slots=True)
class MemberPlan:
    """One member: the leaf it tests, how (`test`, `operand` for EQUALS), what it does (`action`:
    MOVE with `move`, APPLY with the str function `apply`, DELETE, or CALL the operation), and the
    objects it falls back on (the operation, the unfused conditional, the processor a failure is
    reported as)."""

    leaf: str
    test: str
    operand: str | None
    action: str
    move: MoveSpec | None
    apply: Callable[[str], Any] | None
    operation: Callable[..., Any]
    unfused: Callable[..., Any]
    processor: Any


class _Source:
    """Indented lines, with the literals and objects the names in them stand for."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.objects: dict[str, Any] = {}

    def line(self, depth: int, text: str) -> None:
        self.lines.append("    " * depth + text)

    def constant(self, name: str, value: Any) -> str:
        self.constants[name] = value
        return name

    def object(self, name: str, value: Any) -> str:
        self.objects[name] = value
        return name


class _Constants(ast.NodeTransformer):
    """Replaces the names that stand for literals with the literal values."""

    def __init__(self, constants: dict[str, Any]) -> None:
        self.constants = constants

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.constants and isinstance(node.ctx, ast.Load):
            return ast.copy_location(ast.Constant(self.constants[node.id]), node)
        return node


def compile_group(
    head: tuple[str, ...],
    members: Sequence[MemberPlan],
    wrap: Callable[[Any, Any, Any], Exception],
    failure: type[Exception],
) -> Callable[[Any], Any]:
    """The group's step function (named `group_step`)."""
    src = _Source()
    chains = _chain_ids(members)
    src.line(0, "def group_step(doc):")
    src.line(1, "source = doc.source")
    src.line(1, "parent = source")
    for index, key in enumerate(head):
        # The walk stops at anything that is not a map; the check below hands that to the members.
        depth = 1 + index
        src.line(depth, "if isinstance(parent, dict):")
        src.line(depth + 1, f"parent = dict_get(parent, {src.constant(f'H{index}', key)})")
        src.line(depth + 1, "if parent is None:")
        src.line(depth + 2, "return doc")  # every test is false, and no member runs to change that
    src.line(1, "if not isinstance(parent, dict):")
    src.line(2, "return one_by_one(doc)")
    for chain in sorted(set(chains.values())):
        src.line(1, f"reached{chain} = None")
    src.line(1, "m = 0")
    src.line(1, "try:")
    for index, member in enumerate(members):
        src.line(2, f"m = {index}")
        _member(src, 2, index, member, chains.get(index))
    src.line(1, "except failure as exc:")
    src.line(2, "raise wrap(exc, PROCESSORS[m], doc) from None")
    src.line(1, "return doc")

    unfused = tuple(member.unfused for member in members)
    processors = tuple(member.processor for member in members)

    def one_by_one(doc: Any) -> Any:
        """Something other than a map on the chain: each member's conditional decides."""
        for run, processor in zip(unfused, processors, strict=True):
            try:
                run(doc)
            except failure as exc:
                raise wrap(exc, processor, doc) from None
        return doc

    namespace: dict[str, Any] = {
        "__builtins__": {},
        "dict_get": dict.get,
        "isinstance": isinstance,
        "type": type,
        "dict": dict,
        "str": str,
        "scalars": _SCALARS,
        "not_strings": NOT_STRINGS,
        "one_by_one": one_by_one,
        "failure": failure,
        "wrap": wrap,
        "PROCESSORS": processors,
        **src.objects,
    }
    tree = _Constants(src.constants).visit(ast.parse("\n".join(src.lines)))
    module = compile(ast.fix_missing_locations(tree), "<fused group>", "exec")
    code = next(c for c in module.co_consts if isinstance(c, types.CodeType))
    return types.FunctionType(code, namespace, "group_step")


def _chain_ids(members: Sequence[MemberPlan]) -> dict[int, int]:
    """For each move whose chain some member of the group reuses: a number per distinct chain.

    Moves into a chain nobody reuses need not remember the map they reached.
    """
    reused = {_chain(member.move) for member in members if member.move is not None and member.move.reuse}
    numbers: dict[tuple[str, ...], int] = {}
    ids: dict[int, int] = {}
    for index, member in enumerate(members):
        if member.move is not None and _chain(member.move) in reused:
            ids[index] = numbers.setdefault(_chain(member.move), len(numbers))
    return ids


def _chain(move: MoveSpec) -> tuple[str, ...]:
    return tuple(key for key, _ in move.steps)


def _member(src: _Source, depth: int, i: int, member: MemberPlan, chain: int | None) -> None:
    """The test of member `i`, then its action."""
    leaf = src.constant(f"L{i}", member.leaf)
    src.line(depth, f"value = dict_get(parent, {leaf})")
    if member.test == NOT_NULL:
        src.line(depth, "if value is not None:")
        _action(src, depth + 1, i, member, chain, known_str=False)
    elif member.test == IS_STRING:
        src.line(depth, "if type(value) is str:")
        _action(src, depth + 1, i, member, chain, known_str=True)
        src.line(depth, "elif value is not None and type(value) not in not_strings:")
        # A value `instanceof` must judge (a str subclass, a Java type): the conditional decides.
        src.line(depth + 1, f"{src.object(f'U{i}', member.unfused)}(doc)")
    else:
        operand = src.constant(f"Q{i}", member.operand)
        src.line(depth, f"if value != {operand} or type(value) is not str:")
        src.line(depth + 1, "pass")
        src.line(depth, "else:")
        _action(src, depth + 1, i, member, chain, known_str=True)


def _action(
    src: _Source, depth: int, i: int, member: MemberPlan, chain: int | None, *, known_str: bool
) -> None:
    """What member `i` does once its test holds (`value` is the field's value)."""
    operation = src.object(f"OP{i}", member.operation)
    call = f"{operation}(doc, parent, value)"
    if member.action == CALL:
        src.line(depth, call)
    elif member.action == DELETE:
        src.line(depth, f"del parent[L{i}]")
    elif member.action == APPLY:
        function = src.object(f"F{i}", member.apply)
        if known_str:
            src.line(depth, f"parent[L{i}] = {function}(value)")
        else:
            src.line(depth, "if type(value) is str:")
            src.line(depth + 1, f"parent[L{i}] = {function}(value)")
            src.line(depth, "else:")
            src.line(depth + 1, call)
    else:
        assert member.move is not None
        if not known_str:
            src.line(depth, "if type(value) not in scalars:")
            src.line(depth + 1, call)
            src.line(depth, "else:")
            depth += 1
        _move(src, depth, i, member.move, chain, call)


def _move(src: _Source, depth: int, i: int, move: MoveSpec, chain: int | None, call: str) -> None:
    """The plain success of a move, done inline; anything else, before anything has changed, goes to
    the operation, which knows every error and the way back."""
    target_leaf = src.constant(f"T{i}", move.leaf)
    if chain is not None and move.reuse:
        src.line(depth, f"target = reached{chain}")
        src.line(depth, "if target is not None:")
        _store(src, depth + 1, i, move, target_leaf, call)
        src.line(depth, "else:")
        depth += 1
    src.line(depth, "target = source")
    for step, (key, below) in enumerate(move.steps):
        key_name = src.constant(f"K{i}_{step}", key)
        src.line(depth, f"found = dict_get(target, {key_name}) if type(target) is dict else None")
        src.line(depth, "if found is None:")
        src.line(depth + 1, f"if type(target) is dict and {key_name} not in target:")
        # The rest of the chain is missing: build it around the value.
        src.line(depth + 2, f"node = {{{target_leaf}: parent.pop(L{i})}}")
        if chain is not None:
            src.line(depth + 2, f"reached{chain} = node")
        built = "node"
        for level, name in reversed(list(enumerate(below))):
            built = f"{{{src.constant(f'B{i}_{step}_{level}', name)}: {built}}}"
        src.line(depth + 2, f"target[{key_name}] = {built}")
        src.line(depth + 1, "else:")
        src.line(depth + 2, call)  # a null or a non-map on the way
        src.line(depth, "else:")
        depth += 1
        src.line(depth, "target = found")
    src.line(depth, "if type(target) is not dict:")
    src.line(depth + 1, call)
    src.line(depth, "else:")
    if chain is not None:
        src.line(depth + 1, f"reached{chain} = target")
    _store(src, depth + 1, i, move, target_leaf, call)


def _store(src: _Source, depth: int, i: int, move: MoveSpec, target_leaf: str, call: str) -> None:
    if move.override:
        src.line(depth, f"target[{target_leaf}] = parent.pop(L{i})")
        return
    src.line(depth, f"if {target_leaf} not in target:")
    src.line(depth + 1, f"target[{target_leaf}] = parent.pop(L{i})")
    src.line(depth, "else:")
    src.line(depth + 1, call)
