"""java.lang.Math and StrictMath as Painless whitelists them: only the `double` methods.

Expected values follow the Math Javadoc: IEEEremainder rounds the quotient to the nearest integer
(ties to even), nextUp/nextDown/ulp step by one unit in the last place, scalb multiplies by a power
of two, the hyperbolic functions overflow to infinities, copySign takes the sign bit of -0.0.
Integer helpers (floorMod, floorDiv, abs(int), ...) are absent from the whitelist, so Elasticsearch
refuses them at compile time with the messages tested below.
"""

from __future__ import annotations

import math

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

DOUBLE = "java.lang.Double"

MATH = [
    ("ieee_remainder", "Math.IEEEremainder(10, 3)", 1.0),
    ("ieee_remainder_tie_to_even", "Math.IEEEremainder(11, 2)", -1.0),
    ("ieee_remainder_negative", "Math.IEEEremainder(-7, 4)", 1.0),
    ("ieee_remainder_infinite_divisor", "Math.IEEEremainder(5, Double.POSITIVE_INFINITY)", 5.0),
    ("copy_sign_negative_zero", "Math.copySign(3, -0.0)", -3.0),
    ("copy_sign_positive", "Math.copySign(-2.5, 1)", 2.5),
    ("next_up", "Math.nextUp(1.0)", 1.0 + 2.0**-52),
    ("next_down", "Math.nextDown(1.0)", 1.0 - 2.0**-53),
    ("next_after_toward_zero", "Math.nextAfter(1.0, 0)", 1.0 - 2.0**-53),
    ("next_after_same", "Math.nextAfter(2.0, 2.0)", 2.0),
    ("scalb", "Math.scalb(1.5, 4)", 24.0),
    ("scalb_negative", "Math.scalb(8.0, -3)", 1.0),
    ("scalb_overflow", "Math.scalb(-1.0, 5000)", -math.inf),
    ("ulp_one", "Math.ulp(1.0)", 2.0**-52),
    ("ulp_max", "Math.ulp(Double.MAX_VALUE)", 2.0**971),
    ("sinh_zero", "Math.sinh(0)", 0.0),
    ("sinh_overflow", "Math.sinh(-1000)", -math.inf),
    ("cosh_zero", "Math.cosh(0)", 1.0),
    ("cosh_overflow", "Math.cosh(-1000)", math.inf),
    ("tanh_saturates", "Math.tanh(1000)", 1.0),
    ("abs_of_int_is_double", "Math.abs(-5)", 5.0),
    ("strict_floor", "StrictMath.floor(-2.5)", -3.0),
    ("strict_sqrt", "StrictMath.sqrt(2.25)", 1.5),
    ("strict_pow", "StrictMath.pow(2, 10)", 1024.0),
    ("strict_pi", "StrictMath.PI", math.pi),
    ("strict_e", "StrictMath.E", math.e),
    ("strict_max", "StrictMath.max(-0.0, 0.0)", 0.0),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in MATH], ids=[c[0] for c in MATH])
def test_math(expr: str, expected: float) -> None:
    value = run_script(f"ctx.r = {expr}")["r"]
    assert java(value)[0] == DOUBLE
    assert value == expected and math.copysign(1.0, value) == math.copysign(1.0, expected)


def test_nan_in_nan_out() -> None:
    doc = run_script(
        "ctx.r = [Math.ulp(Double.NaN), Math.IEEEremainder(1, 0), Math.nextUp(Double.NaN),"
        " Math.IEEEremainder(Double.POSITIVE_INFINITY, 2)]"
    )
    assert all(math.isnan(x) for x in doc["r"])


def test_strict_math_round_is_long() -> None:
    assert java(run_script("ctx.r = StrictMath.round(2.5)")["r"]) == ("java.lang.Long", "3")


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("Math.floorMod(-7, 3)", "static method [java.lang.Math, floorMod/2] not found"),
        ("Math.floorDiv(-7, 3)", "static method [java.lang.Math, floorDiv/2] not found"),
        ("Math.addExact(1, 2)", "static method [java.lang.Math, addExact/2] not found"),
        ("StrictMath.floorMod(1, 2)", "static method [java.lang.StrictMath, floorMod/2] not found"),
        ("Math.random(1)", "static method [java.lang.Math, random/1] not found"),
    ],
    ids=["floor_mod", "floor_div", "add_exact", "strict_floor_mod", "wrong_arity"],
)
def test_not_whitelisted(source: str, reason: str) -> None:
    with pytest.raises(ScriptException) as info:
        compile_script(f"ctx.r = {source}")
    body = info.value.error_body()
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {"type": "illegal_argument_exception", "reason": reason}
