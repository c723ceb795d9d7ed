"""Operator semantics checked against facts from Elasticsearch's own Painless tests (AdditionTests,
DivisionTests, ShiftTests, AndTests, ConditionalTests, ElvisTests, IncrementTests, ...) and the
Java rules they rely on. Each row runs a script and compares the Java class and String.valueOf of
what it stored in ctx; error rows compare where the script fails (compile or run) and the cause."""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script, script_error

INT, L, D, F, B = (
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.Float",
    "java.lang.Boolean",
)
BYTE, SHORT, CHAR = "java.lang.Byte", "java.lang.Short", "java.lang.Character"

VALUES: list[tuple[str, str, dict[str, Any], tuple[str, str]]] = [
    # -- float arithmetic converts an int/long operand to float first (JLS 5.6.2), once
    ("int_rem_float", "int x = 2147483647; float y = -2.5F; ctx.r = x % y", {}, (F, "0.5")),
    ("def_int_rem_float", "def x = 2147483647; def y = 2.5F; ctx.r = x % y", {}, (F, "0.5")),
    ("int_times_float_rounds_once", "ctx.r = (long) (16777217 * 3F)", {}, (L, "50331648")),
    (
        "long_to_float_rounds_once",
        "long x = 9007199791611905L; ctx.r = (long) (float) x",
        {},
        (L, "9007200328482816"),
    ),
    (
        "long_float_implicit",
        "long x = 9007199791611905L; float f = x; ctx.r = (long) f",
        {},
        (L, "9007200328482816"),
    ),
    (
        "def_long_float_value",
        "def x = 9007199791611905L; ctx.r = (long) x.floatValue()",
        {},
        (L, "9007200328482816"),
    ),
    (
        "long_div_float",
        "long m = -9223372036854775808L; ctx.r = (long) (m / -2.5F)",
        {},
        (L, "3689348869717491712"),
    ),
    ("float_eq_int", "ctx.r = 16777217 == 16777216F", {}, (B, "true")),
    ("def_float_eq_int", "def x = 16777217; def y = 16777216F; ctx.r = x == y", {}, (B, "true")),
    ("float_lt_long", "ctx.r = 16777217L < 16777216F", {}, (B, "false")),
    # -- def binary promotion (AdditionTests/DivisionTests testDef*): byte/short/char give int
    ("def_byte_char", "def x = (byte) 1; def y = (char) 1; ctx.r = x + y", {}, (INT, "2")),
    ("def_short_short", "def x = (short) 4; def y = (short) 2; ctx.r = x / y", {}, (INT, "2")),
    ("typed_char_def_long", "char x = (char) 3; def y = 2L; ctx.r = x * y", {}, (L, "6")),
    ("def_float_typed_long", "def x = 3F; long y = 2L; ctx.r = x - y", {}, (F, "1.0")),
    ("def_long_shift_keeps_left", "def x = 1; def y = 40L; ctx.r = x << y", {}, (INT, "256")),
    ("typed_int_shift_long", "int x = -60; long y = 2L; ctx.r = x >>> y", {}, (INT, "1073741809")),
    ("def_bool_and", "def x = true; def y = false; ctx.r = x & y", {}, (B, "false")),
    # -- compound assignment narrows back to the target's type; a def target keeps its class
    ("byte_compound_wraps", "byte x = 100; x += 100; ctx.r = x", {}, (BYTE, "-56")),
    ("byte_ushr_compound", "byte x = (byte) -60; x >>>= 2; ctx.r = x", {}, (BYTE, "-15")),
    ("char_div_compound", "char x = 45; x /= 3; ctx.r = (int) x", {}, (INT, "15")),
    ("def_short_compound", "def x = (short) 5; x += -10; ctx.r = x", {}, (SHORT, "-5")),
    ("def_char_compound", "def x = (char) 10; x -= 5; ctx.r = (int) x", {}, (INT, "5")),
    ("int_shl_long_distance", "int x = -15; x <<= 2L; ctx.r = x", {}, (INT, "-60")),
    ("def_float_compound_int", "def x = 5f; x /= 2; ctx.r = x", {}, (F, "2.5")),
    # -- x++ / x-- give the old value itself, not the new one stepped back
    ("postinc_tiny_double", "double x = 1e-50; def y = x++; ctx.r = y", {}, (D, "1.0E-50")),
    ("postdec_def_tiny", "def x = 1e-50; def y = x--; ctx.r = y", {}, (D, "1.0E-50")),
    ("postinc_float_field", "ctx.a = 0.1F; ctx.r = ctx.a++", {}, (F, "0.1")),
    ("postinc_float_field_after", "ctx.a = 0.1F; ctx.a++; ctx.r = ctx.a", {}, (F, "1.1")),
    (
        "postinc_byte_map",
        "def m = ['k': (byte) 127]; def y = m.k++; ctx.r = y + '/' + m.k",
        {},
        ("java.lang.String", "127/-128"),
    ),
    ("postinc_array", "int[] a = new int[] {5}; ctx.r = a[0]++ * 10 + a[0]", {}, (INT, "56")),
    ("postinc_long_max", "long i = 9223372036854775807L; ctx.r = i++", {}, (L, "9223372036854775807")),
    # -- a conditional with a target type casts each branch to it (ConditionalTests.testAssignment)
    ("cond_double_target", "boolean x = false; double z = x ? 2 : 4.0F; ctx.r = z", {}, (D, "4.0")),
    (
        "cond_byte_target_literal",
        "boolean x = false; int y = 2; byte z = x ? (byte) y : 7; ctx.r = z",
        {},
        (BYTE, "7"),
    ),
    (
        "cond_byte_explicit",
        "boolean x = false; int y = 2; byte z = (byte) (x ? y : 7); ctx.r = z",
        {},
        (BYTE, "7"),
    ),
    (
        "cond_operands_promote",
        "boolean x = false; boolean y = true; ctx.r = (x ? 2 : 4.0F) == (y ? 2 : 4.0F)",
        {},
        (B, "false"),
    ),
    ("cond_ctx_store_int", "ctx.r = ctx.n > 0 ? 1 : 2.5", {"n": 1}, (INT, "1")),
    ("cond_ctx_store_double", "ctx.r = ctx.n > 0 ? 1 : 2.5", {"n": 0}, (D, "2.5")),
    ("cond_def_decl", "def v = true ? 1 : 2L; ctx.r = v", {}, (INT, "1")),
    ("cond_list_element", "ctx.r = [true ? 1 : 2.0][0]", {}, (INT, "1")),
    ("cond_method_argument", "List l = []; l.add(true ? 1 : 2.0); ctx.r = l[0]", {}, (INT, "1")),
    ("cond_concat_operand", "ctx.r = '' + (true ? 1 : 2.0)", {}, ("java.lang.String", "1.0")),
    ("cond_def_receiver_store", "def m = [:]; m.v = true ? 1 : 2L; ctx.r = m.v", {}, (L, "1")),
    ("cond_long_target", "long v = true ? 1 : 2; ctx.r = v", {}, (L, "1")),
]


