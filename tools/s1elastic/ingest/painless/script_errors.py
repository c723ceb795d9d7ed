"""Java exceptions -> Painless' ScriptException, with script_stack and position.

Compile errors quote ±25 characters around the offset (PainlessScriptEngine); runtime errors quote
the statement that failed, from its start to the next statement's start (PainlessScript), and
point at the failing node.
"""

from __future__ import annotations

import bisect
from types import TracebackType

from s1elastic.ingest.errors import JavaException, ScriptException


def compile_error(source: str, offset: int | None, cause: JavaException) -> ScriptException:
    if offset is None:
        # An exception Painless throws without a location (no createError): convertToScriptException
        # finds no script frame, so the stack is empty and there is no position.
        return ScriptException("compile error", cause=cause, script_stack=[], script=source, lang="painless")
    start = max(0, offset - 25)
    end = min(len(source), offset + 25)
    snippet = ("... " if start > 0 else "") + source[start:end] + (" ..." if end < len(source) else "")
    pointer = ("    " if start > 0 else "") + " " * (offset - start) + "^---- HERE"
    return ScriptException(
        "compile error",
        cause=cause,
        script_stack=[snippet, pointer],
        script=source,
        lang="painless",
        position={"offset": offset, "start": start, "end": end},
    )


def error_offset(tb: TracebackType | None) -> int | None:
    """The `_pos` of the innermost compiled closure on the traceback (see compiler.py)."""
    found = None
    while tb is not None:
        pos = tb.tb_frame.f_locals.get("_pos")
        if isinstance(pos, int):
            found = pos
        tb = tb.tb_next
    return found


def runtime_error(
    source: str, statements: list[int], cause: JavaException, offset: int | None
) -> ScriptException:
    error = _runtime_error(source, statements, cause, offset)
    # Debug.explain: PainlessScript.convertToScriptException adds the explain headers as metadata
    error.metadata.update(getattr(cause, "explain_headers", {}))
    return error


def _runtime_error(
    source: str, statements: list[int], cause: JavaException, offset: int | None
) -> ScriptException:
    if offset is None:
        return ScriptException(
            "runtime error",
            cause=cause,
            script_stack=["<<< unknown portion of script >>>"],
            script=source,
            lang="painless",
        )
    i = bisect.bisect_right(statements, offset) - 1
    start = statements[i] if i >= 0 else 0
    j = bisect.bisect_right(statements, start)
    end = statements[j] if j < len(statements) else len(source)
    return ScriptException(
        "runtime error",
        cause=cause,
        script_stack=[source[start:end], " " * (offset - start) + "^---- HERE"],
        script=source,
        lang="painless",
        position={"offset": offset, "start": start, "end": end},
    )
