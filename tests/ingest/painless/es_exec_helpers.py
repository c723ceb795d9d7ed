"""Run an Elasticsearch `ScriptTestCase.exec(...)` body the way an ingest script can.

ES's unit tests return a value from the script; an ingest script is void, so the body becomes a
user function `def f() { <body> }` whose result goes to `ctx.r` (a user function, like ES's main
script body, returns its last expression statement implicitly). `funcs` holds the script's own
function declarations, which must stay at the top level. `params` is not visible inside a user
function, so bodies that read it use `top_value`.
"""

from __future__ import annotations

from typing import Any

from painless_helpers import java, script_error

from s1elastic.ingest.painless import compile_script


def _source(body: str, funcs: str) -> str:
    return f"{funcs} def f() {{ {body} }} ctx.r = f();"


def exec_value(body: str, funcs: str = "") -> tuple[str, str]:
    """(Java class name, String.valueOf text) of what the body returns."""
    doc: dict[str, Any] = {}
    compile_script(_source(body, funcs)).execute(doc)
    return java(doc["r"])


def top_value(expr: str, funcs: str = "", params: dict[str, Any] | None = None) -> tuple[str, str]:
    """(class, text) of an expression evaluated in the script's main body."""
    doc: dict[str, Any] = {}
    compile_script(f"{funcs} ctx.r = {expr};", params=params).execute(doc)
    return java(doc["r"])


def exec_error(body: str, funcs: str = "") -> tuple[str, str | None]:
    """(caused_by type, reason) of the error the body raises, compiling or running."""
    caused_by = script_error(_source(body, funcs)).to_xcontent()["caused_by"]
    return caused_by["type"], caused_by.get("reason")
