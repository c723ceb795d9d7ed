"""Shared helpers: run a script the way the ingest engine does and describe values as Java sees them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script
from s1elastic.ingest.painless.runtime import class_name, to_string

# Java class names as error texts and `java()` print them
INT, L, D, F, S, B = (
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.Float",
    "java.lang.String",
    "java.lang.Boolean",
)
BYTE, SHORT, CHAR = "java.lang.Byte", "java.lang.Short", "java.lang.Character"


def java(value: Any) -> tuple[str, str]:
    """(Java class name, String.valueOf text) of a value: the type and the value in one comparable."""
    return (class_name(value), to_string(value))


def run_script(
    source: str, ctx: dict[str, Any] | None = None, params: dict[str, Any] | None = None
) -> dict[str, Any]:
    doc = {} if ctx is None else ctx
    compile_script(source, params=params).execute(doc)
    return doc


def run_condition(
    source: str, ctx: dict[str, Any] | None = None, params: dict[str, Any] | None = None
) -> bool:
    return compile_script(source, params=params, condition=True).evaluate_condition(
        {} if ctx is None else ctx
    )


def script_error(
    source: str, ctx: dict[str, Any] | None = None, *, condition: bool = False, run: bool = True
) -> ScriptException:
    """The ScriptException that compiling `source` (and, with `run`, running it on `ctx`) raises;
    the test fails when none is raised."""
    with pytest.raises(ScriptException) as info:
        script = compile_script(source, condition=condition)
        if run and condition:
            script.evaluate_condition({} if ctx is None else ctx)
        elif run:
            script.execute({} if ctx is None else ctx)
    return info.value


def string_value_of(prelude: str, expr: str) -> Any:
    """What `String.valueOf(expr)` gives after `prelude` (the JDK-table tests print the same)."""
    return run_script(prelude + f"ctx.r = String.valueOf({expr});")["r"]


def error_of_string_value_of(prelude: str, expr: str) -> tuple[str, str | None]:
    """(type, reason) of the error `String.valueOf(expr)` raises after `prelude`."""
    caused_by = script_error(prelude + f"ctx.r = String.valueOf({expr});").to_xcontent()["caused_by"]
    return caused_by["type"], caused_by.get("reason")


def outcome(body: str) -> tuple[str, str | None]:
    """("ok", String.valueOf(result)) of a function body, or (error type, reason) of what it throws."""
    source = "def f() { " + body + " } ctx.r = String.valueOf(f());"
    try:
        doc: dict[str, Any] = {}
        compile_script(source).execute(doc)
    except ScriptException as e:
        caused_by = e.to_xcontent()["caused_by"]
        return caused_by["type"], caused_by.get("reason")
    return "ok", doc["r"]


def unescape(text: str) -> str:
    """A golden file's `\\uXXXX`-escaped column as text."""
    return text.encode("ascii").decode("unicode_escape")


def golden_groups(path: Path) -> list[tuple[str, str, str, list[list[str]]]]:
    """A grouped golden TSV of JDK answers: `G <id> <maker> <setup>` heads (unescaped), each
    followed by `<id> <column>...` rows (columns left as written)."""
    heads: dict[str, tuple[str, str]] = {}
    rows: dict[str, list[list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "G":
            heads[cols[1]] = (unescape(cols[2]), unescape(cols[3]))
            rows[cols[1]] = []
        else:
            rows[cols[0]].append(cols[1:])
    return [(gid, maker, setup, rows[gid]) for gid, (maker, setup) in heads.items()]
