"""Painless' control-flow checks, run on the AST before compiling.

Elasticsearch's semantic phase rejects, at compile time, loops whose body always leaves them
(`extraneous while loop`), `if (true)`, `break`/`continue` outside loops, a `continue` that ends a
loop body, statements after a `return`/`throw`/`break`, and functions that can end without a
value (`not all paths provide a return value`). It also makes the last expression statement of a
non-void body an implicit return even inside `if`/`else`/`try` blocks; such statements get
`implicit_return = True` for the compiler.

The conditions follow DefaultSemanticAnalysisPhase: a statement reports whether it leaves the
method (`method`), the loop (`loop`), every path (`every`), and whether it holds a `continue` or
`break`. A block takes the leaving flags of its last statement only, and never `every`.
"""

from __future__ import annotations

from dataclasses import dataclass

from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.painless import ast
from s1elastic.ingest.painless.parser import PainlessCompileError

__all__ = ["check_function", "check_function_statements", "check_main"]


@dataclass
class _Out:
    method: bool = False
    loop: bool = False
    every: bool = False
    any_continue: bool = False
    any_break: bool = False


def _err(node: ast.Node, message: str) -> PainlessCompileError:
    return PainlessCompileError(node.pos, IllegalArgumentException(message))


def _body(node: ast.Node | None) -> list[ast.Node] | None:
    """A loop/if body as Painless sees it: `{}` and `;` are no block at all."""
    if node is None or isinstance(node, ast.Empty):
        return None
    if isinstance(node, ast.Block):
        return node.stmts or None
    return [node]


def _bool_constant(node: ast.Node | None) -> bool | None:
    if isinstance(node, ast.Literal) and node.type == "boolean":
        return bool(node.value)
    return None


