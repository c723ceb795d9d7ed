"""BigDecimal and BigInteger inside Painless: what the language (not the JDK) does with them.

Facts from Elasticsearch's Painless sources: DefMath's generic operator branch treats any Number
that is not a Double, Float or Long through intValue() (so `def x = 2.5 as BigDecimal; x + 1` is
Integer 3 and `x > 2` is false), `==` on two values of one class calls equals() (scale-sensitive
for BigDecimal); Def.DefTo<type>Explicit converts a def Number with its xxxValue() while the
implicit conversions accept only the boxed primitives; java.math.txt has only valueOf(double), so
an int argument widens (`BigDecimal.valueOf(5)` is 5.0), and no BigDecimal(double)/(int)
constructor. The JDK texts inside were printed by the JDK (Temurin 25).
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

PRELUDE = 'def x = new BigDecimal("2.5"); def y = new BigDecimal("2.50"); def big = new BigInteger("5"); '

VALUES = [
    # DefMath: a BigDecimal/BigInteger is a plain Number -> intValue() unless the other side is wider
    ("def_add_int", "x + 1", ("java.lang.Integer", "3")),
    ("def_mul_double", "x * 2.0", ("java.lang.Double", "5.0")),
    ("def_add_long", "big + 1L", ("java.lang.Long", "6")),
    ("def_add_two_decimals", "x + y", ("java.lang.Integer", "4")),
    ("def_gt_int", "x > 2", ("java.lang.Boolean", "false")),
    ("def_gt_double", "x > 2.0", ("java.lang.Boolean", "true")),
    ("def_eq_same_class", "x == y", ("java.lang.Boolean", "false")),
    ("def_eq_int", "x == 2", ("java.lang.Boolean", "true")),
    ("def_ne", "x != y", ("java.lang.Boolean", "true")),
    ("def_concat", '"v=" + x', ("java.lang.String", "v=2.5")),
    # explicit casts of def go through Number.xxxValue()
    ("cast_int", "(int) x", ("java.lang.Integer", "2")),
    ("cast_double", "(double) x", ("java.lang.Double", "2.5")),
    ("cast_long_big", "(long) big", ("java.lang.Long", "5")),
    ("number_view", "((Number) x).intValue()", ("java.lang.Integer", "2")),
    ("instanceof_number", "x instanceof Number", ("java.lang.Boolean", "true")),
    ("instanceof_comparable", "x instanceof Comparable", ("java.lang.Boolean", "true")),
    # the whitelist's shapes
    ("value_of_int_widens", "BigDecimal.valueOf(5)", ("java.math.BigDecimal", "5.0")),
    ("value_of_long_widens", "BigDecimal.valueOf(1L)", ("java.math.BigDecimal", "1.0")),
    (
        "round_idiom",
        "BigDecimal.valueOf(2.345).setScale(2, RoundingMode.HALF_UP).doubleValue()",
        ("java.lang.Double", "2.35"),
    ),
    ("big_value_of", "BigInteger.valueOf(7).pow(30)", ("java.math.BigInteger", "22539340290692258087863249")),
    ("mode_to_string", "RoundingMode.HALF_UP", ("java.math.RoundingMode", "HALF_UP")),
    (
        "math_context",
        "MathContext.DECIMAL32",
        ("java.math.MathContext", "precision=7 roundingMode=HALF_EVEN"),
    ),
    # Comparable: sorting and TreeMap use compareTo, HashMap uses equals/hashCode
    (
        "sorted",
        '[x, new BigDecimal("1.0"), new BigDecimal("-3")].stream().sorted().collect(Collectors.toList())',
        ("java.util.ArrayList", "[-3, 1.0, 2.5]"),
    ),
    ("max", 'Collections.max([x, new BigDecimal("2.6")])', ("java.math.BigDecimal", "2.6")),
    ("hash_key_equal", '[x: 1].get(new BigDecimal("2.5"))', ("java.lang.Integer", "1")),
    ("hash_key_scale", "[x: 1].get(y)", ("null", "null")),
    ("set_size", "new HashSet([x, y]).size()", ("java.lang.Integer", "2")),
    ("hash_code", "x.hashCode()", ("java.lang.Integer", "776")),
]

ERRORS = [
    ("def_neg", "-x", "class_cast_exception", "Cannot apply [-] operation to type [java.math.BigDecimal]."),
    (
        "implicit_int",
        "int i = x; ctx.r = i",
        "class_cast_exception",
        "cannot implicitly cast def [java.math.BigDecimal] to int",
    ),
    (
        "def_arg_class",
        "x.add(1)",
        "class_cast_exception",
        "class java.lang.Integer cannot be cast to class java.math.BigDecimal (java.lang.Integer and java.math.BigDecimal are in module java.base of loader 'bootstrap')",
    ),
    (
        "no_scale_getter",
        "x.scale",
        "illegal_argument_exception",
        "dynamic getter [java.math.BigDecimal, scale] not found",
    ),
]

COMPILE_ERRORS = [
    ("typed_add_int", 'new BigDecimal("1").add(1)', "Cannot cast from [int] to [java.math.BigDecimal]."),
    ("no_double_ctor", "new BigDecimal(1.5)", "Cannot cast from [double] to [java.lang.String]."),
    (
        "no_rounding_mode_divide",
        'new BigDecimal("1").divide(new BigDecimal("3"), RoundingMode.HALF_UP)',
        "Cannot cast from [java.math.RoundingMode] to [java.math.MathContext].",
    ),
    ("value_of_string", 'BigDecimal.valueOf("1")', "Cannot cast from [java.lang.String] to [double]."),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value(expr: str, expected: tuple[str, str]) -> None:
    assert java(run_script(PRELUDE + f"ctx.r = {expr};")["r"]) == expected


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_runtime_error(expr: str, error_type: str, message: str) -> None:
    body = expr if expr.startswith("int ") else f"ctx.r = {expr};"
    caused_by = script_error(PRELUDE + body).to_xcontent()["caused_by"]
    assert (caused_by["type"], caused_by["reason"]) == (error_type, message)


@pytest.mark.parametrize(
    ("expr", "message"), [c[1:] for c in COMPILE_ERRORS], ids=[c[0] for c in COMPILE_ERRORS]
)
def test_refused_at_load(expr: str, message: str) -> None:
    error = script_error(f"ctx.r = {expr};", run=False).to_xcontent()
    assert (error["caused_by"]["type"], error["caused_by"]["reason"]) == ("class_cast_exception", message)


def test_stored_values_keep_their_class() -> None:
    doc = run_script('ctx.d = new BigDecimal("1.50"); ctx.i = new BigInteger("12345678901234567890123");')
    assert java(doc["d"]) == ("java.math.BigDecimal", "1.50")
    assert java(doc["i"]) == ("java.math.BigInteger", "12345678901234567890123")
