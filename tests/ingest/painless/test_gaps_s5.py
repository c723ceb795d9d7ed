"""Painless gaps closed in session 5: a conditional's int literals narrowed to a byte/short/char
target, boolean `&` `|` `^` (typed, def and compound), and function references resolved when
compiling wherever the functional interface is known.

Sources: DefaultSemanticAnalysisPhase.visitConditional (with a target type each branch gets it,
and visitNumeric narrows an int literal that fits), AndTests/OrTests (boolean operands in every
typed, def and compound form), FunctionRef.create (the `... matching [iface, method/n] not found`
texts and the legal-cast check of the delegate's return type).
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

NARROWING = [
    ("byte_true", "byte b = true ? 1 : 2; ctx.r = b", ("java.lang.Byte", "1")),
    ("short_false", "short s = false ? 1 : 2; ctx.r = s", ("java.lang.Short", "2")),
    ("char_literal", "char c = true ? 65 : 66; ctx.r = c", ("java.lang.Character", "A")),
    ("nested", "byte b = ctx.x == 1 ? 1 : (false ? 2 : 3); ctx.r = b", ("java.lang.Byte", "1")),
    ("long_target", "long l = true ? 1 : 2; ctx.r = l", ("java.lang.Long", "1")),
    ("def_target", "ctx.r = false ? 1 : 2", ("java.lang.Integer", "2")),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in NARROWING], ids=[c[0] for c in NARROWING])
def test_conditional_narrowing(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source, {"x": 1})["r"]) == expected


NARROWING_ERRORS = [
    # 200 does not fit a byte: it stays an int, which does not cast implicitly
    ("out_of_range", "byte b = true ? 1 : 200; ctx.r = b", 20),
    # only literals narrow
    ("variable", "int i = 5; byte b = true ? i : 2; ctx.r = b", 27),
]


@pytest.mark.parametrize(
    ("source", "offset"), [c[1:] for c in NARROWING_ERRORS], ids=[c[0] for c in NARROWING_ERRORS]
)
def test_conditional_narrowing_errors(source: str, offset: int) -> None:
    exc = script_error(source, run=False)
    assert exc.error_body()["caused_by"] == {
        "type": "class_cast_exception",
        "reason": "Cannot cast from [int] to [byte].",
    }
    assert exc.position is not None and exc.position["offset"] == offset


BOOLEAN_OPS = [
    ("and_literals", "ctx.r = true & false", False),
    ("or_literals", "ctx.r = true | false", True),
    ("xor_literals", "ctx.r = true ^ true", False),
    ("and_def", "def x = true; def y = true; ctx.r = x & y", True),
    ("or_def", "def x = false; def y = false; ctx.r = x | y", False),
    ("xor_def", "def x = true; def y = false; ctx.r = x ^ y", True),
    ("and_typed_lhs_def_rhs", "boolean x = false; def y = true; ctx.r = x & y", False),
    ("or_def_lhs_typed_rhs", "def x = false; boolean y = true; ctx.r = x | y", True),
    ("and_compound", "boolean x = true; x &= false; ctx.r = x", False),
    ("or_compound", "boolean x = false; x |= true; ctx.r = x", True),
    ("xor_compound", "boolean x = true; x ^= true; ctx.r = x", False),
    ("and_compound_def", "def x = true; x &= true; ctx.r = x", True),
    ("or_compound_array", "boolean[] x = new boolean[1]; x[0] |= true; ctx.r = x[0]", True),
    ("and_compound_def_array", "def[] x = new def[1]; x[0] = true; x[0] &= false; ctx.r = x[0]", False),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in BOOLEAN_OPS], ids=[c[0] for c in BOOLEAN_OPS]
)
def test_boolean_bitwise_operators(source: str, expected: bool) -> None:
    assert run_script(source)["r"] is expected


def test_byte_compound_or_keeps_byte() -> None:
    # OrTests: byte x = 13; x |= 14 is (byte)(13 | 14)
    assert java(run_script("byte x = 13; x |= 14; ctx.r = x")["r"]) == ("java.lang.Byte", "15")


FUNCREF_COMPILE_ERRORS = [
    (
        "type_method_missing",
        "List l = ['a']; ctx.r = l.stream().map(String::foo).collect(Collectors.toList())",
        "illegal_argument_exception",
        "function reference [String::foo/1] matching [java.util.function.Function, apply/1] not found",
    ),
    (
        # Comparator.compare/2: no static length/2, no instance length/1
        "comparator_arity",
        "List l = ['b', 'a']; l.sort(String::length)",
        "illegal_argument_exception",
        "function reference [String::length/2] matching [java.util.Comparator, compare/2] not found",
    ),
    (
        "predicate_instance_arity",
        "List l = ['a']; l.removeIf(String::concat)",
        "illegal_argument_exception",
        "function reference [String::concat/1] matching [java.util.function.Predicate, test/1] not found",
    ),
    (
        "this_missing",
        "List l = ['a']; ctx.r = l.stream().map(this::nope).collect(Collectors.toList())",
        "illegal_argument_exception",
        "function reference [this::nope/1] matching [java.util.function.Function, apply/1] not found",
    ),
    (
        "this_wrong_arity",
        "int f(def x, def y) { return 1 } List l = ['a']; ctx.r = l.stream().map(this::f).collect(Collectors.toList())",
        "illegal_argument_exception",
        "function reference [this::f/1] matching [java.util.function.Function, apply/1] not found",
    ),
    (
        "constructor_arity",
        "List l = ['a']; ctx.r = l.stream().map(StringBuilder::new).collect(Collectors.toList())",
        None,
        None,
    ),
    (
        # a typed capture is named by its canonical type
        "typed_capture",
        "List l = ['a']; String s = 'x'; ctx.r = l.stream().map(s::foo).collect(Collectors.toList())",
        "illegal_argument_exception",
        "function reference [java.lang.String::foo/1] matching [java.util.function.Function, apply/1] not found",
    ),
    (
        # the delegate's int result does not cast to Predicate's boolean
        "predicate_int_result",
        "List l = ['a']; l.removeIf(String::length)",
        "class_cast_exception",
        "Cannot cast from [int] to [boolean].",
    ),
]


@pytest.mark.parametrize(
    ("source", "kind", "reason"),
    [c[1:] for c in FUNCREF_COMPILE_ERRORS],
    ids=[c[0] for c in FUNCREF_COMPILE_ERRORS],
)
def test_function_reference_compile_errors(source: str, kind: str | None, reason: str | None) -> None:
    if kind is None:
        # StringBuilder(String) is whitelisted: the reference is legal and runs
        assert run_script(source)["r"][0].java_to_string() == "a"
        return
    exc = script_error(source, run=False)
    assert exc.reason == "compile error"
    assert exc.error_body()["caused_by"] == {"type": kind, "reason": reason}


def test_function_references_that_resolve() -> None:
    ctx = run_script(
        "List l = ['bb', 'a']; l.sort(String::compareTo); ctx.s = l;"
        " ctx.n = l.stream().map(String::length).collect(Collectors.toList());"
        " ctx.i = [1, 2].stream().map(Integer::toString).collect(Collectors.toList())"
    )
    assert (ctx["s"], ctx["n"], ctx["i"]) == (["a", "bb"], [1, 2], ["1", "2"])