class _Flow:
    def __init__(self, returns_value: bool) -> None:
        self.returns_value = returns_value

    def block(
        self,
        owner: ast.Node,
        stmts: list[ast.Node],
        *,
        last_source: bool = False,
        begin_loop: bool = False,
        in_loop: bool = False,
        last_loop: bool = False,
    ) -> _Out:
        out = _Out()
        last = len(stmts) - 1
        for i, stmt in enumerate(stmts):
            is_last = i == last
            s = self.stmt(
                stmt,
                last_source=last_source and is_last,
                in_loop=in_loop,
                last_loop=is_last and (begin_loop or last_loop),
            )
            if is_last:
                out.method, out.loop = s.method, s.loop
            elif s.every:
                raise _err(owner, "invalid block: unreachable statement")
            out.any_continue |= s.any_continue
            out.any_break |= s.any_break
        return out

    def stmt(self, node: ast.Node, *, last_source: bool, in_loop: bool, last_loop: bool) -> _Out:
        if isinstance(node, ast.If):
            return self._if(node, last_source, in_loop, last_loop)
        if isinstance(node, ast.While | ast.DoWhile | ast.For):
            return self._loop(node)
        if isinstance(node, ast.ForEach):
            body = _body(node.body)
            if body is None:
                raise _err(node, "extraneous foreach loop")
            b = self.block(node, body, begin_loop=True, in_loop=True)
            if b.loop and not b.any_continue:
                raise _err(node, "extraneous foreach loop")
            return _Out()
        if isinstance(node, ast.Return | ast.Throw):
            return _Out(method=True, loop=True, every=True)
        if isinstance(node, ast.Break):
            if not in_loop:
                raise _err(node, "invalid break statement: not inside loop")
            return _Out(loop=True, every=True, any_break=True)
        if isinstance(node, ast.Continue):
            if not in_loop:
                raise _err(node, "invalid continue statement: not inside loop")
            if last_loop:
                raise _err(node, "extraneous continue statement")
            return _Out(every=True, any_continue=True)
        if isinstance(node, ast.Try):
            return self._try(node, last_source, in_loop, last_loop)
        if isinstance(node, ast.Block):
            return self.block(node, node.stmts, last_source=last_source, in_loop=in_loop, last_loop=last_loop)
        if isinstance(node, ast.ExprStmt) and last_source and self.returns_value:
            # the value is returned (a void call fails later, when its value is converted)
            node.implicit_return = True  # type: ignore[attr-defined]
            return _Out(method=True, loop=True, every=True)
        return _Out()

    def _if(self, node: ast.If, last_source: bool, in_loop: bool, last_loop: bool) -> _Out:
        then = _body(node.then)
        if _bool_constant(node.cond) is not None or then is None:
            raise _err(node, "extraneous if block")
        flags = {"last_source": last_source, "in_loop": in_loop, "last_loop": last_loop}
        a = self.block(node, then, **flags)
        if node.other is None:
            return _Out(any_continue=a.any_continue, any_break=a.any_break)
        other = _body(node.other)
        if other is None:
            raise _err(node, "extraneous else block.")
        b = self.block(node, other, **flags)
        return _Out(
            method=a.method and b.method,
            loop=a.loop and b.loop,
            every=a.every and b.every,
            any_continue=a.any_continue or b.any_continue,
            any_break=a.any_break or b.any_break,
        )

    def _loop(self, node: ast.While | ast.DoWhile | ast.For) -> _Out:
        kind = {ast.While: "while", ast.DoWhile: "do-while", ast.For: "for"}[type(node)]
        body = _body(node.body)
        constant = _bool_constant(node.cond)
        continuous = constant is True or (isinstance(node, ast.For) and node.cond is None)
        if isinstance(node, ast.DoWhile):  # body first, then the condition
            if body is None:
                raise _err(node, "extraneous do-while loop")
        elif constant is False:
            raise _err(node, f"extraneous {kind} loop")
        elif constant is True and body is None:
            raise _err(node, f"no paths escape from {kind} loop")
        if body is None:
            return _Out()
        b = self.block(node, body, begin_loop=True, in_loop=True)
        if b.loop and not b.any_continue:
            raise _err(node, f"extraneous {kind} loop")
        if constant is False:
            raise _err(node, "extraneous do-while loop")
        if continuous and not b.any_break:
            return _Out(method=True, every=True)
        return _Out()

    def _try(self, node: ast.Try, last_source: bool, in_loop: bool, last_loop: bool) -> _Out:
        stmts = _body(node.block)
        if stmts is None:
            raise _err(node, "extraneous try statement")
        flags = {"last_source": last_source, "in_loop": in_loop, "last_loop": last_loop}
        out = self.block(node, stmts, **flags)
        for catch in node.catches:
            handler = _body(catch.block)
            c = self.block(catch, handler, **flags) if handler is not None else _Out()
            out.method &= c.method
            out.loop &= c.loop
            out.every &= c.every
            out.any_continue |= c.any_continue
            out.any_break |= c.any_break
        return out


def check_function(node: ast.Function) -> None:
    """A script function: statements required, and every path must return unless it is void."""
    missing_return = check_function_statements(node)
    if missing_return is not None:
        raise missing_return


def check_function_statements(node: ast.Function) -> PainlessCompileError | None:
    """check_function's statement checks; the missing-return error is returned, not raised,
    because visitFunction reports it only after analysing the whole body (whose type errors
    come first)."""
    n = len(node.params)
    if not node.body.stmts:
        raise _err(
            node,
            f"invalid function definition: found no statements for function [{node.name}] with [{n}] parameters",
        )
    returns_value = node.rtype != "void"
    out = _Flow(returns_value).block(node, node.body.stmts, last_source=True)
    if returns_value and not out.method:
        return _err(
            node,
            "invalid function definition: not all paths provide a return value for function "
            f"[{node.name}] with [{n}] parameters",
        )
    return None


def check_main(stmts: list[ast.Node], owner: ast.Node, rtype: str) -> None:
    """The script body: it returns its type's default when it ends without a value."""
    _Flow(rtype != "void").block(owner, stmts, last_source=True)