@pytest.mark.parametrize(("source", "ctx", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value(source: str, ctx: dict[str, Any], expected: tuple[str, str]) -> None:
    doc = run_script(source, dict(ctx))
    assert java(doc["r"]) == expected


ERRORS: list[tuple[str, str, str, str, str]] = [
    # (id, script, phase, cause type, cause reason)
    ("int_div_zero", "int x = 1; int y = 0; ctx.r = x / y", "runtime", "arithmetic_exception", "/ by zero"),
    ("long_rem_zero", "long x = 1L; ctx.r = x % 0L", "runtime", "arithmetic_exception", "/ by zero"),
    ("def_div_zero", "def x = 1; x /= 0", "runtime", "arithmetic_exception", "/ by zero"),
    ("byte_compound_div_zero", "byte x = 1; x /= 0", "runtime", "arithmetic_exception", "/ by zero"),
    (
        "def_null_plus",
        "def x = null; int y = 1; ctx.r = x + y",
        "runtime",
        "null_pointer_exception",
        'Cannot invoke "Object.getClass()" because "leftObject" is null',
    ),
    # shift operands are promoted one by one: a float or double one fails at compile, def or not
    (
        "float_shift_def",
        "float x = 1F; def y = 2; ctx.r = x >>> y",
        "compile",
        "class_cast_exception",
        "cannot apply the unsigned shift operator [>>>] to the types [float] and [def]",
    ),
    (
        "def_shift_double",
        "def x = 1; double y = 2D; ctx.r = x << y",
        "compile",
        "class_cast_exception",
        "cannot apply the left shift operator [<<] to the types [def] and [double]",
    ),
    (
        "long_shift_float_const",
        "ctx.r = 1L << 2F",
        "compile",
        "class_cast_exception",
        "cannot apply the left shift operator [<<] to the types [long] and [float]",
    ),
    ("def_float_shift_int", "def x = 1F; int y = 2; ctx.r = x << y", "runtime", "class_cast_exception", None),
    (
        "def_double_and",
        "def x = (double) 4; def y = (byte) 1; ctx.r = x & y",
        "runtime",
        "class_cast_exception",
        None,
    ),
    # visitBinary / visitComp / visitUnary texts
    (
        "bool_plus_bool",
        "ctx.r = true + false",
        "compile",
        "class_cast_exception",
        "cannot apply the addition operator [+] to the types [boolean] and [boolean]",
    ),
    (
        "float_and_int",
        "float x = 4; int y = 1; ctx.r = x & y",
        "compile",
        "class_cast_exception",
        "Cannot cast from [float] to [int].",
    ),
    (
        "int_eq_bool",
        "ctx.r = 1 == true",
        "compile",
        "class_cast_exception",
        "Cannot cast from [boolean] to [int].",
    ),
    (
        "bool_lt",
        "ctx.r = true < false",
        "compile",
        "class_cast_exception",
        "cannot apply the less than operator [<] to the types [boolean] and [boolean]",
    ),
    (
        "neg_bool",
        "ctx.r = -true",
        "compile",
        "class_cast_exception",
        "cannot apply the subtraction operator [-] to the type [boolean]",
    ),
    (
        "not_double",
        "ctx.r = ~1.5",
        "compile",
        "class_cast_exception",
        "cannot apply the bitwise not operator [~] to the type [double]",
    ),
    # a conditional with a target type: each branch must cast to it
    (
        "cond_float_to_byte",
        "boolean x = false; byte z = x ? 2 : 4.0F",
        "compile",
        "class_cast_exception",
        "Cannot cast from [float] to [byte].",
    ),
    (
        "cond_int_var_to_byte",
        "boolean x = false; int y = 2; byte z = x ? y : 7",
        "compile",
        "class_cast_exception",
        "Cannot cast from [int] to [byte].",
    ),
    # visitElvis: a primitive target type is refused
    (
        "elvis_int_target",
        "int x = ctx.a ?: 1",
        "compile",
        "illegal_argument_exception",
        "Elvis operator cannot return primitives",
    ),
    (
        "elvis_if_condition",
        "if (ctx.a ?: false) { ctx.r = 1 }",
        "compile",
        "illegal_argument_exception",
        "Elvis operator cannot return primitives",
    ),
    (
        "byte_literal_too_big",
        "byte x = 128",
        "compile",
        "class_cast_exception",
        "Cannot cast from [int] to [byte].",
    ),
]


@pytest.mark.parametrize(
    ("source", "phase", "kind", "reason"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_error(source: str, phase: str, kind: str, reason: str | None) -> None:
    body = script_error(source).to_xcontent()
    assert body["reason"] == f"{phase} error"
    assert body["caused_by"]["type"] == kind
    if reason is not None:
        assert body["caused_by"]["reason"] == reason


def test_elvis_with_a_def_target_keeps_each_side() -> None:
    assert java(run_script("ctx.r = ctx.a ?: 1", {})["r"]) == (INT, "1")
    assert java(run_script("ctx.r = ctx.a ?: 1", {"a": 2.5})["r"]) == (D, "2.5")
