"""ast.Script -> Python closures, with Painless' static typing.

Every expression compiles to `(fn, type)`: `fn(frame)` computes the value and `type` is its static
Painless type (`def` when only known at runtime). Typed operations are resolved and checked here
(unknown methods or classes, impossible casts are compile errors); `def` operations go through
`runtime`. Locals live in slots of a frame list. Statements return None, or BREAK / CONTINUE /
RETURN (the value is then in the frame's return slot).

Error offsets: each closure that can fail binds its node offset to a local named `_pos`; when a
Java exception escapes, the innermost traceback frame holding `_pos` is the failing node.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.errors import (
    ClassCastException,
    IllegalArgumentException,
    JavaException,
    NullPointerException,
    PainlessError,
)
from s1elastic.ingest.fusion import EQUALS, IS_STRING, NOT_NULL, FieldTest
from s1elastic.ingest.javatypes import JavaSet, JFloat, JLong
from s1elastic.ingest.painless import ast, flow, funcrefs
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_regex import find_op, match_op, pattern_from_literal
from s1elastic.ingest.painless.methods import (
    MethodInfo,
    find_constructor,
    find_getter,
    find_method,
    find_static,
    find_static_field,
)
from s1elastic.ingest.painless.parser import PainlessCompileError
from s1elastic.ingest.painless.scope import FrameLayout, Scope
from s1elastic.ingest.painless.types import (
    BOX_OF,
    BOXED,
    CLASSES,
    FUNCTIONAL,
    NUMERIC_RANK,
    PRIMITIVES,
    ancestors,
    canonical,
    explicit_ok,
    functional_method,
    implicit_ok,
    is_primitive,
    is_type_name,
    promote_numeric,
    promote_unary,
    unboxed,
)
from s1elastic.ingest.painless.values import JArray, JChar, JFunction, LinkedHashMap

Fn = Callable[[list[Any]], Any]

BREAK, CONTINUE, RETURN = 1, 2, 3
MAX_LOOP = 1_000_000
LOOP_MESSAGE = "The maximum number of statements that can be executed in a loop has been reached."

_OP_NAMES = {
    "*": "multiplication",
    "/": "division",
    "%": "remainder",
    "+": "addition",
    "-": "subtraction",
    "=~": "find",
    "==~": "match",
    "<<": "left shift",
    ">>": "right shift",
    ">>>": "unsigned shift",
    "&": "bitwise and",
    "^": "bitwise xor",
    "|": "bitwise or",
    "&&": "boolean and",
    "||": "boolean or",
    "<": "less than",
    "<=": "less than or equals",
    ">": "greater than",
    ">=": "greater than or equals",
    "==": "equals",
    "===": "reference equals",
    "!=": "not equals",
    "!==": "reference not equals",
}

_DEFAULTS: dict[str, Any] = {
    "int": 0,
    "long": JLong(0),
    "double": 0.0,
    "float": JFloat(0.0),
    "boolean": False,
    "byte": rt.to_byte(0),
    "short": rt.to_short(0),
    "char": JChar("\x00"),
}


def _err(
    node: ast.Node, message: str, exc: type[JavaException] = IllegalArgumentException
) -> PainlessCompileError:
    return PainlessCompileError(node.pos, exc(message))


def _null_safe_primitive() -> PainlessCompileError:
    """`?.` on a member whose static type is primitive: Painless throws it without a location."""
    return PainlessCompileError(
        None, IllegalArgumentException("Result of null safe operator must be nullable")
    )


def _is_void(t: str) -> bool:
    return t == "void"


def _ref_type(t: str) -> str:
    """The static type of a method result or field: Object becomes def."""
    return "def" if t == "Object" else t


class _Function:
    """A script-level function: its signature and (after compiling) its body."""

    def __init__(self, node: ast.Function) -> None:
        self.node = node
        self.name = node.name
        self.rtype = node.rtype
        self.params = node.params
        self.call: Callable[..., Any] = _unset


def _unset(*args: Any) -> Any:  # pragma: no cover - replaced before any call
    raise AssertionError("function called before it was compiled")


class Compiler:
    """Compiles one script for one context (ingest script processor or `if` condition)."""

    def __init__(self, source: str, *, condition: bool, specialise: bool = True) -> None:
        self.source = source
        self.condition = condition
        # False: only the general closures (the reference the specialised ones are tested against)
        self.specialise = specialise
        self.functions: dict[tuple[str, int], _Function] = {}
        self.statement_offsets: set[int] = set()
        self.return_type = "boolean" if condition else "void"
        # Each lambda's synthetic method: id(node) -> (name, captures, parameters). Painless names
        # them `lambda$synthetic$N` in analysis order, a lambda after the lambdas in its body.
        self.lambda_methods: dict[int, tuple[str, int, int]] = {}
        # A conditional's closure -> its unpromoted branches (see `_convert`); the closure is kept
        # in the value so its id cannot be reused.
        self._branches: dict[int, tuple[Fn, ast.Conditional, Fn, Fn, str, Fn, str]] = {}
        # Each analysed expression's static type by id(node) (the tree outlives the compile), and
        # the closures of "def-optimized" reads (see `_def_optimized`), kept alive by the value.
        self._expr_types: dict[int, str] = {}
        self._def_opt: dict[int, Fn] = {}

    # -- entry point ---------------------------------------------------------------------------

    def compile(self, script: ast.Script) -> tuple[Callable[[Any, Any], Any], list[int]]:
        for fn_node in script.functions:
            key = (fn_node.name, len(fn_node.params))
            if key in self.functions:
                raise _err(
                    fn_node,
                    f"found duplicate function [{fn_node.name}] with [{len(fn_node.params)}] parameters",
                )
            self.functions[key] = _Function(fn_node)
        # DefaultSemanticAnalysisPhase analyses each function in turn, then the script body; a
        # function's missing return is reported after its body's own errors
        for fn in self.functions.values():
            missing_return = flow.check_function_statements(fn.node)
            self._compile_function(fn)
            if missing_return is not None:
                raise missing_return
        flow.check_main(script.stmts, ast.Empty(0, 0), self.return_type)

        frame = FrameLayout()
        scope = Scope(frame)
        ctx_var = scope.declare("ctx", "Map")
        # a getter variable (getParams): not final in DefaultSemanticAnalysisPhase, so `params = [:]`
        # rebinds the local; only the map it names at first is read-only (UnmodifiableMap)
        params_var = scope.declare("params", "Map")
        loop_slot = frame.new_slot()
        ret_slot = frame.new_slot()
        assert ctx_var is not None and params_var is not None
        self._loop_slot = loop_slot
        self._ret_slot = ret_slot
        body = self._compile_body(script.stmts, scope, self.return_type, main=True)
        # A fresh frame per run (a list allocation is cheap): threads may run one compiled script
        # at the same time, so a frame shared between runs would mix their locals.
        size = frame.size

        def run(ctx: Any, params: Any) -> Any:
            f: list[Any] = [None] * size
            f[0] = ctx
            f[1] = params
            f[loop_slot] = MAX_LOOP
            return body(f)

        statements = self._body_statements
        if not self.specialise or statements is None:
            return run, sorted(self.statement_offsets)
        default = _DEFAULTS.get(self.return_type)

        def run_statements(ctx: Any, params: Any) -> Any:
            """`run` with the body's statement sequence inlined (no trailing value to return)."""
            f: list[Any] = [None] * size
            f[0] = ctx
            f[1] = params
            f[loop_slot] = MAX_LOOP
            for stmt in statements:
                r = stmt(f)
                if r is not None:
                    if r == RETURN:
                        return f[ret_slot]
                    return default
            return default

        return run_statements, sorted(self.statement_offsets)

    def _compile_body(
        self,
        stmts: list[ast.Node],
        scope: Scope,
        rtype: str,
        *,
        main: bool,
        function: ast.Function | None = None,
    ) -> Fn:
        """A function body: statements, then the implicit return of a trailing expression."""
        last_value: Fn | None = None
        compiled: list[Fn] = []
        for i, stmt in enumerate(stmts):
            is_last = i == len(stmts) - 1
            if is_last and isinstance(stmt, ast.ExprStmt) and not _is_void(rtype):
                self.statement_offsets.add(stmt.pos)
                fn, t = self.expr(stmt.expr, scope)
                if _is_void(t):
                    # visitExpression: a void expression is no return value; a script function
                    # then misses one, the script body returns its type's default
                    if function is not None:
                        n = len(function.params)
                        raise _err(
                            function,
                            "invalid function definition: not all paths provide a return value "
                            f"for function [{function.name}] with [{n}] parameters",
                        )

                    def void_stmt(f: list[Any], _fn: Fn = fn) -> None:
                        _fn(f)

                    compiled.append(void_stmt)
                    continue
                # visitExpression gives the implicit return its target type only after analysing
                # it: a def read there is not def-optimized (Def.defTo* casts it)
                self._def_opt.pop(id(fn), None)
                last_value = self._convert(fn, t, rtype, stmt.expr, explicit=False, returning=True)
                continue
            compiled.append(self.stmt(stmt, scope))
        block = _sequence(compiled)
        # The statements of a body without a trailing value, for `compile` to run inline.
        self._body_statements = tuple(compiled) if last_value is None else None
        ret_slot = scope.frame.size  # reserved below
        scope.frame.size += 1
        ret_slot_main = self._ret_slot if main else ret_slot
        default = _DEFAULTS.get(rtype)

        if last_value is not None and block is _noop:
            body = last_value
        elif last_value is not None:
            lv = last_value

            def body(f: list[Any]) -> Any:
                r = block(f)
                if r == RETURN:
                    return f[ret_slot_main]
                return lv(f)

        else:

            def body(f: list[Any]) -> Any:
                r = block(f)
                if r == RETURN:
                    return f[ret_slot_main]
                return default

        return body

    # -- functions -----------------------------------------------------------------------------

    def _compile_function(self, fn: _Function) -> None:
        node = fn.node
        frame = FrameLayout()
        frame.rtype = node.rtype  # type: ignore[attr-defined]
        scope = Scope(frame)
        param_slots = []
        for ptype, pname in node.params:
            var = scope.declare(pname, ptype)
            if var is None:
                raise _err(node, f"duplicate parameter name [{pname}] for function [{node.name}]")
            param_slots.append(var.slot)
        loop_slot = frame.new_slot()
        saved = getattr(self, "_loop_slot", None), getattr(self, "_ret_slot", None)
        self._loop_slot = loop_slot
        ret_slot = frame.new_slot()
        self._ret_slot = ret_slot
        body = self._compile_body(node.body.stmts, scope, node.rtype, main=True, function=node)
        self._loop_slot, self._ret_slot = saved  # type: ignore[assignment]
        size = frame.size
        nparams = len(param_slots)

        def call(*args: Any) -> Any:
            f: list[Any] = [None] * size
            f[:nparams] = args
            f[loop_slot] = MAX_LOOP
            return body(f)

        fn.call = call

    # -- statements ----------------------------------------------------------------------------

    def stmt(self, node: ast.Node, scope: Scope) -> Fn:
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is None:
            raise _err(node, f"unsupported statement [{type(node).__name__}]")
        return method(node, scope)  # type: ignore[no-any-return]

    def s_Empty(self, node: ast.Empty, scope: Scope) -> Fn:
        return _noop

    def s_Block(self, node: ast.Block, scope: Scope) -> Fn:
        inner = scope.child()
        return _sequence([self.stmt(s, inner) for s in node.stmts])

    def s_ExprStmt(self, node: ast.ExprStmt, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        expr = node.expr
        rtype = self._current_rtype(scope)
        if getattr(node, "implicit_return", False) and not _is_void(rtype) and rtype != "lambda":
            # the last statement of an if/else/try branch at the end of a non-void body (flow.py)
            value, t = self.expr(expr, scope)
            self._def_opt.pop(id(value), None)  # not def-optimized, as in `compile`
            value = self._convert(value, t, rtype, expr, explicit=False, returning=True)
            ret_slot = self._ret_slot

            def sr(f: list[Any], _pos: int = node.pos) -> int:
                f[ret_slot] = value(f)
                return RETURN

            return sr
        if not isinstance(
            expr, ast.Assign | ast.IncDec | ast.Call | ast.LocalCall | ast.StaticCall | ast.New
        ):
            if isinstance(expr, ast.Var) and scope.lookup(expr.name) is None:
                # ESymbol: an unknown name is a partial type name, not a variable (`_score;`, `doc;`)
                raise _err(expr, f"cannot resolve symbol [{expr.name}]")
            raise _err(expr, _not_a_statement(expr))
        fn, _t = self.expr(expr, scope, statement=True)

        def s(f: list[Any]) -> None:
            fn(f)

        return s

    def s_DeclBlock(self, node: ast.DeclBlock, scope: Scope) -> Fn:
        return _sequence([self.s_Declaration(d, scope) for d in node.decls])

    def s_Declaration(self, node: ast.Declaration, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        self._check_type(node, node.type)
        if node.init is not None:
            fn, t = self.expr(node.init, scope)
            value = self._convert(fn, t, node.type, node.init, explicit=False)
        else:
            default = _DEFAULTS.get(node.type)

            def value(f: list[Any]) -> Any:
                return default

        var = scope.declare(node.name, node.type)
        if var is None:
            raise _err(node, f"variable [{node.name}] is already defined")
        slot = var.slot

        def s(f: list[Any], _pos: int = node.pos) -> None:
            f[slot] = value(f)

        return s

    def s_If(self, node: ast.If, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        cond = self.condition_expr(node.cond, scope)
        then = self.stmt(node.then, scope.child())
        if node.other is None:

            def s(f: list[Any]) -> Any:
                if cond(f):
                    return then(f)
                return None

            return s
        other = self.stmt(node.other, scope.child())

        def s2(f: list[Any]) -> Any:
            if cond(f):
                return then(f)
            return other(f)

        return s2

    def _loop_check(self, node: ast.Node) -> Callable[[list[Any]], None]:
        slot = self._loop_slot

        def check(f: list[Any], _pos: int = node.pos) -> None:
            n = f[slot] - 1
            f[slot] = n
            if n <= 0:
                raise PainlessError(LOOP_MESSAGE)

        return check

    def s_While(self, node: ast.While, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        cond = self.condition_expr(node.cond, scope)
        body = self.stmt(node.body, scope.child())
        slot = self._loop_slot

        def s(f: list[Any], _pos: int = node.pos) -> Any:
            while cond(f):
                n = f[slot] - 1
                f[slot] = n
                if n <= 0:
                    raise PainlessError(LOOP_MESSAGE)
                r = body(f)
                if r is not None:
                    if r == BREAK:
                        break
                    if r == RETURN:
                        return r
            return None

        return s

    def s_DoWhile(self, node: ast.DoWhile, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        body = self.stmt(node.body, scope.child())
        cond = self.condition_expr(node.cond, scope)
        slot = self._loop_slot

        def s(f: list[Any], _pos: int = node.pos) -> Any:
            while True:
                n = f[slot] - 1
                f[slot] = n
                if n <= 0:
                    raise PainlessError(LOOP_MESSAGE)
                r = body(f)
                if r is not None:
                    if r == BREAK:
                        break
                    if r == RETURN:
                        return r
                if not cond(f):
                    break
            return None

        return s

    def s_For(self, node: ast.For, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        inner = scope.child()
        if node.init is None:
            init: Fn = _noop
        elif isinstance(node.init, ast.DeclBlock):
            init = self.s_DeclBlock(node.init, inner)
        else:
            ifn, _t = self.expr(node.init, inner, statement=True)
            init = ifn
        cond = self.condition_expr(node.cond, inner) if node.cond is not None else _true
        update: Fn = self.expr(node.update, inner, statement=True)[0] if node.update is not None else _noop
        body = self.stmt(node.body, inner.child())
        slot = self._loop_slot

        def s(f: list[Any], _pos: int = node.pos) -> Any:
            init(f)
            while cond(f):
                n = f[slot] - 1
                f[slot] = n
                if n <= 0:
                    raise PainlessError(LOOP_MESSAGE)
                r = body(f)
                if r is not None:
                    if r == BREAK:
                        break
                    if r == RETURN:
                        return r
                update(f)
            return None

        return s

    def s_ForEach(self, node: ast.ForEach, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        self._check_type(node, node.type)
        it_fn, it_type = self.expr(node.iterable, scope)
        inner = scope.child()
        var = inner.declare(node.name, node.type)
        if var is None:
            raise _err(node, f"variable [{node.name}] is already defined")
        vslot = var.slot
        body = self.stmt(node.body, inner.child())
        slot = self._loop_slot
        vtype = node.type
        needs_cast = vtype not in ("def", "Object")
        if (
            it_type not in ("def",)
            and not any(a in ("Iterable",) for a in ancestors(it_type))
            and not it_type.endswith("[]")
        ):
            raise _err(node, f"Cannot iterate over [{canonical(it_type)}]")
        # The loop variable takes each element by an explicit cast (SEach: the array's component
        # type, or def for an iterable, to the variable type), so `for (byte b : ints)` narrows.
        if it_type.endswith("[]") and needs_cast:
            comp = it_type[:-2]
            if comp != "def" and not explicit_ok(comp, vtype):
                raise _err(
                    node,
                    f"Cannot cast from [{canonical(comp)}] to [{canonical(vtype)}].",
                    ClassCastException,
                )

        def loop(f: list[Any], source: Any, _pos: int = node.pos) -> Any:
            # an iterator that checks each element as next() reaches it (WriteField.docs()) runs lazily
            items = source.java_iter() if getattr(source, "LAZY_ITER", False) else rt.iterate(source)
            # What the iterator fails fast on: a map view watches its map, a set itself (Java's
            # HashIterator checks modCount in next(); a size change stands for modCount here).
            watched = getattr(source, "map", None)
            if items is source and watched is None:
                return _live_list_loop(f, source)
            if watched is None and isinstance(source, JavaSet):
                watched = source
            size = len(watched) if watched is not None else 0
            for x in items:
                if watched is not None and len(watched) != size:
                    from s1elastic.ingest.errors import ConcurrentModificationException

                    raise ConcurrentModificationException(None)
                n = f[slot] - 1
                f[slot] = n
                if n <= 0:
                    raise PainlessError(LOOP_MESSAGE)
                f[vslot] = rt.def_cast(x, vtype, True) if needs_cast else x
                r = body(f)
                if r is not None:
                    if r == BREAK:
                        break
                    if r == RETURN:
                        return r
            return None

        def _live_list_loop(f: list[Any], source: list[Any]) -> Any:
            """ArrayList.Itr (and an array's index loop): hasNext() compares the cursor with the
            live size and next() reads the live list, failing fast on a structural change (so an
            element removed in the last-but-one round ends the loop, one added in the last round
            is a ConcurrentModificationException)."""
            size = len(source)
            i = 0
            while True:
                live = len(source)
                if i == live:
                    break
                if live != size:
                    from s1elastic.ingest.errors import ConcurrentModificationException

                    raise ConcurrentModificationException(None)
                x = source[i]
                i += 1
                n = f[slot] - 1
                f[slot] = n
                if n <= 0:
                    raise PainlessError(LOOP_MESSAGE)
                f[vslot] = rt.def_cast(x, vtype, True) if needs_cast else x
                r = body(f)
                if r is not None:
                    if r == BREAK:
                        break
                    if r == RETURN:
                        return r
            return None

        def s(f: list[Any], _pos: int = node.pos) -> Any:
            return loop(f, it_fn(f))

        if needs_cast or not self.specialise:
            return s

        def s_list(f: list[Any], _pos: int = node.pos) -> Any:
            """`loop` for an untyped variable: a plain list goes straight to the list loop."""
            source = it_fn(f)
            if type(source) is not list:
                return loop(f, source)
            return _live_list_loop(f, source)

        return s_list

    def s_Return(self, node: ast.Return, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        ret_slot = self._ret_slot
        rtype = self._current_rtype(scope)
        if node.expr is None:
            if not _is_void(rtype) and rtype != "lambda":
                # visitReturn: the missing value is a cast from the return type to void
                raise _err(node, f"cannot cast from [{canonical(rtype)}] to [void]", ClassCastException)

            def s0(f: list[Any]) -> int:
                f[ret_slot] = None
                return RETURN

            return s0
        fn, t = self.expr(node.expr, scope)
        if _is_void(rtype) and not _is_void(t):
            # visitReturn: the value gets the target type void, which nothing converts to
            if t == "null":
                raise _err(node.expr, "Cannot cast null to a primitive type [void].")
            raise _err(node.expr, f"Cannot cast from [{canonical(t)}] to [void].", ClassCastException)
        if rtype != "lambda":
            fn = self._convert(fn, t, rtype, node.expr, explicit=False, returning=True)

        def s(f: list[Any], _pos: int = node.pos) -> int:
            f[ret_slot] = fn(f)
            return RETURN

        return s

    def _current_rtype(self, scope: Scope) -> str:
        return getattr(scope.frame, "rtype", self.return_type)

    def s_Break(self, node: ast.Break, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        return lambda f: BREAK

    def s_Continue(self, node: ast.Continue, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        return lambda f: CONTINUE

    def s_Throw(self, node: ast.Throw, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        fn, _t = self.expr(node.expr, scope)

        def s(f: list[Any], _pos: int = node.pos) -> None:
            exc = fn(f)
            if exc is None:
                raise NullPointerException(None)
            if not isinstance(exc, JavaException):
                raise rt.java_cce(exc, "Exception")
            raise exc

        return s

    def s_Try(self, node: ast.Try, scope: Scope) -> Fn:
        self.statement_offsets.add(node.pos)
        block = self.s_Block(node.block, scope)
        handlers = []
        for c in node.catches:
            # DefaultSemanticAnalysisPhase.visitCatch, in its order
            if c.name in CLASSES:
                raise _err(c, f"invalid catch declaration: type [{c.name}] cannot be a name")
            if c.type not in CLASSES and c.type not in PRIMITIVES and c.type != "def":
                raise _err(c, f"invalid catch declaration: cannot resolve type [{c.type}]")
            inner = scope.child()
            var = inner.declare(c.name, c.type)
            if var is None:
                raise _err(c, f"variable [{c.name}] is already defined")
            if "Exception" not in ancestors(c.type):
                message = f"cannot cast from [{canonical(c.type)}] to [java.lang.Exception]"
                raise _err(c, message, ClassCastException)
            handlers.append((c.type, var.slot, self.s_Block(c.block, inner)))

        def s(f: list[Any]) -> Any:
            try:
                return block(f)
            except JavaException as exc:
                if isinstance(exc, PainlessError):
                    raise
                for ctype, slot, handler in handlers:
                    if _exception_matches(exc, ctype):
                        f[slot] = exc
                        return handler(f)
                raise

        return s

    # -- expressions ---------------------------------------------------------------------------

    def expr(self, node: ast.Node, scope: Scope, *, statement: bool = False) -> tuple[Fn, str]:
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            raise _err(node, f"unsupported expression [{type(node).__name__}]")
        if isinstance(node, ast.Assign | ast.IncDec):
            return method(node, scope, statement)  # type: ignore[no-any-return]
        result: tuple[Fn, str] = method(node, scope)
        self._expr_types[id(node)] = result[1]
        if (
            result[1] == "def"
            and isinstance(node, ast.Call | ast.Field | ast.Index)
            and self._def_optimized(node)
        ):
            self._def_opt[id(result[0])] = result[0]
        return result

    def _def_optimized(self, node: ast.Call | ast.Field | ast.Index) -> bool:
        """A call, field or brace read on a `def` receiver (not `?.`): Painless gives it the target
        type of its context, so the conversion is the invokedynamic call site's MethodHandle.asType
        (DefOptimizationTests), not a Def.defTo* cast; see `_as_type_from_def`."""
        if getattr(node, "null_safe", False):
            return False
        recv = self._expr_types.get(id(node.obj))
        if recv is None:  # the inner link of a `a.b.c` chain (`_field_chain`): a def value
            return isinstance(node, ast.Field) and isinstance(node.obj, ast.Field)
        return recv == "def"

    def condition_expr(self, node: ast.Node, scope: Scope) -> Fn:
        fn, t = self.expr(node, scope)
        return self._convert(fn, t, "boolean", node, explicit=False)

    def e_Literal(self, node: ast.Literal, scope: Scope) -> tuple[Fn, str]:
        error = getattr(node, "error", None)
        if error is not None:
            raise _err(node, error)
        value = node.value
        return _const(value), node.type

    def e_RegexLit(self, node: ast.RegexLit, scope: Scope) -> tuple[Fn, str]:
        try:
            pattern = pattern_from_literal(node.pattern, node.flags)
        except JavaException as exc:  # a bad pattern points inside the literal (ERegex)
            raise PainlessCompileError(node.pos + getattr(exc, "offset_in_literal", 0), exc) from None
        return _const(pattern), "Pattern"

    def e_TypeValue(self, node: ast.TypeValue, scope: Scope) -> tuple[Fn, str]:
        raise _err(node, _value_required(node))

    def e_Var(self, node: ast.Var, scope: Scope) -> tuple[Fn, str]:
        var = scope.lookup(node.name)
        if var is None:
            raise _err(node, f"cannot resolve symbol [{node.name}]")
        slot = var.slot

        def read(f: list[Any]) -> Any:
            return f[slot]

        read.var_slot = slot  # type: ignore[attr-defined]  # see _null_test
        return read, var.type

    def _var_slot(self, node: ast.Node, scope: Scope) -> int | None:
        """The frame slot of `node` when it reads a local variable and closures may specialise:
        they then read `f[slot]` themselves instead of calling the variable's closure."""
        if not self.specialise or not isinstance(node, ast.Var):
            return None
        var = scope.lookup(node.name)
        return None if var is None else var.slot

    # field access ------------------------------------------------------------------------------

    def _partial_name(self, node: ast.Node, scope: Scope) -> str | None:
        """`a.b.c` over an undefined `a`: Painless reads it as a partial class name, reported whole
        (`cannot resolve symbol [java.util.Foo]`) where a value or a type is needed."""
        names: list[str] = []
        cur = node
        while isinstance(cur, ast.Field):
            names.append(cur.name)
            cur = cur.obj
        if not names or not isinstance(cur, ast.Var) or scope.lookup(cur.name) is not None:
            return None
        return ".".join([cur.name, *reversed(names)])

    def e_Field(self, node: ast.Field, scope: Scope) -> tuple[Fn, str]:
        partial = self._partial_name(node, scope)
        if partial is not None:
            raise _err(node, f"cannot resolve symbol [{partial}]")
        chain = self._field_chain(node, scope)
        if chain is not None:
            return chain
        obj, otype = self.expr(node.obj, scope)
        return self._field_read(node, obj, otype, self._var_slot(node.obj, scope))

    def _field_chain(self, node: ast.Field, scope: Scope) -> tuple[Fn, str] | None:
        """`a.b?.c.d` on maps and defs as one closure (the hot shape of ingest conditions)."""
        links: list[ast.Field] = []
        cur: ast.Node = node
        while isinstance(cur, ast.Field) and cur.name not in _MAP_GETTERS:
            links.append(cur)
            cur = cur.obj
        if len(links) < 2:
            return None
        base, btype = self.expr(cur, scope)
        if not (btype == "def" or "Map" in ancestors(btype)):
            return None
        links.reverse()
        steps = tuple((ln.name, ln.null_safe, ln.pos) for ln in links)
        get_field = rt.get_field
        npe = rt.npe_member

        def chain(f: list[Any]) -> Any:
            v = base(f)
            for name, ns, _pos in steps:
                if type(v) is dict:
                    v = v.get(name)
                elif v is None:
                    if ns:
                        continue
                    raise npe(name)
                else:
                    v = get_field(v, name)
            return v

        if not self.specialise:
            return chain, "def"
        if all(ln.null_safe for ln in links[1:]) and isinstance(cur, ast.Var):
            # `ctx.a?.b?.c`: walk dicts directly; anything else takes the general path above
            names = tuple(ln.name for ln in links)
            slot = scope.lookup(cur.name).slot  # type: ignore[union-attr]

            def fast(f: list[Any]) -> Any:
                v = f[slot]
                if v is None:
                    return chain(f)
                for name in names:
                    if type(v) is dict:
                        v = v.get(name)
                    elif v is None:
                        return None
                    else:
                        return chain(f)
                return v

            return fast, "def"
        if isinstance(cur, ast.Var):
            # `ctx.a.b.c`: walk dicts directly; at anything else (a null included) the general path
            # walks again from the variable (dict reads have no effects) and decides
            names = tuple(ln.name for ln in links)
            var_slot = scope.lookup(cur.name).slot  # type: ignore[union-attr]

            def walk(f: list[Any]) -> Any:
                v = f[var_slot]
                for name in names:
                    if type(v) is dict:
                        v = v.get(name)
                    else:
                        return chain(f)
                return v

            return walk, "def"
        return chain, "def"

    def _field_read(self, node: ast.Field, obj: Fn, otype: str, slot: int | None = None) -> tuple[Fn, str]:
        """`obj.name`; `slot`: obj is that local variable (see `_var_slot`)."""
        name = node.name
        ns = node.null_safe
        if otype == "def" or ("Map" in ancestors(otype) and find_getter(otype, name) is None):
            get_field = rt.get_field
            npe = rt.npe_member
            if slot is not None and name not in _MAP_GETTERS:

                def fm_var(f: list[Any], _pos: int = node.pos) -> Any:
                    v = f[slot]
                    if type(v) is dict:
                        return v.get(name)
                    if v is None:
                        if ns:
                            return None
                        raise npe(name)
                    return get_field(v, name)

                fm_var.var_field = (slot, name)  # type: ignore[attr-defined]  # see e_Compare
                return fm_var, "def"
            if name in _MAP_GETTERS:

                def fd(f: list[Any], _pos: int = node.pos) -> Any:
                    v = obj(f)
                    if v is None and ns:
                        return None
                    if type(v) is dict:  # Def.lookupGetter: the isEmpty getter before the key
                        return not v
                    return get_field(v, name)

                return fd, "def"

            def fm(f: list[Any], _pos: int = node.pos) -> Any:
                v = obj(f)
                if type(v) is dict:
                    return v.get(name)
                if v is None:
                    if ns:
                        return None
                    raise npe(name)
                return get_field(v, name)

            return fm, "def"
        if otype.endswith("[]"):
            if name != "length":
                raise _err(node, f"Field [{name}] does not exist for type [{canonical(otype)}].")
            if ns:  # int length
                raise _null_safe_primitive()

            def fa(f: list[Any], _pos: int = node.pos) -> Any:
                v = obj(f)
                if v is None:
                    if ns:
                        return None
                    raise rt.npe_member(name)
                return len(v)

            return fa, "int"
        getter_info = _find_getter_info(otype, name)
        if getter_info is None:
            if "List" in ancestors(otype) and name.isdigit():
                index = int(name)

                def fl(f: list[Any], _pos: int = node.pos) -> Any:
                    v = obj(f)
                    if v is None:
                        if ns:
                            return None
                        raise rt.npe_member(name)
                    return rt.list_get(v, index)

                return fl, "def"
            if is_primitive(otype):
                raise _err(node, f"Illegal field access on primitive type [{otype}]. ")
            raise _err(node, f"field [{canonical(otype)}, {name}] not found")
        if ns and is_primitive(getter_info.ret):
            raise _null_safe_primitive()
        impl = getter_info.impl

        def fg(f: list[Any], _pos: int = node.pos) -> Any:
            v = obj(f)
            if v is None:
                if ns:
                    return None
                raise rt.npe_member(name)
            return impl(v)

        return fg, _ref_type(getter_info.ret)

    def e_StaticField(self, node: ast.StaticField, scope: Scope) -> tuple[Fn, str]:
        found = find_static_field(node.type, node.name)
        if found is None:
            raise _err(node, f"static field [{canonical(node.type)}, {node.name}] not found")
        t, value = found
        return _const(value), t

    def e_Index(self, node: ast.Index, scope: Scope) -> tuple[Fn, str]:
        obj, otype = self.expr(node.obj, scope)
        idx, itype = self.expr(node.index, scope)
        get_index: Callable[[Any, Any], Any] = rt.get_index
        site = rt.index_site(itype) if otype == "def" else None
        if site is not None:  # a list or array index of another static type fails to link
            get_index = rt.checked_get_index(site)
        if otype == "def" or "Map" in ancestors(otype) or "List" in ancestors(otype) or otype.endswith("[]"):
            if otype != "def" and "Map" not in ancestors(otype):
                idx = self._convert(idx, itype, "int", node.index, explicit=False)
            rtype = otype[:-2] if otype.endswith("[]") else "def"

            def fi(f: list[Any], _pos: int = node.pos) -> Any:
                return get_index(obj(f), idx(f))

            if not self.specialise:
                return fi, _ref_type(rtype)
            slot = self._var_slot(node.obj, scope)
            if slot is not None:

                def fi_var(f: list[Any], _pos: int = node.pos) -> Any:
                    o = f[slot]
                    i = idx(f)
                    if type(o) is dict and type(i) is str:  # get_index's first case
                        return o.get(i)
                    return get_index(o, i)

                return fi_var, _ref_type(rtype)

            def fi_map(f: list[Any], _pos: int = node.pos) -> Any:
                o = obj(f)
                i = idx(f)
                if type(o) is dict and type(i) is str:  # get_index's first case
                    return o.get(i)
                return get_index(o, i)

            return fi_map, _ref_type(rtype)
        raise _err(node, f"Illegal array access on type [{canonical(otype)}].")

    # calls -------------------------------------------------------------------------------------

    def e_Call(self, node: ast.Call, scope: Scope) -> tuple[Fn, str]:
        partial = self._partial_name(node.obj, scope)
        if partial is not None:
            raise _err(node, f"cannot resolve symbol [{partial}]")
        obj, otype = self.expr(node.obj, scope)
        n = len(node.args)
        name = node.name
        ns = node.null_safe
        if otype == "def":
            typed = []
            for a in node.args:
                typed.append(self._dynamic_arg_typed(a, scope))
                if typed[-1][1] == "void":  # visitCall: a def call's arguments keep their own types
                    raise _err(node, f"Argument(s) cannot be of [void] type when calling method [{name}].")
            args = [fn for fn, _t in typed]
            lambdas = tuple(
                (i, *self.lambda_methods[id(a)]) for i, a in enumerate(node.args) if isinstance(a, ast.Lambda)
            )
            site = _DynamicSite(name, n, tuple(t for _fn, t in typed), lambdas)
            if any(isinstance(a, ast.FuncRef) for a in node.args):
                return self._dynamic_call_linking(node, obj, site, args, scope), "def"
            # The site's inline cache read here first: a hit without argument coercions calls the
            # method directly (what call0 / call1 do after the same lookup).
            cache = site.cache
            receiver_slot = getattr(obj, "var_slot", None)  # the receiver is a local variable
            if n == 0:
                call0 = site.call0

                def c0(f: list[Any], _pos: int = node.pos) -> Any:
                    v = obj(f)
                    if v is None and ns:
                        return None
                    return call0(v)

                if not self.specialise:
                    return c0, "def"
                if receiver_slot is not None:

                    def c0_var(f: list[Any], _pos: int = node.pos) -> Any:
                        v = f[receiver_slot]
                        if v is None and ns:
                            return None
                        entry = cache.get(type(v))
                        if entry is not None:
                            return entry[0](v)
                        return call0(v)

                    return c0_var, "def"

                def c0_cached(f: list[Any], _pos: int = node.pos) -> Any:
                    v = obj(f)
                    if v is None and ns:
                        return None
                    entry = cache.get(type(v))
                    if entry is not None:
                        return entry[0](v)
                    return call0(v)

                return c0_cached, "def"
            if n == 1:
                a0 = args[0]
                call1 = site.call1

                def c1(f: list[Any], _pos: int = node.pos) -> Any:
                    v = obj(f)
                    if v is None and ns:
                        return None
                    return call1(v, a0(f))

                if not self.specialise:
                    return c1, "def"
                if receiver_slot is not None:

                    def c1_var(f: list[Any], _pos: int = node.pos) -> Any:
                        v = f[receiver_slot]
                        if v is None and ns:
                            return None
                        a = a0(f)
                        entry = cache.get(type(v))
                        if entry is not None and entry[1] is None:
                            return entry[0](v, a)
                        return call1(v, a)

                    return c1_var, "def"

                def c1_cached(f: list[Any], _pos: int = node.pos) -> Any:
                    v = obj(f)
                    if v is None and ns:
                        return None
                    a = a0(f)
                    entry = cache.get(type(v))
                    if entry is not None and entry[1] is None:
                        return entry[0](v, a)
                    return call1(v, a)

                return c1_cached, "def"
            calln = site.call

            def cn(f: list[Any], _pos: int = node.pos) -> Any:
                v = obj(f)
                if v is None and ns:
                    return None
                return calln(v, [a(f) for a in args])

            return cn, "def"
        if is_primitive(otype):
            box = BOX_OF[otype]
            info = find_method(box, name, n)
            if info is None:
                raise _err(node, f"member method [{canonical(box)}, {name}/{n}] not found")
        else:
            info = find_method(otype, name, n)
        if info is None or info.static:
            raise _err(node, f"member method [{canonical(otype)}, {name}/{n}] not found")
        args = self._typed_args(info, node.args, scope, node)
        if ns and is_primitive(info.ret):
            raise _null_safe_primitive()
        impl = info.impl
        rtype = _ref_type(info.ret)
        if otype == "Map" and rtype == "def":
            rtype = "def"

        def ct(f: list[Any], _pos: int = node.pos) -> Any:
            v = obj(f)
            if v is None:
                if ns:
                    return None
                raise rt.npe_member(name)
            return impl(v, *[a(f) for a in args])

        return ct, rtype

    def e_LocalCall(self, node: ast.LocalCall, scope: Scope) -> tuple[Fn, str]:
        fn = self.functions.get((node.name, len(node.args)))
        if fn is None:
            script_call = self._script_method_call(node, scope)
            if script_call is not None:
                return script_call
            raise _err(node, f"Unknown call [{node.name}] with [{len(node.args)}] arguments.")
        args = []
        for (ptype, _pname), a in zip(fn.params, node.args):
            if isinstance(a, ast.FuncRef) and ptype != "def":
                # the parameter's interface is known: FunctionRef.create with a location
                self._check_funcref(a, ptype, scope)
                args.append(self._funcref(a, scope, ptype))
                continue
            afn, atype = self.expr(a, scope)
            # ECallLocal analyses arguments as `internal` too (a byte may go to a Short parameter)
            args.append(self._convert(afn, atype, ptype, a, explicit=False, internal=True))
        target = fn

        def lc(f: list[Any], _pos: int = node.pos) -> Any:
            try:
                return target.call(*[a(f) for a in args])
            except RecursionError:
                raise _stack_overflow() from None

        return lc, _ref_type(fn.rtype)

    def _script_method_call(self, node: ast.LocalCall, scope: Scope) -> tuple[Fn, str] | None:
        """A method of the script class, after the script's own functions (visitCallLocal):
        IngestScript's `metadata()` and `field(String)`, IngestConditionalScript's `field(String)`."""
        from s1elastic.ingest.painless import api_script_fields

        if node.name == "metadata" and not node.args and not self.condition:
            make_metadata = api_script_fields.script_metadata

            def md(f: list[Any], _pos: int = node.pos) -> Any:
                return make_metadata()

            return md, "Metadata"
        if node.name == "field" and len(node.args) == 1:
            afn, atype = self.expr(node.args[0], scope)
            path = self._convert(afn, atype, "String", node.args[0], explicit=False)
            make_field = api_script_fields.script_field

            def fd(f: list[Any], _pos: int = node.pos) -> Any:
                return make_field(path(f))

            return fd, "SourceMapField" if self.condition else "WriteField"
        return None

    def e_StaticCall(self, node: ast.StaticCall, scope: Scope) -> tuple[Fn, str]:
        info = find_static(node.type, node.name, len(node.args))
        if info is None:
            raise _err(
                node, f"static method [{canonical(node.type)}, {node.name}/{len(node.args)}] not found"
            )
        args = self._typed_args(info, node.args, scope, node)
        impl = info.impl
        if len(args) == 1:
            a0 = args[0]

            def s1(f: list[Any], _pos: int = node.pos) -> Any:
                return impl(a0(f))

            return s1, _ref_type(info.ret)

        def sc(f: list[Any], _pos: int = node.pos) -> Any:
            return impl(*[a(f) for a in args])

        return sc, _ref_type(info.ret)

    def e_New(self, node: ast.New, scope: Scope) -> tuple[Fn, str]:
        info = find_constructor(node.type, len(node.args))
        if info is None:
            raise _err(node, f"constructor [{canonical(node.type)}, <init>/{len(node.args)}] not found")
        args = self._typed_args(info, node.args, scope, node)
        impl = info.impl

        def nw(f: list[Any], _pos: int = node.pos) -> Any:
            return impl(*[a(f) for a in args])

        if args or not self.specialise:
            return nw, node.type

        def nw0(f: list[Any], _pos: int = node.pos) -> Any:
            return impl()

        return nw0, node.type

    def e_NewArray(self, node: ast.NewArray, scope: Scope) -> tuple[Fn, str]:
        """`new T[a][b]...`: every dimension sized (multianewarray), elements at T's default."""
        self._check_type(node, node.type)
        sizes = []
        for dim in node.sizes:
            fn, t = self.expr(dim, scope)
            sizes.append(self._convert(fn, t, "int", dim, explicit=False))
        elem = node.type
        default = _DEFAULTS.get(elem)
        if len(sizes) == 1:
            size = sizes[0]

            def na(f: list[Any], _pos: int = node.pos) -> Any:
                n = size(f)
                if n < 0:
                    raise NegativeArraySizeException(str(n))
                return JArray(elem, [default] * n)

            return na, elem + "[]"

        def nm(f: list[Any], _pos: int = node.pos) -> Any:
            counts = [s(f) for s in sizes]
            for n in counts:  # all counts are checked before anything is allocated
                if n < 0:
                    raise NegativeArraySizeException(str(n))
            return _new_multi_array(elem, counts, default)

        return nm, elem + "[]" * len(sizes)

    def e_NewArrayInit(self, node: ast.NewArrayInit, scope: Scope) -> tuple[Fn, str]:
        elem = node.type[:-2]
        self._check_type(node, elem.rstrip("[]"))
        items = []
        for item in node.items:
            fn, t = self.expr(item, scope)
            items.append(self._convert(fn, t, elem, item, explicit=False))

        def ni(f: list[Any], _pos: int = node.pos) -> Any:
            return JArray(elem, [i(f) for i in items])

        return ni, node.type

    def _init_item(self, node: ast.Node, scope: Scope) -> Fn:
        """A list or map initializer's item: target type def, which a void call cannot reach."""
        fn, t = self.expr(node, scope)
        if t == "void":
            raise _err(node, "Cannot cast from [void] to [def].", ClassCastException)
        return self._to_def(fn, t)

    def e_ListInit(self, node: ast.ListInit, scope: Scope) -> tuple[Fn, str]:
        items = [self._init_item(i, scope) for i in node.items]

        def li(f: list[Any]) -> Any:
            return [i(f) for i in items]

        return li, "ArrayList"

    def e_MapInit(self, node: ast.MapInit, scope: Scope) -> tuple[Fn, str]:
        keys = [self._init_item(k, scope) for k in node.keys]
        values = [self._init_item(v, scope) for v in node.values]
        pairs = list(zip(keys, values))

        map_key = rt.map_key

        def mi(f: list[Any], _pos: int = node.pos) -> Any:
            out: dict[Any, Any] = {}
            for k, v in pairs:
                key = k(f)
                out[key if type(key) is str else map_key(key)] = v(f)
            return out

        return mi, "HashMap"

    # operators ---------------------------------------------------------------------------------

    def e_Unary(self, node: ast.Unary, scope: Scope) -> tuple[Fn, str]:
        fn, t = self.expr(node.expr, scope)
        op = node.op
        if op == "!":
            if t == "def" and self.specialise:
                # `not` of the def -> boolean conversion (_convert's `db`) in one closure; a
                # def-optimized operand (visitUnary gives it the target type boolean) is asType'd
                optimized = id(fn) in self._def_opt
                cast = rt.def_cast

                def not_def(f: list[Any], _pos: int = node.expr.pos) -> Any:
                    v = fn(f)
                    if v is True:
                        return False
                    if v is False:
                        return True
                    return not (_as_type_from_def(v, "boolean") if optimized else cast(v, "boolean", False))

                return not_def, "boolean"
            cond = self._convert(fn, t, "boolean", node.expr, explicit=False)
            return (lambda f: not cond(f)), "boolean"
        if t == "def":
            impl = {"-": rt.neg, "+": rt.plus, "~": rt.bw_not}[op]

            def ud(f: list[Any], _pos: int = node.pos) -> Any:
                return impl(fn(f))

            return ud, "def"
        p = promote_unary(t)
        if p is None or (op == "~" and p in ("float", "double")):
            name = {"-": "subtraction", "+": "addition", "~": "bitwise not"}[op]
            raise _err(
                node,
                f"cannot apply the {name} operator [{op}] to the type [{canonical(t)}]",
                ClassCastException,
            )
        impl = {"-": rt.neg, "+": rt.plus, "~": rt.bw_not}[op]

        def ut(f: list[Any], _pos: int = node.pos) -> Any:
            v = fn(f)
            if v is None:
                raise NullPointerException(None)
            return impl(v)

        return ut, p

    def e_Cast(self, node: ast.Cast, scope: Scope) -> tuple[Fn, str]:
        self._check_type(node, node.type.rstrip("[]"))
        if isinstance(node.expr, ast.Elvis) and is_primitive(node.type):
            raise _err(node.expr, "Elvis operator cannot return primitives")
        lit = node.expr
        if (
            isinstance(lit, ast.Literal)
            and lit.type == "String"
            and node.type == "char"
            and len(lit.value) != 1
        ):
            # the constant-folding phase casts a constant at compile time (AnalyzerCaster.constCast,
            # Utility.StringTochar): the error has no script location
            message = "cannot cast java.lang.String with length not equal to one to char"
            raise PainlessCompileError(None, ClassCastException(message))
        fn, t = self.expr(node.expr, scope)
        # a failing cast reports the offset of the last instruction with debug info: its operand's
        where = (
            node.expr if isinstance(node.expr, ast.Field | ast.Call | ast.Index | ast.StaticCall) else node
        )
        return self._convert(fn, t, node.type, where, explicit=True), node.type

    def e_Binary(self, node: ast.Binary, scope: Scope) -> tuple[Fn, str]:
        left, lt = self.expr(node.left, scope)
        right, rtp = self.expr(node.right, scope)
        return self._binary(node, node.op, left, lt, right, rtp)

    def _binary(self, node: ast.Node, op: str, left: Fn, lt: str, right: Fn, rtp: str) -> tuple[Fn, str]:
        if op in ("=~", "==~"):
            rx_impl = find_op if op == "=~" else match_op
            # visitBinary: the left operand is cast to String, the right one to Pattern
            for have, want in ((lt, "String"), (rtp, "Pattern")):
                if not implicit_ok(have, want):
                    raise _err(
                        node,
                        f"Cannot cast from [{canonical(have)}] to [{canonical(want)}].",
                        ClassCastException,
                    )

            def rx(f: list[Any], _pos: int = node.pos) -> Any:
                return rx_impl(left(f), right(f))

            return rx, "boolean"
        if op == "+" and ((lt == "String" and rtp != "void") or (rtp == "String" and lt != "void")):
            to_string = rt.to_string

            def cat(f: list[Any], _pos: int = node.pos) -> Any:
                a = left(f)
                b = right(f)
                return (a if type(a) is str else to_string(a)) + (b if type(b) is str else to_string(b))

            return cat, "String"
        impl = rt.BINARY[op]
        if lt == "def" or rtp == "def":
            if op in ("<<", ">>", ">>>") and (
                _es_promote(lt, False) is None or _es_promote(rtp, False) is None
            ):
                # shift operands are promoted one by one: a float beside a def is refused at once
                raise _operand_type_error(node, op, lt, rtp)

            def bd(f: list[Any], _pos: int = node.pos) -> Any:
                return impl(left(f), right(f))

            return bd, "def"
        if op in ("<<", ">>", ">>>"):
            pl = promote_unary(lt)
            pr = promote_unary(rtp)
            if pl in ("int", "long") and pr in ("int", "long"):
                return self._typed_binary(node, impl, left, right), pl
        elif op in ("&", "|", "^"):
            if unboxed(lt) == "boolean" and unboxed(rtp) == "boolean":
                return self._typed_binary(node, impl, left, right), "boolean"
            p = promote_numeric(lt, rtp)
            if p in ("int", "long"):
                return self._typed_binary(node, impl, left, right), p
        else:
            p = promote_numeric(lt, rtp)
            if p is not None:
                if p == "int" and lt in _PY_INTS and rtp in _PY_INTS and op in ("+", "-", "*"):
                    return self._int_arith(node, op, left, right), "int"
                if p == "double" and lt == "double" and rtp == "double" and op in ("+", "-", "*"):
                    pyop = {"+": float.__add__, "-": float.__sub__, "*": float.__mul__}[op]
                    return (lambda f: pyop(left(f), right(f))), "double"
                return self._typed_binary(node, impl, left, right), p
        raise _operand_type_error(node, op, lt, rtp)

    def _typed_binary(self, node: ast.Node, impl: Callable[[Any, Any], Any], left: Fn, right: Fn) -> Fn:
        def bt(f: list[Any], _pos: int = node.pos) -> Any:
            a = left(f)
            b = right(f)
            if a is None or b is None:
                raise NullPointerException(None)
            return impl(a, b)

        return bt

    def _int_arith(self, node: ast.Node, op: str, left: Fn, right: Fn) -> Fn:
        lo, hi = -(2**31), 2**31
        wrap = rt.wrap32
        if op == "+":

            def add(f: list[Any]) -> Any:
                r = left(f) + right(f)
                return r if lo <= r < hi else wrap(r)

            return add
        if op == "-":

            def sub(f: list[Any]) -> Any:
                r = left(f) - right(f)
                return r if lo <= r < hi else wrap(r)

            return sub

        def mul(f: list[Any]) -> Any:
            r = left(f) * right(f)
            return r if lo <= r < hi else wrap(r)

        return mul

    def e_Compare(self, node: ast.Compare, scope: Scope) -> tuple[Fn, str]:
        op = node.op
        left, lt = self.expr(node.left, scope)
        right, rtp = self.expr(node.right, scope)
        if op in ("==", "!=", "===", "!=="):
            fused = self._null_test(node, left, right) if self.specialise and op in ("==", "!=") else None
            if fused is not None:
                return fused, "boolean"
            return self._equality(node, op, left, lt, right, rtp), "boolean"
        if lt == "def" or rtp == "def":
            impl = rt.COMPARE[op]

            def cd(f: list[Any], _pos: int = node.pos) -> Any:
                return impl(left(f), right(f))

            return cd, "boolean"
        p = promote_numeric(lt, rtp)
        if p is None:
            raise _operand_type_error(node, op, lt, rtp)
        impl = rt.COMPARE[op]
        return self._typed_binary(node, impl, left, right), "boolean"

    def _null_test(self, node: ast.Compare, left: Fn, right: Fn) -> Fn | None:
        """`x == null`, `x.name == null` (and `!=`) with x a local in one closure, else None.

        A dict receiver is answered here; anything else runs the read itself (which re-reads the
        variable, so has no effect twice) and compares as `_equality` does.
        """
        rnode, lnode = node.right, node.left
        if isinstance(rnode, ast.Literal) and rnode.type == "null":
            other = left
        elif isinstance(lnode, ast.Literal) and lnode.type == "null":
            other = right
        else:
            return None
        var_slot = getattr(other, "var_slot", None)
        if var_slot is not None:
            if node.op == "!=":
                return lambda f: f[var_slot] is not None
            return lambda f: f[var_slot] is None
        var_field = getattr(other, "var_field", None)
        if var_field is None:
            return None
        slot, name = var_field
        if node.op == "!=":

            def not_null(f: list[Any]) -> bool:
                v = f[slot]
                if type(v) is dict:
                    return v.get(name) is not None
                return other(f) is not None

            return not_null

        def is_null(f: list[Any]) -> bool:
            v = f[slot]
            if type(v) is dict:
                return v.get(name) is None
            return other(f) is None

        return is_null

    def _equality(self, node: ast.Compare, op: str, left: Fn, lt: str, right: Fn, rtp: str) -> Fn:
        negate = op in ("!=", "!==")
        identity = op in ("===", "!==")
        rnode, lnode = node.right, node.left
        # x == null / x != null
        if (isinstance(rnode, ast.Literal) and rnode.type == "null") or (
            isinstance(lnode, ast.Literal) and lnode.type == "null"
        ):
            other = left if isinstance(rnode, ast.Literal) and rnode.type == "null" else right
            if negate:
                return lambda f: other(f) is not None
            return lambda f: other(f) is None
        if is_primitive(lt) and is_primitive(rtp):
            if lt == "boolean" or rtp == "boolean":
                if lt != rtp:
                    raise _operand_type_error(node, op, lt, rtp)
            else:
                p = promote_numeric(lt, rtp)
                if p in ("int", "long") and "char" not in (lt, rtp):
                    if negate:
                        return lambda f: left(f) != right(f)
                    return lambda f: left(f) == right(f)
                to_num = rt.double_value
                if p == "float":
                    to_float = rt.float_value

                    def feq(f: list[Any]) -> bool:
                        return (to_float(left(f)) == to_float(right(f))) != negate

                    return feq

                def deq(f: list[Any]) -> bool:
                    return (to_num(left(f)) == to_num(right(f))) != negate

                return deq
            if negate:
                return lambda f: left(f) != right(f)
            return lambda f: left(f) == right(f)
        if identity:
            if all(isinstance(n, ast.Literal) and n.type == "String" for n in (lnode, rnode)):
                # constant folding compares the parser's two String objects, never the same one
                # (ConstantFoldingTests: 'x'==='x' is false); at run time the literals are
                # interned constants, so a variable holding one is identical to the other
                return _const(negate)
            ident = rt.identical
            if negate:
                return lambda f: not ident(left(f), right(f))
            return lambda f: ident(left(f), right(f))
        eq = rt.eq
        # constant string / int on one side: skip the generic dispatch for the common value classes
        const_node = (
            rnode if isinstance(rnode, ast.Literal) else lnode if isinstance(lnode, ast.Literal) else None
        )
        if const_node is not None and const_node.type == "String":
            c = const_node.value
            other = left if const_node is rnode else right

            def seq(f: list[Any]) -> bool:
                v = other(f)
                return (type(v) is str and v == c) != negate

            return seq
        if const_node is not None and const_node.type == "int":
            c = const_node.value
            other = left if const_node is rnode else right
            fast = (int, JLong, float)

            def ieq(f: list[Any]) -> bool:
                v = other(f)
                if type(v) in fast:
                    return (v == c) != negate
                return eq(v, c) != negate

            return ieq
        if negate:
            return lambda f: not eq(left(f), right(f))
        return lambda f: eq(left(f), right(f))

    def e_Logic(self, node: ast.Logic, scope: Scope) -> tuple[Fn, str]:
        left = self.condition_expr(node.left, scope)
        right = self.condition_expr(node.right, scope)
        if node.op == "&&":
            return (lambda f: left(f) and right(f)), "boolean"
        return (lambda f: left(f) or right(f)), "boolean"

    def e_InstanceOf(self, node: ast.InstanceOf, scope: Scope) -> tuple[Fn, str]:
        self._check_type(node, node.type.rstrip("[]"))
        fn, t = self.expr(node.expr, scope)
        target = node.type
        if is_primitive(t):
            # EInstanceof: both sides boxed, then resolved.isAssignableFrom(boxed(t)) at compile time
            # (`i instanceof Number` is true, `i instanceof long` false for an int)
            resolved = BOX_OF.get(target, target)
            result = target in ("def", "Object") or resolved in ancestors(BOX_OF[t])
            return (lambda f: (fn(f), result)[1]), "boolean"
        instance_of = rt.instance_of
        cache: dict[type, bool] = {}
        value_dependent = (int,)

        def io(f: list[Any]) -> bool:
            v = fn(f)
            tv = type(v)
            r = cache.get(tv)
            if r is None:
                r = instance_of(v, target)
                if tv not in value_dependent and v is not None:
                    cache[tv] = r
            return r

        return io, "boolean"

    def e_Conditional(self, node: ast.Conditional, scope: Scope) -> tuple[Fn, str]:
        cond = self.condition_expr(node.cond, scope)
        a_raw, at = self.expr(node.then, scope)
        b_raw, bt = self.expr(node.other, scope)
        t = _common_type(at, bt)
        a = a_raw if t == at else self._convert(a_raw, at, t, node.then, explicit=False)
        b = b_raw if t == bt else self._convert(b_raw, bt, t, node.other, explicit=False)

        def conditional(f: list[Any]) -> Any:
            return a(f) if cond(f) else b(f)

        if t in NUMERIC_RANK or at != bt:
            # also when both branches are int: a byte/short/char target narrows int literals in
            # either branch on its own (`byte b = c ? 1 : 2` is legal, `c ? 1 : 200` is not);
            # reference branches meet the target on their own too (`Map m = c ? map : list` and
            # `int i = c ? null : 1` fail at compile time)
            self._branches[id(conditional)] = (conditional, node, cond, a_raw, at, b_raw, bt)
        return conditional, t

    def e_Elvis(self, node: ast.Elvis, scope: Scope) -> tuple[Fn, str]:
        a, at = self.expr(node.left, scope)
        b, bt = self.expr(node.right, scope)
        left = node.left
        if isinstance(left, ast.Literal) and left.type == "null":
            raise _err(node, "Extraneous elvis operator. LHS is null.")
        if isinstance(left, ast.Literal):  # boolean, numeric, decimal or string constant
            raise _err(node, "Extraneous elvis operator. LHS is a constant.")
        if is_primitive(at):
            raise _err(node, "Extraneous elvis operator. LHS is a primitive.")
        if isinstance(node.right, ast.Literal) and node.right.type == "null":
            raise _err(node, "Extraneous elvis operator. RHS is null.")
        t = at if at == bt else "def"
        if is_primitive(bt):
            b = self._to_def(b, bt)

        def ev(f: list[Any]) -> Any:
            v = a(f)
            return v if v is not None else b(f)

        return ev, t

    # assignment --------------------------------------------------------------------------------

    def e_Assign(
        self, node: ast.Assign, scope: Scope, statement: bool = False, postfix: bool = False
    ) -> tuple[Fn, str]:
        """`postfix`: a compound assignment whose value is the target's old value (`x++`)."""
        target = node.target
        op = node.op
        partial = self._partial_name(target, scope)
        if partial is not None:  # `a.b.c = 1` over an undefined `a`: the whole partial name
            raise _err(target, f"cannot resolve symbol [{partial}]")
        if isinstance(target, ast.Var):  # the target is analysed before the value (visitAssignment)
            var = scope.lookup(target.name)
            if var is None:
                raise _err(target, f"cannot resolve symbol [{target.name}]")
            if var.readonly:  # a variable captured by a lambda (LambdaScope makes it final)
                raise _err(target, f"Variable [{target.name}] is read-only.")
        elif not isinstance(target, ast.Field | ast.Index):  # the target node reports it
            raise _err(target, _invalid_assignment(target))
        elif isinstance(target, ast.Field) and target.null_safe:  # after its prefix (visitDot)
            self.expr(target.obj, scope)
            raise _err(target, "invalid assignment: cannot assign a value to a null safe operation [?.]")
        value, vtype = self.expr(node.value, scope)
        if isinstance(target, ast.Var):
            assert var is not None
            slot = var.slot
            ttype = var.type
            if op == "=":
                conv = self._convert(value, vtype, ttype, node.value, explicit=False)

                def av(f: list[Any], _pos: int = node.pos) -> Any:
                    v = conv(f)
                    f[slot] = v
                    return v

                return av, ttype
            combine = self._compound(node, op[:-1], ttype, vtype)
            if postfix:

                def cv_old(f: list[Any], _pos: int = node.pos) -> Any:
                    old = f[slot]
                    f[slot] = combine(old, value(f))
                    return old

                return cv_old, ttype

            def cv(f: list[Any], _pos: int = node.pos) -> Any:
                v = combine(f[slot], value(f))
                f[slot] = v
                return v

            return cv, ttype
        if isinstance(target, ast.Field | ast.Index):
            obj, otype = self.expr(target.obj, scope)
            if isinstance(target, ast.Field):
                key_fn: Fn = _const(target.name)
                ktype = "String"
                if otype not in ("def",) and "Map" not in ancestors(otype) and "List" not in ancestors(otype):
                    raise _err(target, f"field [{canonical(otype)}, {target.name}] not found")
                get: Callable[[Any, Any], Any] = rt.get_field
                put: Callable[[Any, Any, Any], Any] = rt.set_field
                null_safe = target.null_safe
            else:
                key_fn, ktype = self.expr(target.index, scope)
                key_fn = self._to_def(key_fn, ktype)
                get = rt.get_index
                put = rt.set_index
                site = rt.index_site(ktype) if otype == "def" else None
                if site is not None:  # see e_Index
                    get, put = rt.checked_get_index(site), rt.checked_set_index(site)
                null_safe = False
                if (
                    otype not in ("def",)
                    and "Map" not in ancestors(otype)
                    and "List" not in ancestors(otype)
                    and not otype.endswith("[]")
                ):
                    raise _err(target, f"Illegal array access on type [{canonical(otype)}].")
            tpos = target.pos
            elem_type = otype[:-2] if otype.endswith("[]") else "def"
            if op == "=":
                if otype == "def" and vtype == "void":
                    # visitAssignment: a DefOptimized target takes the value's own type, which a
                    # void call does not have (GeneralCastTests.testIllegalVoidCasts)
                    raise _err(node, "Right-hand side cannot be a [void] type for assignment.")
                # a store through a def receiver is DefOptimized: the value keeps its own type (no
                # target type, so `d.x = c ? 1 : 2L` stores the promoted Long, `ctx.x = ...` Integer)
                conv = (
                    value
                    if otype == "def"
                    else self._convert(value, vtype, elem_type, node.value, explicit=False)
                )

                def af(f: list[Any]) -> Any:
                    o = obj(f)
                    k = key_fn(f)
                    v = conv(f)
                    _pos = tpos
                    if o is None:
                        if null_safe:
                            return None
                        raise rt.npe_member(k if isinstance(target, ast.Field) else "normalizeIndex")
                    put(o, k, v)
                    return v

                if not self.specialise:
                    return af, elem_type
                map_put = rt.map_put

                def af_map(f: list[Any]) -> Any:
                    o = obj(f)
                    k = key_fn(f)
                    v = conv(f)
                    _pos = tpos
                    if type(o) is dict:  # set_field's and set_index's first case
                        map_put(o, k, v)
                        return v
                    if o is None:
                        if null_safe:
                            return None
                        raise rt.npe_member(k if isinstance(target, ast.Field) else "normalizeIndex")
                    put(o, k, v)
                    return v

                return af_map, elem_type
            combine = self._compound(node, op[:-1], elem_type, vtype)

            def cf(f: list[Any]) -> Any:
                o = obj(f)
                k = key_fn(f)
                _pos = tpos
                if o is None:
                    raise rt.npe_member(k if isinstance(target, ast.Field) else "normalizeIndex")
                cur = get(o, k)
                _pos = node.pos
                v = combine(cur, value(f))
                _pos = tpos
                put(o, k, v)
                return cur if postfix else v

            return cf, elem_type
        raise _err(node, _invalid_assignment(target))

    def _compound(self, node: ast.Node, op: str, ttype: str, vtype: str) -> Callable[[Any, Any], Any]:
        """`t op= v`: the operation, then the cast back to the target's type (E1 = (T)(E1 op E2))."""
        if ttype == "String" and op == "+":
            to_string = rt.to_string
            return lambda a, b: to_string(a) + to_string(b)
        if ttype == "def" or vtype == "def":
            impl = rt.BINARY[op]
            if ttype == "def":
                return lambda a, b: _dynamic_receiver_cast(impl(a, b), a)
            target = ttype
            return lambda a, b: (
                rt.def_cast(impl(a, b), target, True) if not (op == "+" and type(a) is str) else impl(a, b)
            )
        # typed: check the operation is legal, then narrow
        if _es_compound_type(op, ttype, vtype) is None:
            raise _err(
                node,
                f"invalid compound assignment: cannot apply [{op}=] to types [{_java_class_string(ttype)}] "
                f"and [{_java_class_string(vtype)}]",
                ClassCastException,
            )
        _fn, rtype = self._binary(node, op, _const(None), ttype, _const(None), vtype)
        del _fn
        impl = rt.BINARY[op]
        if rtype == "String":
            return lambda a, b: rt.to_string(a) + rt.to_string(b)
        if ttype in NUMERIC_RANK or ttype in BOXED:
            prim = unboxed(ttype)
            conv = rt.convert_numeric

            def narrow(a: Any, b: Any) -> Any:
                if a is None or b is None:
                    raise NullPointerException(None)
                return conv(impl(a, b), prim)

            return narrow
        return impl

    def e_IncDec(self, node: ast.IncDec, scope: Scope, statement: bool = False) -> tuple[Fn, str]:
        one = ast.Literal(node.pos, node.start, 1, "int")
        assign = ast.Assign(node.pos, node.start, "+=" if node.op == "++" else "-=", node.target, one)
        # x++ is the old value: undoing the step on the new one loses it (1e-50 + 1 - 1 is 0.0)
        return self.e_Assign(assign, scope, postfix=not (node.prefix or statement))

    # lambdas and references --------------------------------------------------------------------

    def e_Lambda(self, node: ast.Lambda, scope: Scope) -> tuple[Fn, str]:
        return self._lambda(node, scope, None), "def"

    def _lambda(self, node: ast.Lambda, scope: Scope, iface: str | None) -> Fn:
        frame = FrameLayout(parent=scope)
        frame.rtype = "lambda"  # type: ignore[attr-defined]
        inner = Scope(frame)
        param_slots: list[tuple[int, str]] = []
        for ptype, pname in node.params:
            t = ptype or "def"
            var = inner.declare(pname, t)
            if var is None or scope.lookup_local(pname) is not None:
                raise _err(node, f"lambda parameter [{pname}] is already defined")
            param_slots.append((var.slot, t))
        loop_slot = frame.new_slot()
        ret_slot = frame.new_slot()
        saved = self._loop_slot, self._ret_slot
        self._loop_slot, self._ret_slot = loop_slot, ret_slot
        try:
            if isinstance(node.body, ast.Block):
                body_fn = self._compile_lambda_block(node.body, inner, ret_slot)
            else:
                efn, et = self.expr(node.body, inner, statement=True)
                if et == "void":
                    # an expression body is `return <expr>`: a void value cannot be the result,
                    # even for a void interface (the lambda then returns def)
                    want = FUNCTIONAL[iface][1] if iface in FUNCTIONAL else "def"
                    want = "def" if want == "void" else want
                    raise _err(node, f"Cannot cast from [void] to [{canonical(want)}].", ClassCastException)
                body_fn = self._to_def(efn, et)
        finally:
            self._loop_slot, self._ret_slot = saved
        captures = tuple(frame.captures)
        arity = len(param_slots)
        if id(node) not in self.lambda_methods:
            synthetic = f"lambda$synthetic${len(self.lambda_methods)}"
            self.lambda_methods[id(node)] = (synthetic, len(captures), arity)
        slots = tuple(s for s, _t in param_slots)
        casts = tuple((i, t) for i, (_s, t) in enumerate(param_slots) if t not in ("def", "Object"))

        def make(f: list[Any], _pos: int = node.pos) -> JFunction:
            size = frame.size
            captured = [(inner_slot, f[outer_slot]) for outer_slot, inner_slot in captures]

            def invoke(*args: Any) -> Any:
                if len(args) != arity:
                    raise IllegalArgumentException(
                        f"Incorrect number of parameters for lambda: expected [{arity}] but found [{len(args)}]"
                    )
                lf: list[Any] = [None] * size
                for s, v in captured:
                    lf[s] = v
                for i, s in enumerate(slots):
                    lf[s] = args[i]
                for i, t in casts:
                    lf[slots[i]] = rt.def_cast(args[i], t, False)
                lf[loop_slot] = MAX_LOOP
                return body_fn(lf)

            return JFunction(invoke, arity)

        del iface
        return make

    def _compile_lambda_block(self, block: ast.Block, scope: Scope, ret_slot: int) -> Fn:
        stmts = block.stmts
        compiled = []
        last: Fn | None = None
        for i, s in enumerate(stmts):
            if i == len(stmts) - 1 and isinstance(s, ast.ExprStmt):
                self.statement_offsets.add(s.pos)
                fn, t = self.expr(s.expr, scope, statement=True)
                last = self._to_def(fn, t) if t != "void" else fn
                continue
            compiled.append(self.stmt(s, scope))
        seq = _sequence(compiled)
        tail = last

        def body(f: list[Any]) -> Any:
            r = seq(f)
            if r == RETURN:
                return f[ret_slot]
            return tail(f) if tail is not None else None

        return body

    def e_FuncRef(self, node: ast.FuncRef, scope: Scope) -> tuple[Fn, str]:
        return self._funcref(node, scope), "def"

    def _funcref(self, node: ast.FuncRef, scope: Scope, iface: str | None = None) -> Fn:
        return funcrefs.make(self._ref_target(node, scope), self.functions, _call_dynamic, iface)

    def _ref_target(self, node: ast.FuncRef, scope: Scope) -> funcrefs.RefTarget:
        """What a reference denotes (visitFunctionRef / visitNewArrayFunctionRef): a type's method
        or constructor, a script function, else a captured variable, which must exist."""
        name = node.name
        if node.owner == "this":
            return funcrefs.RefTarget("this", "", "this", name)
        symbol = node.written or node.owner
        if node.owner_is_type:
            base = node.owner.rstrip("[]")
            if not is_type_name(base):  # only `Name[]` lexes as a type without being one
                if name == "new":
                    raise _err(node, f"Not a type [{symbol}].")
                raise _err(node, f"variable [{symbol}] is not defined")
            if name == "new" and node.owner.endswith("[]"):
                if id(node) not in self.lambda_methods:  # the synthetic counter lambdas share
                    self.lambda_methods[id(node)] = (f"newarray$synthetic${len(self.lambda_methods)}", 0, 1)
                return funcrefs.RefTarget("array", node.owner, "this", self.lambda_methods[id(node)][0])
            kind = "ctor" if name == "new" else "type"
            return funcrefs.RefTarget(kind, funcrefs.boxed(node.owner), symbol, name)
        var = scope.lookup(node.owner)
        if var is None:
            raise _err(node, f"variable [{node.owner}] is not defined")
        if var.type == "def":
            return funcrefs.RefTarget("defcapture", "def", node.owner, name, var.slot)
        return funcrefs.RefTarget("capture", funcrefs.boxed(var.type), canonical(var.type), name, var.slot)

    def _check_funcref(self, node: ast.FuncRef, iface: str, scope: Scope) -> None:
        """FunctionRef.create with a location: a reference passed where the functional interface
        is known when compiling is resolved then, and a missing target is a compile error."""
        target = self._ref_target(node, scope)
        if target.kind == "defcapture":
            return  # linked by its value's class when made
        try:
            ret = funcrefs.lookup(target, iface, self.functions)
        except IllegalArgumentException as exc:
            raise _err(node, str(exc.reason)) from None
        found = funcrefs.interface(iface)
        iface_ret = found[1] if found is not None else "void"
        # AnalyzerCaster.getLegalCast(delegate return -> interface return, internal)
        if iface_ret == "void" or ret in ("def", "Object") or ret == iface_ret:
            return
        primitive = iface_ret in NUMERIC_RANK or iface_ret == "boolean"
        if ret == "void" or (primitive and not implicit_ok(ret, iface_ret)):
            raise _err(
                node,
                f"Cannot cast from [{canonical(ret)}] to [{canonical(iface_ret)}].",
                ClassCastException,
            )

    def _dynamic_call_linking(
        self, node: ast.Call, obj: Fn, site: _DynamicSite, args: list[Fn], scope: Scope
    ) -> Fn:
        """A def call with method-reference arguments: Def.lookupMethod links each reference to the
        found method's interface parameter before the call (a mismatch is a run-time error)."""
        refs = [
            (i, self._ref_target(a, scope)) for i, a in enumerate(node.args) if isinstance(a, ast.FuncRef)
        ]
        functions = self.functions
        name, n, ns = node.name, len(node.args), node.null_safe
        calln = site.call

        def cl(f: list[Any], _pos: int = node.pos) -> Any:
            v = obj(f)
            if v is None and ns:
                return None
            values = [a(f) for a in args]
            if v is not None:
                info = find_method(rt.painless_class(v), name, n)
                if info is not None and not info.static:
                    for i, target in refs:
                        captured = f[target.slot] if target.kind == "defcapture" else None
                        funcrefs.link(target, info.params[i], functions, captured)
            return calln(v, values)

        return cl

    def _dynamic_arg_typed(self, node: ast.Node, scope: Scope) -> tuple[Fn, str]:
        """A def call's argument and its static type (the call site's descriptor keeps it)."""
        if isinstance(node, ast.Lambda | ast.FuncRef):
            return self._dynamic_arg(node, scope), "def"
        fn, t = self.expr(node, scope)
        return self._to_def(fn, t), t

    def _dynamic_arg(self, node: ast.Node, scope: Scope) -> Fn:
        if isinstance(node, ast.Lambda):
            return self._lambda(node, scope, None)
        if isinstance(node, ast.FuncRef):
            return self._funcref(node, scope)
        fn, t = self.expr(node, scope)
        return self._to_def(fn, t)

    def _typed_args(self, info: MethodInfo, args: list[ast.Node], scope: Scope, node: ast.Node) -> list[Fn]:
        out = []
        for ptype, a in zip(info.params, args):
            if ptype in FUNCTIONAL or ptype == "ObjIntConsumer":
                arity = FUNCTIONAL.get(ptype, (2, "void"))[0]
                if isinstance(a, ast.Lambda):
                    if len(a.params) != arity:
                        # DefaultSemanticAnalysisPhase.visitLambda throws this one without a
                        # location (no createError): the compile error has no script_stack entry.
                        raise PainlessCompileError(
                            None,
                            IllegalArgumentException(
                                f"Incorrect number of parameters for [{functional_method(ptype)}] "
                                f"in [{canonical(ptype)}]"
                            ),
                        )
                    out.append(self._lambda(a, scope, ptype))
                    continue
                if isinstance(a, ast.FuncRef):
                    self._check_funcref(a, ptype, scope)
                    out.append(self._funcref(a, scope, ptype))
                    continue
                fn, t = self.expr(a, scope)
                if t not in FUNCTIONAL and t not in ("def", "null", "ObjIntConsumer", "Object"):
                    # a value of a known non-functional type (`new TreeMap(map)`): Painless casts it
                    # to the interface like any argument, a compile error
                    fn = self._convert(fn, t, ptype, a, explicit=False)
                out.append(fn)
                continue
            if isinstance(a, ast.FuncRef):
                self._check_funcref(a, ptype, scope)  # FunctionRef.create: not a functional interface
            if isinstance(a, ast.Lambda):
                raise _err(a, f"Cannot pass lambda to [{canonical(ptype)}], not a functional interface")
            fn, t = self.expr(a, scope)
            out.append(self._convert(fn, t, _param_type(ptype), a, explicit=False, internal=True))
        return out

    # conversions -------------------------------------------------------------------------------

    def _to_def(self, fn: Fn, t: str) -> Fn:
        """A value with target type def (list/map initializer items, lambda results...)."""
        if id(fn) in self._branches:
            return self._convert(fn, t, "def", ast.Empty(0, 0), explicit=False)
        return fn

    def _convert(
        self,
        fn: Fn,
        src: str,
        dst: str,
        node: ast.Node,
        *,
        explicit: bool,
        returning: bool = False,
        internal: bool = False,
    ) -> Fn:
        """A value of static type `src` converted to `dst` (compile error when Painless refuses).

        `internal` is AnalyzerCaster's flag for method arguments: there a number (primitive or
        boxed) may widen and then box to a wider box (`Short.compareTo(byte)` is legal), which a
        plain assignment refuses."""
        branches = self._branches.get(id(fn)) if src != dst else None
        if branches is not None and branches[0] is fn:
            # visitConditional: with a target type each branch is cast to it on its own, the
            # promotion to a common type is only for a conditional without one (an operand):
            # `ctx.r = c ? 1 : 2.0` stores Integer 1, `byte b = c ? (byte)y : 7` is legal.
            _fn, cnode, cond, a, at, b, bt = branches
            a = self._convert(a, at, dst, cnode.then, explicit=explicit, returning=returning)
            b = self._convert(b, bt, dst, cnode.other, explicit=explicit, returning=returning)
            return lambda f: a(f) if cond(f) else b(f)
        if isinstance(node, ast.Elvis) and is_primitive(dst):
            raise _err(node, "Elvis operator cannot return primitives")
        if src == "void" and dst != "void":
            raise _err(node, f"Cannot cast from [void] to [{canonical(dst)}].", ClassCastException)
        if dst in ("def", "Object") or src == dst:
            return fn
        if src == "int" and dst in _CONST_NARROW and isinstance(node, ast.Literal):
            # visitNumeric: an unsuffixed int literal takes a byte/short/char target type when its
            # value fits (`byte b = 2`, `Byte.valueOf(1)`, `return 65` from a char function)
            lo, hi = _CONST_NARROW[dst]
            if type(node.value) is int and lo <= node.value <= hi:
                return _const(rt.convert_numeric(node.value, dst))
        if src == "void":
            raise _err(node, f"Cannot cast from [void] to [{canonical(dst)}].", ClassCastException)
        if src == "def" and not explicit and dst in _AS_TYPE_TARGETS and id(fn) in self._def_opt:
            as_type = _as_type_from_def

            def as_typed(f: list[Any], _pos: int = node.pos) -> Any:
                return as_type(fn(f), dst)

            return as_typed
        if src == "def":
            cast = rt.def_cast

            def dc(f: list[Any], _pos: int = node.pos) -> Any:
                return cast(fn(f), dst, explicit)

            if dst == "boolean":

                def db(f: list[Any], _pos: int = node.pos) -> Any:
                    v = fn(f)
                    if v is True or v is False:
                        return v
                    return cast(v, "boolean", explicit)

                return db
            return dc
        if src == "null":
            if is_primitive(dst):
                raise _err(node, f"Cannot cast null to a primitive type [{dst}].")
            return fn
        ok = explicit_ok(src, dst) if explicit else implicit_ok(src, dst)
        if not ok and internal and dst in BOXED and unboxed(src) in NUMERIC_RANK:
            ok = implicit_ok(unboxed(src), BOXED[dst])
        if not ok:
            raise _err(
                node, f"Cannot cast from [{canonical(src)}] to [{canonical(dst)}].", ClassCastException
            )
        s_prim = unboxed(src)
        d_prim = unboxed(dst)
        if s_prim in NUMERIC_RANK and d_prim in NUMERIC_RANK:
            if s_prim == d_prim:
                if src in BOXED and dst in PRIMITIVES:

                    def unbox(f: list[Any], _pos: int = node.pos) -> Any:
                        v = fn(f)
                        if v is None:
                            raise NullPointerException(None)
                        return v

                    return unbox
                return fn
            conv = rt.convert_numeric

            def nc(f: list[Any], _pos: int = node.pos) -> Any:
                v = fn(f)
                if v is None:
                    raise NullPointerException(None)
                return conv(v, d_prim)

            return nc
        if src == "String" and d_prim == "char":

            def sc(f: list[Any], _pos: int = node.pos) -> Any:
                return rt.string_to_char(fn(f))

            return sc
        if src == "char" and dst == "String":  # Utility.charToString

            def cs(f: list[Any], _pos: int = node.pos) -> Any:
                return str.__str__(fn(f))

            return cs
        if d_prim == "boolean" or s_prim == "boolean":
            return fn
        if not is_primitive(src) and not is_primitive(dst) and not implicit_ok(src, dst):
            target = dst

            def rc(f: list[Any], _pos: int = node.pos) -> Any:
                return rt.ref_cast(fn(f), target)

            return rc
        return fn

    def _check_type(self, node: ast.Node, t: str) -> None:
        base = t.rstrip("[]") if t.endswith("]") else t
        if base not in CLASSES and base not in PRIMITIVES:
            raise _err(node, f"cannot resolve type [{t}]")


# ---------------------------------------------------------------------------------------------
# helpers


_MAP_GETTERS = frozenset({"empty"})
_CONST_NARROW = {"byte": (-128, 127), "short": (-32768, 32767), "char": (0, 65535)}
_PY_INTS = frozenset({"int", "short", "byte"})


def _find_getter_info(cls: str, name: str) -> MethodInfo | None:
    cap = name[:1].upper() + name[1:]
    for prefix in ("get", "is"):
        info = find_method(cls, prefix + cap, 0)
        if info is not None and not info.static:
            return info
    return None


def _param_type(p: str) -> str:
    if p in ("CharSequence",):
        return "def"
    return p


_COERCE_KIND = {
    "int": rt.INT,
    "long": rt.LONG,
    "double": rt.DOUBLE,
    "float": rt.FLOAT,
    "char": rt.CHAR,
    "short": rt.SHORT,
    "byte": rt.BYTE,
}


def _coerce_dynamic(v: Any, p: str) -> Any:
    """A def argument passed to a method found at runtime (MethodHandle.asType unboxing rules)."""
    kind = _COERCE_KIND.get(p)
    if kind is not None:
        if rt.num_kind(v) == kind:
            return v
        if v is None:
            raise NullPointerException(None)
        raise rt.java_cce(v, BOX_OF[p])
    if p == "boolean":
        if type(v) is bool:
            return v
        if v is None:
            raise NullPointerException(None)
        raise rt.java_cce(v, "Boolean")
    if p in ("def", "Object", "CharSequence") or p in FUNCTIONAL or v is None or p == "ObjIntConsumer":
        return v
    if p in BOXED:
        # PainlessLookupBuilder filters a boxed parameter of a def-call target through
        # Def.DEF_TO_BOXED_TYPE_IMPLICIT_CAST (defToShortImplicit...): a Byte widens to Short
        return rt.def_cast(v, p, False)
    if p == "String" and type(v) is not str:
        raise rt.java_cce(v, "String")
    if p in ("Collection", "List", "Map", "Set", "Iterable", "Pattern") and not rt.instance_of(v, p):
        raise rt.java_cce(v, p)
    return v


_AS_TYPE_TARGETS = frozenset(
    {*PRIMITIVES, *BOXED, "String", "Number", "List", "Map", "Collection", "Set"}
) - {"void", "def"}
# the Number method ValueConversions calls on a null unboxed to each primitive (OpenJDK 17 and 25)
_AS_TYPE_UNBOX = {
    "byte": "byteValue",
    "short": "shortValue",
    "char": "intValue",
    "int": "intValue",
    "long": "longValue",
    "float": "floatValue",
    "double": "doubleValue",
    "boolean": "intValue",
}


def _as_type_from_def(v: Any, dst: str) -> Any:
    """MethodHandle.asType(Object -> dst) at a def-optimized call site. Texts are the JDK's
    (OpenJDK 17 and Temurin 25 agree): a primitive takes a value that widens to it ("Cannot cast
    java.lang.Double to java.lang.Integer" otherwise, as DefOptimizationTests.testIllegalCast
    asserts), a reference type is a plain checkcast (a Byte is no Short there)."""
    if dst in _AS_TYPE_UNBOX:
        if v is None:
            raise NullPointerException(
                f'Cannot invoke "java.lang.Number.{_AS_TYPE_UNBOX[dst]}()" because the return value of '
                '"sun.invoke.util.ValueConversions.primitiveConversion(sun.invoke.util.Wrapper, Object, '
                'boolean)" is null'
            )
        if dst == "boolean":
            if type(v) is bool:
                return v
        elif rt.num_kind(v) in rt._IMPLICIT_FROM[dst]:  # the same widenings as Def.defTo<prim>
            return rt.convert_numeric(v, dst)
        if type(v) is bool or type(v) is JChar or rt.instance_of(v, "Number"):
            raise ClassCastException(f"Cannot cast {rt.class_name(v)} to java.lang.{BOX_OF[dst]}")
        raise rt.java_cce(v, "Number")
    if v is None or (rt.class_name(v) == canonical(dst) if dst in BOXED else rt.instance_of(v, dst)):
        return v
    raise ClassCastException(f"Cannot cast {rt.class_name(v)} to {canonical(dst)}")


def _coerce_typed(v: Any, p: str) -> Any:
    if p in ("def", "Object") or p in FUNCTIONAL or p == "CharSequence":
        return v
    return rt.def_cast(v, p, False)


class _DynamicSite:
    """One `def` call site with an inline cache: receiver class -> (impl, argument coercions)."""

    __slots__ = ("arity", "cache", "lambdas", "name", "static")

    def __init__(
        self,
        name: str,
        arity: int,
        static: tuple[str, ...] = (),
        lambdas: tuple[tuple[int, str, int, int], ...] = (),
    ) -> None:
        self.name = name
        self.arity = arity
        self.static = static  # the arguments' static types
        # lambda arguments: (position, synthetic method, captures, parameters)
        self.lambdas = lambdas
        self.cache: dict[type, tuple[Callable[..., Any], tuple[str, ...] | None]] = {}

    def _resolve(self, v: Any) -> tuple[Callable[..., Any], tuple[str, ...] | None]:
        entry = self.cache.get(type(v))
        if entry is not None:
            return entry
        if v is None:
            raise rt.npe_member(self.name)
        info = find_method(rt.painless_class(v), self.name, self.arity)
        if info is None or info.static:
            raise IllegalArgumentException(
                f"dynamic method [{rt.class_name(v)}, {self.name}/{self.arity}] not found"
            )
        for index, synthetic, captures, count in self.lambdas:
            _check_lambda_link(info.params[index], synthetic, captures, count)
        needs = any(p not in _NO_COERCE and p not in FUNCTIONAL for p in info.params)
        entry = (info.impl, info.params if needs else None)
        if type(v) not in (int, JFunction) and not isinstance(v, JavaException):
            self.cache[type(v)] = entry
        return entry

    def call0(self, v: Any) -> Any:
        impl, _p = self._resolve(v)
        return impl(v)

    def call1(self, v: Any, a: Any) -> Any:
        impl, params = self._resolve(v)
        if params is None:
            return impl(v, a)
        if self.static:
            return impl(v, _coerce_site_arg(a, params[0], self.static[0]))
        return impl(v, _coerce_dynamic(a, params[0]))

    def call(self, v: Any, args: list[Any]) -> Any:
        impl, params = self._resolve(v)
        if params is None:
            return impl(v, *args)
        if self.static:
            return impl(v, *[_coerce_site_arg(a, p, t) for a, p, t in zip(args, params, self.static)])
        return impl(v, *[_coerce_dynamic(a, p) for a, p in zip(args, params)])


def _check_lambda_link(param: str, synthetic: str, captures: int, count: int) -> None:
    """Def.lookupMethod links a lambda argument once the method is known (FunctionRef.create with
    no location): a lambda of the wrong arity is a runtime error before the method runs."""
    expected = FUNCTIONAL.get(param, (2, "void") if param == "ObjIntConsumer" else None)
    if expected is None or expected[0] == count:
        return
    arity = expected[0]
    raise IllegalArgumentException(
        f"function reference [this::{synthetic}/{captures + arity}] matching "
        f"[{canonical(param)}, {functional_method(param)}/{arity}] not found due to an incorrect number "
        "of arguments"
    )


def _coerce_site_arg(v: Any, p: str, static: str) -> Any:
    """MethodHandle.asType from the argument's static type: a primitive (or its box) widens to a
    wider primitive parameter (`x.limit(2)` passes an int to limit(long)); a def value must already
    be of the parameter's class."""
    st = unboxed(static)
    if st != p and st in NUMERIC_RANK and p in NUMERIC_RANK and implicit_ok(st, p) and v is not None:
        return rt.convert_numeric(v, p)
    return _coerce_dynamic(v, p)


_NO_COERCE = frozenset({"def", "Object", "CharSequence", "ObjIntConsumer"})


def _call_dynamic(v: Any, name: str, args: tuple[Any, ...] | list[Any]) -> Any:
    """A method call on a `def` receiver, resolved by the receiver's runtime class."""
    if v is None:
        raise rt.npe_member(name)
    cls = rt.painless_class(v)
    info = find_method(cls, name, len(args))
    if info is None or info.static:
        raise IllegalArgumentException(f"dynamic method [{rt.class_name(v)}, {name}/{len(args)}] not found")
    params = info.params
    return info.impl(v, *[_coerce_dynamic(a, p) for a, p in zip(args, params)])


def _dynamic_receiver_cast(value: Any, lhs: Any) -> Any:
    """DefMath.dynamicReceiverCast: a compound assignment keeps the left-hand side's class."""
    if lhs is None or value is None or type(value) is type(lhs):
        return value
    k = rt.num_kind(lhs)
    if k is not None and rt.num_kind(value) is not None:
        prim = ("int", "long", "float", "double", "char", "byte", "short", None)[k]
        if prim is None:
            return value
        return rt.convert_numeric(value, prim)
    if type(lhs) is str and type(value) is str:
        return value
    if isinstance(lhs, dict | list):
        return value
    return rt.ref_cast(value, rt.painless_class(lhs))


def _exception_matches(exc: JavaException, type_name: str) -> bool:
    thrown = str(getattr(exc, "java_class", ""))
    simple = thrown.rsplit(".", 1)[-1]
    if simple.endswith("Error"):
        return False  # an Error (StackOverflowError, PainlessExplainError) is no Exception: no catch takes it
    if type_name in ("Exception", "Object", "def"):
        return True
    if type_name == "RuntimeException":
        # every exception the engine raises is unchecked, except the checked ones a script
        # throws itself (`new InterruptedException()`), which Java's hierarchy keeps apart
        return simple not in CLASSES or "RuntimeException" in ancestors(simple)
    for cls in type(exc).__mro__:
        java_class = getattr(cls, "java_class", None)
        if isinstance(java_class, str) and java_class.rsplit(".", 1)[-1] == type_name:
            return True
    # Java's hierarchy where the Python classes are flat (DateTimeParseException is a DateTimeException)
    name = str(getattr(exc, "java_class", "")).rsplit(".", 1)[-1]
    return name in CLASSES and type_name in ancestors(name)


def _stack_overflow() -> JavaException:
    class StackOverflowError(JavaException):
        java_class = "java.lang.StackOverflowError"

    return StackOverflowError(None)


_ES_INTS = ("int", "char", "short", "byte")


def _es_promote(t: str, decimal: bool) -> str | None:
    """AnalyzerCaster.promoteNumeric(from, decimal): one operand (shifts)."""
    if t == "def" or t == "long" or (decimal and t in ("double", "float")):
        return t
    return "int" if t in _ES_INTS else None


def _es_promote2(a: str, b: str, decimal: bool) -> str | None:
    """AnalyzerCaster.promoteNumeric(from0, from1, decimal): note the `or` for int, so `true + 1`
    promotes to int and then fails on the cast of `true`."""
    if "def" in (a, b):
        return "def"
    if decimal and "double" in (a, b):
        return "double"
    if decimal and "float" in (a, b):
        return "float"
    if "long" in (a, b):
        return "long"
    return "int" if a in _ES_INTS or b in _ES_INTS else None


def _es_compound_type(op: str, t: str, v: str) -> str | None:
    """visitAssignment's compound type for `t op= v` (None: the operator cannot apply at all; a
    type the operands cannot be cast to fails later, as a cast)."""
    if op in ("<<", ">>", ">>>"):
        promoted, shift = _es_promote(t, False), _es_promote(v, False)
        return promoted if shift is not None else None
    if op in ("&", "^", "|"):  # promoteXor
        if "def" in (t, v):
            return "def"
        if t == v == "boolean":
            return "boolean"
        return _es_promote2(t, v, False)
    if op == "+" and "String" in (t, v):  # promoteAdd
        return "String"
    return _es_promote2(t, v, True)


_JAVA_INTERFACES = frozenset(
    ("Map", "List", "Collection", "Iterable", "Set", "Queue", "Deque", "CharSequence", "Comparable",
     "Iterator", "ListIterator", "SortedMap", "NavigableMap", "SortedSet", "NavigableSet", "Map.Entry",
     "Comparator", "Temporal", "TemporalAccessor", "TemporalAmount", "TemporalUnit", "ChronoLocalDate")
)  # fmt: skip


def _java_class_string(t: str) -> str:
    """Class.toString() of a Painless type, as the compound assignment error prints it."""
    if is_primitive(t):
        return t
    if t == "def":
        return "class org.elasticsearch.painless.lookup.def"
    kind = "interface" if t in _JAVA_INTERFACES or t in FUNCTIONAL else "class"
    return f"{kind} {canonical(t)}"


def _operand_type_error(node: ast.Node, op: str, lt: str, rt_: str) -> PainlessCompileError:
    """The compile error for operand types an operator refuses, as Painless' semantic pass words it.

    The operator's promoted type (visitBinary / visitComp): none gives `cannot apply the <name>
    operator`; otherwise the operand that cannot be cast to it gives `Cannot cast from`.
    """
    shift: str | None = None
    if op in ("<<", ">>", ">>>"):
        promoted = _es_promote(lt, False)
        shift = _es_promote(rt_, False)
        if shift is None:
            promoted = None
    elif op in ("&", "|"):
        promoted = _es_promote2(lt, rt_, False)
    elif op == "^":
        promoted = "boolean" if "boolean" in (lt, rt_) else _es_promote2(lt, rt_, False)
    elif op in ("==", "!=", "===", "!=="):
        both_bool = lt == "boolean" and rt_ == "boolean"
        promoted = "boolean" if both_bool else _es_promote2(lt, rt_, True)
    else:
        promoted = _es_promote2(lt, rt_, True)
    if promoted is not None:
        right_target = "int" if shift == "long" else (shift or promoted)
        for side, t, target in (("left", lt, promoted), ("right", rt_, right_target)):
            if not implicit_ok(t, target):
                return _err(
                    getattr(node, side, node),
                    f"Cannot cast from [{canonical(t)}] to [{canonical(target)}].",
                    ClassCastException,
                )
    return _err(
        node,
        f"cannot apply the {_OP_NAMES.get(op, op)} operator [{op}] to the types "
        f"[{canonical(lt)}] and [{canonical(rt_)}]",
        ClassCastException,
    )


def _common_type(a: str, b: str) -> str:
    if a == b:
        return a
    if a == "null" and not is_primitive(b):
        return b
    if b == "null" and not is_primitive(a):
        return a
    p = promote_numeric(a, b) if is_primitive(a) and is_primitive(b) else None
    if p is not None:
        return p
    return "def"


def _describe(node: ast.Node) -> str:
    """How Painless names an expression in `not a statement` / `invalid assignment` errors."""
    if isinstance(node, ast.Binary | ast.Compare | ast.Logic):
        return f"{_OP_NAMES.get(node.op, node.op)} operation [{node.op}]"
    if isinstance(node, ast.Conditional):
        return "conditional operation [?:]"
    if isinstance(node, ast.Elvis):
        return "elvis operation [?:]"
    if isinstance(node, ast.InstanceOf):
        return f"instanceof with target type [{node.type}]"
    if isinstance(node, ast.Cast):
        return f"explicit cast with target type [{node.type}]"
    if isinstance(node, ast.ListInit):
        return "list initializer"
    if isinstance(node, ast.MapInit):
        return "map initializer"
    if isinstance(node, ast.Var):
        return f"variable [{node.name}]"
    if isinstance(node, ast.Literal):
        if node.type == "String":
            return f"string constant [{node.value}]"
        if node.type == "boolean":
            return f"boolean constant [{'true' if node.value else 'false'}]"
        if node.type == "null":
            return "null constant"
        kind = "decimal" if node.type in ("double", "float") else "numeric"
        return f"{kind} constant [{getattr(node, 'raw', node.value)}]"
    if isinstance(node, ast.Unary):
        return f"{_UNARY_NAMES.get(node.op, node.op)} operation [{node.op}]"
    if isinstance(node, ast.RegexLit):
        return f"regex constant [{node.pattern}] with flags [{node.flags}]"
    if isinstance(node, ast.NewArray | ast.NewArrayInit):
        return "new array"
    if isinstance(node, ast.Call | ast.StaticCall):
        return f"method call [{node.name}/{len(node.args)}]"
    if isinstance(node, ast.LocalCall):
        return f"function call [{node.name}/{len(node.args)}]"
    return type(node).__name__


_UNARY_NAMES = {"+": "addition", "-": "subtraction", "~": "bitwise not", "!": "boolean not"}


def _not_a_statement(node: ast.Node) -> str:
    """DefaultSemanticAnalysisPhase's words for an expression whose value is dropped."""
    if isinstance(node, ast.TypeValue):  # EDot checks its use first, ESymbol does not
        return (
            "not a statement: result of dot operator [.] not used" if node.dotted else _value_required(node)
        )
    if isinstance(node, ast.Literal | ast.RegexLit | ast.Var):
        return f"not a statement: {_describe(node)} not used"
    if isinstance(node, ast.Index):
        return "not a statement: result of brace operator not used"
    if isinstance(node, ast.Field | ast.StaticField):
        return "not a statement: result of dot operator [.] not used"
    if isinstance(node, ast.Lambda):
        return "not a statement: lambda not used"
    return f"not a statement: result not used from {_describe(node)}"


def _value_required(node: ast.TypeValue) -> str:
    return f"value required: instead found unexpected type [{canonical(node.type)}]"


def _invalid_assignment(node: ast.Node) -> str:
    """The error for assigning to something that is not a variable, field or element."""
    if isinstance(node, ast.TypeValue):
        return f"invalid assignment: cannot write a value to a static type [{canonical(node.type)}]"
    if isinstance(node, ast.New):
        # sic: Elasticsearch's text has no colon here
        return f"invalid assignment cannot assign a value to new object with constructor [{node.type}/{len(node.args)}]"
    if isinstance(node, ast.Lambda):
        return "invalid assignment: cannot assign a value to a lambda"
    if isinstance(node, ast.Cast):
        return f"invalid assignment: cannot assign a value to an explicit cast with target type [{node.type}]"
    return f"invalid assignment: cannot assign a value to {_describe(node)}"


class NegativeArraySizeException(JavaException):
    java_class = "java.lang.NegativeArraySizeException"


def _new_multi_array(elem: str, counts: list[int], default: Any) -> JArray:
    """Nested arrays: the outer levels hold arrays of the next level's type."""
    depth = len(counts)
    if depth == 1:
        return JArray(elem, [default] * counts[0])
    inner = counts[1:]
    return JArray(
        elem + "[]" * (depth - 1), [_new_multi_array(elem, inner, default) for _ in range(counts[0])]
    )


def _const(value: Any) -> Fn:
    return lambda f: value


def _noop(f: list[Any]) -> None:
    return None


def _true(f: list[Any]) -> bool:
    return True


def _sequence(stmts: list[Fn]) -> Fn:
    if not stmts:
        return _noop
    if len(stmts) == 1:
        return stmts[0]
    if len(stmts) == 2:
        a, b = stmts

        def seq2(f: list[Any]) -> Any:
            r = a(f)
            if r is not None:
                return r
            return b(f)

        return seq2
    items = tuple(stmts)

    def seq(f: list[Any]) -> Any:
        for s in items:
            r = s(f)
            if r is not None:
                return r
        return None

    return seq


# ---------------------------------------------------------------------------------------------
# pure conditions: `if` expressions that only read ctx, run without frame or runtime state

Test = Callable[[Any], bool]


class _Slow(Exception):
    """A specialised condition met a value it does not handle; the general path decides."""


def _raise_slow(ctx: Any) -> bool:
    raise _Slow


def pure_condition(script: ast.Script, general: Test) -> Test | None:
    """A frame-free `ctx -> bool` equal to `general` for a condition that cannot write, else None.

    (Or a guard: see `_guarded` for `pure && other` / `pure || other`.)

    Decided statically: one expression made of ctx field chains (`ctx.a?.b.c`), `== / !=` against
    null, a string or an int literal, `instanceof`, `&&`, `||`, `!` and boolean literals. Such an
    expression calls nothing and stores nothing, so the read-only guard and the thread-local state
    are moot. The closures walk plain dicts only; any other value (a non-dict receiver, a null
    where Painless throws) hands the whole condition to `general`, which is pure too, so running it
    again gives the same answer or the same script_exception (position included).
    Must be called on a script that `Compiler(condition=True)` compiled without error.
    """
    if script.functions or len(script.stmts) != 1 or not isinstance(script.stmts[0], ast.ExprStmt):
        return None
    node = script.stmts[0].expr
    if not _is_pure_test(node):
        return _guarded(node, general)
    if _is_leaf(node):
        return _leaf(node, general)
    inner = _composite(node)

    def test(ctx: Any) -> bool:
        try:
            return inner(ctx)
        except _Slow:
            pass
        return general(ctx)  # outside the handler: its script_exception carries no _Slow context

    return test


def field_test(script: ast.Script) -> FieldTest | None:
    """The condition as a `FieldTest` when it is one test of one null-safe ctx chain, else None.

    `ctx.a?.b != null`, `ctx.a?.b instanceof String` and `ctx.a?.b == 'x'` (either side), with every
    link after the first null-safe: the executor may then fuse it with a processor on that field.
    """
    if script.functions or len(script.stmts) != 1 or not isinstance(script.stmts[0], ast.ExprStmt):
        return None
    node = script.stmts[0].expr
    parts = _leaf_parts(node)
    if parts is None:
        return None
    kind, chain, operand = parts
    steps = _chain_steps(chain)
    assert steps is not None
    first, rest = steps
    if not all(tail_safe for _, tail_safe in rest):
        return None
    keys = (first, *(name for name, _ in rest))
    negate = isinstance(node, ast.Compare) and node.op == "!="
    if kind == "null" and negate:
        return FieldTest(keys, NOT_NULL)
    if kind == "instanceof" and operand == "String":
        return FieldTest(keys, IS_STRING)
    if kind == "str" and not negate:
        return FieldTest(keys, EQUALS, operand)
    return None


def _guarded(node: ast.Node, general: Test) -> Test | None:
    """`pure && rest` / `pure || rest`: the pure left side alone decides when it short-circuits.

    The common `ctx.a?.b != null && ctx.a.b.contains('x')`: a false guard answers without the
    general path; otherwise the general path runs the whole condition (the guard again included,
    which is pure), so results and errors are unchanged.
    """
    if not isinstance(node, ast.Logic) or not _is_pure_test(node.left):
        return None
    guard = _composite(node.left)
    if node.op == "&&":

        def guarded_and(ctx: Any) -> bool:
            try:
                if not guard(ctx):
                    return False
            except _Slow:
                pass
            return general(ctx)

        return guarded_and

    def guarded_or(ctx: Any) -> bool:
        try:
            if guard(ctx):
                return True
        except _Slow:
            pass
        return general(ctx)

    return guarded_or


def _chain_steps(node: ast.Node) -> tuple[str, tuple[tuple[str, bool], ...]] | None:
    """`ctx.first.x?.y` -> ("first", (("x", tail_safe), ("y", tail_safe))), or None.

    `tail_safe` says every link from this one on is `?.`: a null receiver there makes the whole
    chain null (Compiler._field_chain's rule); elsewhere it is a NullPointerException.
    """
    links: list[ast.Field] = []
    cur = node
    while isinstance(cur, ast.Field):
        if cur.name in _MAP_GETTERS:
            return None
        links.append(cur)
        cur = cur.obj
    if not links or not isinstance(cur, ast.Var) or cur.name != "ctx":
        return None
    links.reverse()
    first = links[0].name
    if find_getter("Map", first) is not None:  # `ctx.<getter>` is a method call, not a key
        return None
    rest = []
    for i, link in enumerate(links[1:], start=1):
        rest.append((link.name, all(ln.null_safe for ln in links[i:])))
    return first, tuple(rest)


def _leaf_parts(node: ast.Node) -> tuple[str, ast.Node, Any] | None:
    """(kind, chain node, operand) for a comparison or instanceof over one ctx chain."""
    if isinstance(node, ast.InstanceOf):
        if _chain_steps(node.expr) is None:
            return None
        return "instanceof", node.expr, node.type
    if not isinstance(node, ast.Compare) or node.op not in ("==", "!="):
        return None
    left, right = node.left, node.right
    for chain, other in ((left, right), (right, left)):
        if _chain_steps(chain) is None or not isinstance(other, ast.Literal):
            continue
        if other.type == "null":
            return "null", chain, None
        if other.type == "String":
            return "str", chain, other.value
        if other.type == "int":
            return "int", chain, other.value
    return None


def _is_leaf(node: ast.Node) -> bool:
    return _leaf_parts(node) is not None


def _is_pure_test(node: ast.Node) -> bool:
    if _is_leaf(node):
        return True
    if isinstance(node, ast.Logic):
        return _is_pure_test(node.left) and _is_pure_test(node.right)
    if isinstance(node, ast.Unary) and node.op == "!":
        return _is_pure_test(node.expr)
    return isinstance(node, ast.Literal) and node.type == "boolean"


def _composite(node: ast.Node) -> Test:
    """A nested test: an unhandled value raises _Slow for the top-level closure to catch."""
    if _is_leaf(node):
        return _leaf(node, _raise_slow)
    if isinstance(node, ast.Logic):
        a, b = _composite(node.left), _composite(node.right)
        if node.op == "&&":
            return lambda ctx: a(ctx) and b(ctx)
        return lambda ctx: a(ctx) or b(ctx)
    if isinstance(node, ast.Unary):
        inner = _composite(node.expr)
        return lambda ctx: not inner(ctx)
    value = bool(node.value)  # type: ignore[attr-defined]
    return lambda ctx: value


def _leaf(node: ast.Node, slow: Test) -> Test:
    """One comparison with the chain walk inlined; `slow(ctx)` answers for unusual values."""
    parts = _leaf_parts(node)
    assert parts is not None
    kind, chain, operand = parts
    steps = _chain_steps(chain)
    assert steps is not None
    first, rest = steps
    negate = isinstance(node, ast.Compare) and node.op == "!="
    if kind == "null":
        if negate:

            def not_null(ctx: Any) -> bool:
                if type(ctx) is not dict:
                    return slow(ctx)
                v = ctx.get(first)
                for name, tail_safe in rest:
                    if type(v) is dict:
                        v = v.get(name)
                    elif v is None and tail_safe:
                        return False
                    else:
                        return slow(ctx)
                return v is not None

            return not_null

        def is_null(ctx: Any) -> bool:
            if type(ctx) is not dict:
                return slow(ctx)
            v = ctx.get(first)
            for name, tail_safe in rest:
                if type(v) is dict:
                    v = v.get(name)
                elif v is None and tail_safe:
                    return True
                else:
                    return slow(ctx)
            return v is None

        return is_null
    if kind == "str":
        c = operand

        def str_eq(ctx: Any) -> bool:
            if type(ctx) is not dict:
                return slow(ctx)
            v = ctx.get(first)
            for name, tail_safe in rest:
                if type(v) is dict:
                    v = v.get(name)
                elif v is None and tail_safe:
                    return negate
                else:
                    return slow(ctx)
            return (type(v) is str and v == c) != negate

        return str_eq
    if kind == "instanceof":
        target = operand
        instance_of = rt.instance_of
        cache: dict[type, bool] = {}

        def is_instance(ctx: Any) -> bool:
            if type(ctx) is not dict:
                return slow(ctx)
            v = ctx.get(first)
            for name, tail_safe in rest:
                if type(v) is dict:
                    v = v.get(name)
                elif v is None and tail_safe:
                    return False
                else:
                    return slow(ctx)
            if v is None:
                return False
            tv = type(v)
            r = cache.get(tv)
            if r is None:
                r = instance_of(v, target)
                if tv is not int:  # Integer or Long depends on the value
                    cache[tv] = r
            return r

        return is_instance
    c = operand
    eq = rt.eq
    plain = (int, JLong, float)

    def int_eq(ctx: Any) -> bool:
        if type(ctx) is not dict:
            return slow(ctx)
        v = ctx.get(first)
        for name, tail_safe in rest:
            if type(v) is dict:
                v = v.get(name)
            elif v is None and tail_safe:
                v = None
                break
            else:
                return slow(ctx)
        if type(v) in plain:
            return (v == c) != negate
        return eq(v, c) != negate

    return int_eq


__all__ = ["Compiler", "JavaSet", "LinkedHashMap", "field_test", "pure_condition"]
