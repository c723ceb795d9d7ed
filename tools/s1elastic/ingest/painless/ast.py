"""The typed Painless syntax tree the compiler reads.

`pos` is the offset Painless reports for an error in the node (the `.` of a field access or a
call, the `[` of an index, the first character of a binary expression, ...); `start` is the
offset of the node's first character.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Node:
    pos: int
    start: int


# -- expressions ------------------------------------------------------------------------------


@dataclass(eq=False)
class Literal(Node):
    value: Any
    type: str  # int, long, float, double, String, boolean, null


@dataclass(eq=False)
class RegexLit(Node):
    pattern: str
    flags: str


@dataclass(eq=False)
class Var(Node):
    name: str


@dataclass(eq=False)
class TypeValue(Node):
    """A class name where a value is read: a semantic error (`value required: ...`)."""

    type: str
    dotted: bool  # written `java.util.List` (Painless' EDot), not `List` (ESymbol)


@dataclass(eq=False)
class Field(Node):
    obj: Node
    name: str
    null_safe: bool


@dataclass(eq=False)
class Index(Node):
    obj: Node
    index: Node


@dataclass(eq=False)
class Call(Node):
    obj: Node
    name: str
    args: list[Node]
    null_safe: bool


@dataclass(eq=False)
class LocalCall(Node):
    name: str
    args: list[Node]


@dataclass(eq=False)
class StaticCall(Node):
    type: str
    name: str
    args: list[Node]


@dataclass(eq=False)
class StaticField(Node):
    type: str
    name: str


@dataclass(eq=False)
class New(Node):
    type: str
    args: list[Node]


@dataclass(eq=False)
class NewArray(Node):
    type: str  # element type of the innermost dimension, e.g. int for new int[2][3]
    sizes: list[Node]  # one per dimension, outermost first


@dataclass(eq=False)
class NewArrayInit(Node):
    type: str  # array type, e.g. int[]
    items: list[Node]


@dataclass(eq=False)
class ListInit(Node):
    items: list[Node]


@dataclass(eq=False)
class MapInit(Node):
    keys: list[Node]
    values: list[Node]


@dataclass(eq=False)
class Unary(Node):
    op: str
    expr: Node


@dataclass(eq=False)
class Cast(Node):
    type: str
    expr: Node


@dataclass(eq=False)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(eq=False)
class Compare(Node):
    op: str
    left: Node
    right: Node


@dataclass(eq=False)
class Logic(Node):
    op: str
    left: Node
    right: Node


@dataclass(eq=False)
class InstanceOf(Node):
    expr: Node
    type: str


@dataclass(eq=False)
class Conditional(Node):
    cond: Node
    then: Node
    other: Node


@dataclass(eq=False)
class Elvis(Node):
    left: Node
    right: Node


@dataclass(eq=False)
class Assign(Node):
    op: str  # "=", "+=", ...
    target: Node
    value: Node


@dataclass(eq=False)
class IncDec(Node):
    op: str  # "++" or "--"
    target: Node
    prefix: bool


@dataclass(eq=False)
class Lambda(Node):
    params: list[tuple[str | None, str]]
    body: Node  # Block or an expression


@dataclass(eq=False)
class FuncRef(Node):
    owner: str  # a type name (`Double[]` for an array constructor), a variable name, or "this"
    name: str  # method name or "new"
    owner_is_type: bool
    written: str = ""  # the owner as the script spells it (`java.time.Instant`), for messages


# -- statements -------------------------------------------------------------------------------


@dataclass(eq=False)
class ExprStmt(Node):
    expr: Node


@dataclass(eq=False)
class Declaration(Node):
    """One declared variable; `pos` is the variable name (Painless' statement boundary)."""

    type: str
    name: str
    init: Node | None


@dataclass(eq=False)
class DeclBlock(Node):
    decls: list[Declaration]


@dataclass(eq=False)
class Block(Node):
    stmts: list[Node]


@dataclass(eq=False)
class If(Node):
    cond: Node
    then: Node
    other: Node | None


@dataclass(eq=False)
class While(Node):
    cond: Node
    body: Node


@dataclass(eq=False)
class DoWhile(Node):
    body: Node
    cond: Node


@dataclass(eq=False)
class For(Node):
    init: Node | None
    cond: Node | None
    update: Node | None
    body: Node


@dataclass(eq=False)
class ForEach(Node):
    type: str
    name: str
    iterable: Node
    body: Node


@dataclass(eq=False)
class Return(Node):
    expr: Node | None


@dataclass(eq=False)
class Break(Node):
    pass


@dataclass(eq=False)
class Continue(Node):
    pass


@dataclass(eq=False)
class Throw(Node):
    expr: Node


@dataclass(eq=False)
class Catch(Node):
    type: str
    name: str
    block: Block


@dataclass(eq=False)
class Try(Node):
    block: Block
    catches: list[Catch]


@dataclass(eq=False)
class Empty(Node):
    pass


@dataclass(eq=False)
class Function(Node):
    rtype: str
    name: str
    params: list[tuple[str, str]]
    body: Block


@dataclass(eq=False)
class Script:
    functions: list[Function]
    stmts: list[Node]
    statement_offsets: list[int] = field(default_factory=list)
