"""Shared helpers: run a script the way the ingest engine does and describe values as Java sees them."""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.painless import compile_script
from s1elastic.ingest.painless.runtime import class_name, to_string


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
