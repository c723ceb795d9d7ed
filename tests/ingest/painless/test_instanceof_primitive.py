"""`instanceof` with a primitive type, as Painless' EInstanceof defines it.

Facts (EInstanceof, all Painless versions since 5.x): a primitive target type is replaced by its box
(`long` -> `Long`). A def/reference operand is then tested with a plain JVM `instanceof` against the
box; a primitive operand is boxed too and the answer is fixed at compile time as
`box(target).isAssignableFrom(box(operand))`. So `ctx.score instanceof long` holds for a Long, and
`int i; i instanceof Number` holds (Integer is a Number) while `i instanceof long` does not (an
Integer is no Long). The crowdstrike alert pipeline relies on the first form
(`if: ctx.crowdstrike?.alert?.score instanceof long` after a `convert` to long).
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import run_condition, run_script

DEF_ROWS = [
    ("long_box_of_long", "ctx.x instanceof long", {"x": 2**40}, True),
    ("long_not_integer", "ctx.x instanceof long", {"x": 5}, False),
    ("int_box_of_integer", "ctx.x instanceof int", {"x": 5}, True),
    ("int_not_long", "ctx.x instanceof int", {"x": 2**40}, False),
    ("double_box_of_double", "ctx.x instanceof double", {"x": 1.5}, True),
    ("double_not_integer", "ctx.x instanceof double", {"x": 1}, False),
    ("boolean_box", "ctx.x instanceof boolean", {"x": True}, True),
    ("long_not_string", "ctx.x instanceof long", {"x": "12"}, False),
    ("long_null", "ctx.x instanceof long", {}, False),
]


@pytest.mark.parametrize(("source", "ctx", "want"), [r[1:] for r in DEF_ROWS], ids=[r[0] for r in DEF_ROWS])
def test_def_operand_against_primitive_type(source: str, ctx: dict[str, Any], want: bool) -> None:
    assert run_script(f"ctx.r = {source}", dict(ctx))["r"] is want


@pytest.mark.parametrize(("source", "ctx", "want"), [r[1:] for r in DEF_ROWS], ids=[r[0] for r in DEF_ROWS])
def test_condition_against_primitive_type(source: str, ctx: dict[str, Any], want: bool) -> None:
    assert run_condition(source, dict(ctx)) is want


STATIC_ROWS = [
    ("int_number", "int v = 5; ctx.r = v instanceof Number", True),
    ("int_comparable", "int v = 5; ctx.r = v instanceof Comparable", True),
    ("int_integer", "int v = 5; ctx.r = v instanceof Integer", True),
    ("int_int", "int v = 5; ctx.r = v instanceof int", True),
    ("int_long", "int v = 5; ctx.r = v instanceof long", False),
    ("long_number", "long v = 5L; ctx.r = v instanceof Number", True),
    ("double_string", "double v = 1.0; ctx.r = v instanceof String", False),
    ("boolean_comparable", "boolean v = true; ctx.r = v instanceof Comparable", True),
    ("boolean_number", "boolean v = true; ctx.r = v instanceof Number", False),
    ("char_object", "char v = (char) 'a'; ctx.r = v instanceof Object", True),
]


@pytest.mark.parametrize(("source", "want"), [r[1:] for r in STATIC_ROWS], ids=[r[0] for r in STATIC_ROWS])
def test_primitive_operand(source: str, want: bool) -> None:
    assert run_script(source, {})["r"] is want
