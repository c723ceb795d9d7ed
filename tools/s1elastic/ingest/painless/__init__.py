"""Painless for ingest pipelines: `if` conditions and `script` processors.

    script = compile_script("ctx.a?.b != null", condition=True)
    script.evaluate_condition(doc.source)        # -> bool, ctx read-only
    compile_script("ctx.x = params.v", params={"v": 1}).execute(doc.source)

Source is parsed once (lark LALR grammar `painless.lark` -> `ast` dataclasses) and compiled to
Python closures (`compiler.py`); running never parses. Errors are Elasticsearch's
`script_exception` (`compile error` / `runtime error`) with the Java cause, script_stack and
position.

A condition that can only read ctx (field chains compared with literals, `instanceof`, `&&`,
`||`, `!`) gets a specialised closure as its `evaluate_condition` (`compiler.pure_condition`);
every other one, and any value that closure does not handle, runs the general path.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from s1elastic.ingest.errors import JavaException, ScriptException
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.compiler import Compiler, field_test, pure_condition
from s1elastic.ingest.painless.parser import PainlessCompileError, parse
from s1elastic.ingest.painless.script_errors import compile_error, error_offset, runtime_error

__all__ = ["CompiledScript", "compile_script"]

_LOCAL = rt.LOCAL
_DISCARD = rt.DISCARD


class StackOverflowError(JavaException):
    java_class = "java.lang.StackOverflowError"


class CompiledScript:
    """One compiled script; `execute` for script processors, `evaluate_condition` for `if`."""

    __slots__ = (
        "_params",
        "_run",
        "_statements",
        "condition",
        "evaluate_condition",
        "field_test",
        "source",
        "specialised",
    )

    TAKES_NOW = True  # execute/execute_tracked accept the document's timestamp (script processor)

    evaluate_condition: Callable[[dict[str, Any]], bool]
    """Run as an `if` condition: ctx is read-only, the result must be a boolean.

    The specialised closure when the condition is pure, else `evaluate_condition_general`.
    """

    def __init__(
        self,
        source: str,
        run: Any,
        statements: list[int],
        params: dict[str, Any],
        condition: bool,
        ast_script: Any = None,
    ) -> None:
        self.source = source
        self.condition = condition
        self._run = run
        self._statements = statements
        self._params = params
        general = self.evaluate_condition_general
        fast = pure_condition(ast_script, general) if condition and ast_script is not None else None
        self.specialised = fast is not None
        self.evaluate_condition = fast if fast is not None else general
        # A one-field test the executor may fuse with the processor on that field (fusion.py).
        self.field_test = field_test(ast_script) if fast is not None else None

    def execute(self, ctx: dict[str, Any], now: Any = None) -> Any:
        """Run against the document map (metadata keys at top level); writes are validated.

        `now`: the document's creation timestamp (`metadata().getNow()`; the clock when None).
        """
        return self._execute(ctx, _DISCARD, now)

    def execute_tracked(self, ctx: dict[str, Any], now: Any = None) -> list[Any]:
        """`execute` for the script processor: returns what the run stored into containers.

        Every value that is not a plain scalar and was stored into a map, list, set or array, and
        `runtime.FULL_CHECK` for a mutation whose stored values are unknown: a cycle in ctx after
        the run must pass through one of them (processors/script.py). Empty: nothing was.
        """
        stored: list[Any] = []
        self._execute(ctx, stored, now)
        return stored

    def _execute(self, ctx: dict[str, Any], stored: Any, now: Any) -> Any:
        """One run with ctx writable; container stores are recorded into `stored`."""
        run = _LOCAL.run
        params = self._params
        run.ctx_root = ctx
        run.now = now
        run.params_root = params
        run.guarded = True
        run.stored = stored
        try:
            return self._run(ctx, params)
        except JavaException as exc:
            raise self._runtime_error(exc) from None
        except RecursionError:
            raise self._runtime_error(StackOverflowError(None)) from None
        finally:
            run.ctx_root = None
            run.now = None
            run.params_root = None
            run.guarded = False
            run.stored = _DISCARD

    def evaluate_condition_general(self, ctx: dict[str, Any]) -> bool:
        """The general `if` path: a frame, the read-only guard, the script_exception on failure."""
        # Scripts cannot start other scripts, so the state is set and cleared, never nested.
        run = _LOCAL.run
        params = self._params
        run.readonly_root = ctx
        run.params_root = params
        run.guarded = True
        try:
            return self._run(ctx, params)  # type: ignore[no-any-return]
        except JavaException as exc:
            raise self._runtime_error(exc) from None
        except RecursionError:
            raise self._runtime_error(StackOverflowError(None)) from None
        finally:
            run.readonly_root = None
            run.params_root = None
            run.guarded = False

    def _runtime_error(self, exc: JavaException) -> ScriptException:
        if isinstance(exc, ScriptException):
            return exc
        offset = error_offset(sys.exc_info()[2])
        return runtime_error(self.source, self._statements, exc, offset)

    def __repr__(self) -> str:
        return f"CompiledScript({self.source!r}, condition={self.condition})"


def compile_script(
    source: str, *, params: dict[str, Any] | None = None, condition: bool = False
) -> CompiledScript:
    """Parse and compile once; raises ScriptException("compile error", ...) like Elasticsearch."""
    try:
        script = parse(source)
        run, statements = Compiler(source, condition=condition).compile(script)
    except PainlessCompileError as exc:
        cause = exc.exception
        if not isinstance(cause, JavaException):  # pragma: no cover - defensive
            raise
        raise compile_error(source, exc.offset, cause) from None
    return CompiledScript(source, run, statements, dict(params or {}), condition, script)


def _unused(_: ScriptException) -> None:  # keep the import for type checkers and readers
    return None
