"""Source text -> `ast.Script`: lark's LALR parser over `painless.lark`, then a Transformer.

Parse errors become `PainlessCompileError`s carrying the offending offset, so the script
exception can point at it exactly as Painless does.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedInput, VisitError

from s1elastic.ingest.painless import ast
from s1elastic.ingest.painless.lexer import LexError, PainlessLexer
from s1elastic.ingest.painless.types import is_type_name, qualified_type


class PainlessCompileError(Exception):
    """A compile-time error at `offset` (None: one Painless raises with no location); `exception` is
    the Java exception Painless would raise."""

    def __init__(self, offset: int | None, exception: Exception) -> None:
        super().__init__(str(exception))
        self.offset = offset
        self.exception = exception


def _iae(offset: int, message: str) -> PainlessCompileError:
    from s1elastic.ingest.errors import IllegalArgumentException

    return PainlessCompileError(offset, IllegalArgumentException(message))


@lru_cache(maxsize=1)
def _lark() -> Lark:
    grammar = (Path(__file__).parent / "painless.lark").read_text()
    return Lark(grammar, parser="lalr", lexer=PainlessLexer, maybe_placeholders=True)


def _lex_message(text: str) -> str:
    """EnhancedPainlessLexer.recover's text: ANTLR's display of the characters (line breaks and
    tabs escaped), and a hint when a string seems to stop at a bad escape sequence."""
    shown = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    message = f"unexpected character [{shown}]."
    first = text[0]
    if first in "'\"" and len(text) > 2 and text[-2] == "\\":
        message += (
            f" The only valid escape sequences in strings starting with [{first}] are [\\\\] and [\\{first}]."
        )
    return message


def parse(source: str) -> ast.Script:
    """Parse a whole script; raises PainlessCompileError."""
    try:
        tree = _lark().parse(source)
    except LexError as exc:
        raise _iae(exc.offset, _lex_message(exc.text)) from None
    except UnexpectedInput as exc:
        from s1elastic.ingest.painless.syntax_errors import diagnose, painless_tokens

        found = diagnose(painless_tokens(source))
        if found is not None:
            raise _iae(found[0], found[1]) from None
        token = getattr(exc, "token", None)
        offset = exc.pos_in_stream if exc.pos_in_stream is not None else len(source)
        if token is not None and token.type == "EOS":
            raise _iae(len(source), "invalid sequence of tokens near ['<EOF>'].") from None
        text = token.value if token is not None else source[offset : offset + 1]
        raise _iae(offset, f"invalid sequence of tokens near ['{text}'].") from None
    try:
        script = _Builder().transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, PainlessCompileError):
            raise exc.orig_exc from None
        raise
    assert isinstance(script, ast.Script)
    return script


def _pos(tok: Token) -> int:
    return int(tok.start_pos or 0)


def _start(node: Any) -> int:
    if isinstance(node, Token):
        return _pos(node)
    return int(node.start)


def _tokens(items: list[Any]) -> list[Token]:
    return [i for i in items if isinstance(i, Token)]


def _nodes(items: list[Any]) -> list[Any]:
    return [i for i in items if i is not None and not isinstance(i, Token)]


def _string_value(raw: str) -> str:
    body = raw[1:-1]
    quote = raw[0]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in ("\\", quote):
            out.append(body[i + 1])
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def number_literal(raw: str, pos: int, start: int, *, decimal: bool) -> ast.Literal:
    """A numeric literal; an out-of-range value becomes an error reported when compiled."""
    from s1elastic.ingest.javatypes import JFloat, JLong, to_float32

    lit = ast.Literal(pos, start, None, "int")
    text = raw
    neg = text.startswith("-")
    body = text[1:] if neg else text
    if decimal:
        if body[-1] in "fF":
            value = float(("-" if neg else "") + body[:-1])
            if value != 0.0 and (to_float32(value) in (float("inf"), float("-inf"))):
                lit.error = f"Invalid float constant [{raw}]."  # type: ignore[attr-defined]
                return lit
            lit.value, lit.type = JFloat(value), "float"
        else:
            value = float(("-" if neg else "") + body.rstrip("dD"))
            if value in (float("inf"), float("-inf")):
                lit.error = f"Invalid double constant [{raw}]."  # type: ignore[attr-defined]
                return lit
            lit.value, lit.type = value, "double"
        return lit
    is_long = body[-1] in "lL"
    digits = body[:-1] if is_long else body
    if digits.startswith(("0x", "0X")):
        number = int(digits[2:], 16)
    elif len(digits) > 1 and digits.startswith("0"):
        number = int(digits, 8)
    else:
        number = int(digits)
    if neg:
        number = -number
    if is_long:
        if not -(2**63) <= number < 2**63:
            lit.error = f"Invalid long constant [{raw}]."  # type: ignore[attr-defined]
            return lit
        lit.value, lit.type = JLong(number), "long"
    else:
        if not -(2**31) <= number < 2**31:
            hint = ""
            if -(2**63) <= number < 2**63:  # a valid long: Painless suggests the suffix
                hint = f" If you want a long constant then change it to [{raw}L]."
            lit.error = f"Invalid int constant [{raw}].{hint}"  # type: ignore[attr-defined]
            return lit
        lit.value, lit.type = number, "int"
    lit.raw = raw  # type: ignore[attr-defined]
    return lit


@v_args(inline=False)
class _Builder(Transformer[Any, Any]):
    """lark tree -> ast nodes."""

    # -- top level ---------------------------------------------------------------------------

    def start(self, items: list[Any]) -> ast.Script:
        functions = [i for i in items if isinstance(i, ast.Function)]
        stmts = [i for i in _nodes(items) if not isinstance(i, ast.Function)]
        return ast.Script(functions, stmts)

    def function(self, items: list[Any]) -> ast.Function:
        rtype = items[0]
        name = items[1]
        params = [p for p in items[3:-2] if isinstance(p, tuple)]
        body = items[-1]
        return ast.Function(_pos(name), rtype[1], rtype[0], name.value, [(t, n) for t, n in params], body)

    def param(self, items: list[Any]) -> tuple[str, str]:
        return (items[0][0], items[1].value)

    def decltype(self, items: list[Any]) -> tuple[str, int]:
        name = items[0].value + "[]" * (len(items) // 2)
        return (name, _pos(items[0]))

    # -- statements --------------------------------------------------------------------------

    def dstmt(self, items: list[Any]) -> Any:
        return items[0]

    def empty_stmt(self, items: list[Any]) -> ast.Empty:
        return ast.Empty(_pos(items[0]), _pos(items[0]))

    def block(self, items: list[Any]) -> ast.Block:
        return ast.Block(_pos(items[0]), _pos(items[0]), _nodes(items))

    def if_stmt(self, items: list[Any]) -> ast.If:
        return ast.If(_pos(items[0]), _pos(items[0]), items[2], items[4], None)

    def if_else_stmt(self, items: list[Any]) -> ast.If:
        return ast.If(_pos(items[0]), _pos(items[0]), items[2], items[4], items[6])

    def while_stmt(self, items: list[Any]) -> ast.While:
        return ast.While(_pos(items[0]), _pos(items[0]), items[2], items[4])

    def do_stmt(self, items: list[Any]) -> ast.DoWhile:
        return ast.DoWhile(_pos(items[0]), _pos(items[0]), items[1], items[4])

    def for_stmt(self, items: list[Any]) -> ast.For:
        # FOR LPAR [init] SEMICOLON [cond] SEMICOLON [update] RPAR trailer
        init, cond, update = items[2], items[4], items[6]
        return ast.For(_pos(items[0]), _pos(items[0]), init, cond, update, items[8])

    def each_stmt(self, items: list[Any]) -> ast.ForEach:
        return ast.ForEach(_pos(items[0]), _pos(items[0]), items[2][0], items[3].value, items[5], items[7])

    def in_stmt(self, items: list[Any]) -> ast.ForEach:
        return ast.ForEach(_pos(items[0]), _pos(items[0]), "def", items[2].value, items[4], items[6])

    def try_stmt(self, items: list[Any]) -> ast.Try:
        return ast.Try(
            _pos(items[0]), _pos(items[0]), items[1], [c for c in items[2:] if isinstance(c, ast.Catch)]
        )

    def trap(self, items: list[Any]) -> ast.Catch:
        return ast.Catch(_pos(items[0]), _pos(items[0]), items[2].value, items[3].value, items[5])

    def continue_stmt(self, items: list[Any]) -> ast.Continue:
        return ast.Continue(_pos(items[0]), _pos(items[0]))

    def break_stmt(self, items: list[Any]) -> ast.Break:
        return ast.Break(_pos(items[0]), _pos(items[0]))

    def return_stmt(self, items: list[Any]) -> ast.Return:
        return ast.Return(_pos(items[0]), _pos(items[0]), items[1])

    def throw_stmt(self, items: list[Any]) -> ast.Throw:
        return ast.Throw(_pos(items[0]), _pos(items[0]), items[1])

    def expr_stmt(self, items: list[Any]) -> ast.ExprStmt:
        expr = items[0]
        return ast.ExprStmt(_start(expr), _start(expr), expr)

    def declaration(self, items: list[Any]) -> ast.DeclBlock:
        type_name, type_pos = items[0]
        decls = []
        for dv in items[1:]:
            if isinstance(dv, Token):
                continue
            name_tok, op, init = dv
            if op is not None and op.value != "=":
                raise _iae(_pos(op), f"invalid sequence of tokens near ['{op.value}'].")
            decls.append(ast.Declaration(_pos(name_tok), _pos(name_tok), type_name, name_tok.value, init))
        return ast.DeclBlock(type_pos, type_pos, decls)

    def declvar(self, items: list[Any]) -> tuple[Token, Token | None, Any]:
        return (items[0], items[1], items[2])

    # -- expressions -------------------------------------------------------------------------

    def assign(self, items: list[Any]) -> ast.Assign:
        target, op, value = items
        return ast.Assign(_start(target), _start(target), op.value, target, value)

    def conditional(self, items: list[Any]) -> ast.Conditional:
        cond, _q, then, _c, other = items
        return ast.Conditional(_start(cond), _start(cond), cond, then, other)

    def elvis(self, items: list[Any]) -> ast.Elvis:
        left, _op, right = items
        return ast.Elvis(_start(left), _start(left), left, right)

    def logic(self, items: list[Any]) -> ast.Logic:
        left, op, right = items
        return ast.Logic(_start(left), _start(left), op.value, left, right)

    def binop(self, items: list[Any]) -> ast.Binary:
        left, op, right = items
        return ast.Binary(_start(left), _start(left), op.value, left, right)

    def compare(self, items: list[Any]) -> ast.Compare:
        left, op, right = items
        return ast.Compare(_start(left), _start(left), op.value, left, right)

    def instanceof(self, items: list[Any]) -> ast.InstanceOf:
        left, _op, decl = items
        return ast.InstanceOf(_start(left), _start(left), left, decl[0])

    def pre_incdec(self, items: list[Any]) -> ast.IncDec:
        op, target = items
        return ast.IncDec(_pos(op), _pos(op), op.value, target, True)

    def post_incdec(self, items: list[Any]) -> ast.IncDec:
        target, op = items
        return ast.IncDec(_start(target), _start(target), op.value, target, False)

    def unary_op(self, items: list[Any]) -> Any:
        op, expr = items
        if op.value == "-" and isinstance(expr, ast.Literal) and getattr(expr, "raw", None) is not None:
            raw = expr.raw  # type: ignore[attr-defined]
            if not raw.startswith("-"):
                return number_literal("-" + raw, _pos(op), _pos(op), decimal=expr.type in ("float", "double"))
        if op.value == "-" and isinstance(expr, ast.Literal) and getattr(expr, "error", None) is not None:
            error = expr.error  # type: ignore[attr-defined]
            raw = error.split("[", 1)[1].split("]", 1)[0]
            decimal = error.startswith(("Invalid float", "Invalid double"))
            return number_literal("-" + raw, _pos(op), _pos(op), decimal=decimal)
        return ast.Unary(_pos(op), _pos(op), op.value, expr)

    def cast(self, items: list[Any]) -> ast.Cast:
        lpar, decl, _r, expr = items
        return ast.Cast(_pos(lpar), _pos(lpar), decl[0], expr)

    def field(self, items: list[Any]) -> ast.Field:
        obj, dot, name = items
        return ast.Field(_pos(dot), _start(obj), obj, name.value, dot.type == "NSDOT")

    def call(self, items: list[Any]) -> ast.Call:
        obj, dot, name, args = items
        return ast.Call(_pos(dot), _start(obj), obj, name.value, args, dot.type == "NSDOT")

    def index(self, items: list[Any]) -> ast.Index:
        obj, lsqb, idx, _r = items
        return ast.Index(_pos(lsqb), _start(obj), obj, idx)

    def arguments(self, items: list[Any]) -> list[Any]:
        return _nodes(items)

    def paren(self, items: list[Any]) -> Any:
        inner = items[1]
        # keep the inner node; only its start moves to the parenthesis (Painless reports the inner location)
        return inner

    def integer(self, items: list[Any]) -> ast.Literal:
        tok = items[0]
        return number_literal(tok.value, _pos(tok), _pos(tok), decimal=False)

    def decimal(self, items: list[Any]) -> ast.Literal:
        tok = items[0]
        lit = number_literal(tok.value, _pos(tok), _pos(tok), decimal=True)
        if getattr(lit, "error", None) is None:  # an invalid one is negated through its error
            lit.raw = tok.value  # type: ignore[attr-defined]
        return lit

    def string(self, items: list[Any]) -> ast.Literal:
        tok = items[0]
        # interned: the JVM interns every string constant (ldc), so equal literals are one object
        return ast.Literal(_pos(tok), _pos(tok), sys.intern(_string_value(tok.value)), "String")

    def boolean(self, items: list[Any]) -> ast.Literal:
        tok = items[0]
        return ast.Literal(_pos(tok), _pos(tok), tok.value == "true", "boolean")

    def null(self, items: list[Any]) -> ast.Literal:
        tok = items[0]
        return ast.Literal(_pos(tok), _pos(tok), None, "null")

    def regex(self, items: list[Any]) -> ast.RegexLit:
        tok = items[0]
        text = tok.value
        end = text.rindex("/")
        return ast.RegexLit(_pos(tok), _pos(tok), text[1:end], text[end + 1 :])

    def variable(self, items: list[Any]) -> ast.Var:
        tok = items[0]
        return ast.Var(_pos(tok), _pos(tok), tok.value)

    def type_value(self, items: list[Any]) -> ast.TypeValue:
        """A class name read as a value (lexer.TypeValueToken); compiling it is the error."""
        tok = items[0]
        err_pos = int(getattr(tok, "err_pos", _pos(tok)))
        return ast.TypeValue(err_pos, _pos(tok), tok.value, err_pos != _pos(tok))

    def local_call(self, items: list[Any]) -> ast.LocalCall:
        tok, args = items
        return ast.LocalCall(_pos(tok), _pos(tok), tok.value, args)

    def static_call(self, items: list[Any]) -> ast.StaticCall:
        tok, dot, name, args = items
        return ast.StaticCall(_pos(dot), _pos(tok), tok.value, name.value, args)

    def static_field(self, items: list[Any]) -> ast.StaticField:
        tok, dot, name = items
        return ast.StaticField(_pos(dot), _pos(tok), tok.value, name.value)

    def new_object(self, items: list[Any]) -> ast.New:
        new, tok, args = items
        return ast.New(_pos(new), _pos(new), tok.value, args)

    def new_unknown(self, items: list[Any]) -> ast.New:
        """`new Foo()` / `new java.util.Foo()` naming no whitelisted class."""
        name = ".".join(t.value for t in _tokens(items) if t.type == "ID")
        raise _iae(_pos(items[0]), f"Not a type [{name}].")

    def new_array(self, items: list[Any]) -> ast.NewArray:
        new, tok = items[0], items[1]
        return ast.NewArray(_pos(new), _pos(new), tok.value, _nodes(items[2:]))

    def new_array_init(self, items: list[Any]) -> ast.NewArrayInit:
        new, tok = items[0], items[1]
        dims = sum(1 for i in items if isinstance(i, Token) and i.type == "LSQB")
        return ast.NewArrayInit(_pos(new), _pos(new), tok.value + "[]" * dims, _nodes(items[2:]))

    def list_init(self, items: list[Any]) -> ast.ListInit:
        return ast.ListInit(_pos(items[0]), _pos(items[0]), _nodes(items))

    def map_init(self, items: list[Any]) -> ast.MapInit:
        entries = _nodes(items)
        return ast.MapInit(_pos(items[0]), _pos(items[0]), [k for k, _ in entries], [v for _, v in entries])

    def mapentry(self, items: list[Any]) -> tuple[Any, Any]:
        return (items[0], items[2])

    def lambda_(self, items: list[Any]) -> ast.Lambda:  # pragma: no cover - renamed below
        raise NotImplementedError

    def lparam(self, items: list[Any]) -> tuple[str | None, str]:
        decl, name = items
        return (decl[0] if decl is not None else None, name.value)

    def funcref(self, items: list[Any]) -> ast.FuncRef:
        owner, _ref, name = items
        if isinstance(owner, tuple):  # decltype: a type, maybe dotted (`java.time.Instant`) or an array
            written, pos = owner
            base = written.rstrip("[]")
            resolved = base if is_type_name(base) else qualified_type(base) or base
            dims = written[len(base) :]
            return ast.FuncRef(pos, pos, resolved + dims, name.value, True, written)
        return ast.FuncRef(_pos(owner), _pos(owner), owner.value, name.value, False, owner.value)


def _lambda(self: _Builder, items: list[Any]) -> ast.Lambda:
    first = items[0]
    body = items[-1]
    if isinstance(first, Token) and first.type == "ID":
        params: list[tuple[str | None, str]] = [(None, first.value)]
    elif isinstance(first, tuple):  # `int x -> ...`: one typed parameter without parentheses
        decl, pos = first
        return ast.Lambda(pos, pos, [(decl, items[1].value)], body)
    else:
        params = [p for p in items[1:-2] if isinstance(p, tuple)]
    return ast.Lambda(_pos(first), _pos(first), params, body)


_Builder.__dict__  # noqa: B018 - keep mypy quiet about dynamic attribute below
setattr(_Builder, "lambda", _lambda)
