"""Painless language rules checked against the behaviour Elasticsearch's own Painless unit tests
assert (BasicStatementTests, FunctionTests, UserFunctionTests, LambdaTests, FunctionRefTests,
StringTests, ConditionalTests, ElvisTests, EqualsTests, InitializerTests, ListTests, ArrayTests
via ArrayLikeObjectTestCase, AugmentationTests, WhenThingsGoWrongTests) and the semantic phase
they exercise (DefaultSemanticAnalysisPhase.visitReturn / visitExpression / visitConditional,
EnhancedPainlessLexer.recover). The scripts are ours: an ingest script cannot `return` a value
(its execute method is void), so values go to `ctx.r`.

HashMap/HashSet iteration orders and String.split results below were checked on the JDK (17).

VALUES: (id, script, params, (Java class, String.valueOf)) of ctx.r afterwards.
COMPILE_ERRORS / RUNTIME_ERRORS: (id, script, caused_by type, caused_by reason).
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import BYTE, CHAR, INT, SHORT, B, D, F, L, S, java, run_script, script_error

AL, HM, LHM = "java.util.ArrayList", "java.util.HashMap", "java.util.LinkedHashMap"

IAE, CCE = "illegal_argument_exception", "class_cast_exception"
IOOBE, AIOOBE = "index_out_of_bounds_exception", "array_index_out_of_bounds_exception"

VALUES: list[tuple[str, str, dict[str, Any], tuple[str, str]]] = [
    # -- a statement ends at the end of the script without a semicolon, also as the body of an
    # if/else/loop (PainlessParser `dstatement (SEMICOLON | EOF)`); before a `}` only the block's
    # last statement may omit it (test_language_es2.py has the errors)
    ("if_body_at_end", "if (ctx.a == null) ctx.r = 1", {}, (INT, "1")),
    ("else_body_at_end", "if (ctx.a != null) ctx.r = 1; else ctx.r = 2", {}, (INT, "2")),
    (
        "else_if_body_at_end",
        "if (ctx.a != null) ctx.r = 1; else if (ctx.r == null) ctx.r = 3",
        {},
        (INT, "3"),
    ),
    ("for_body_at_end", "ctx.r = 0; for (int i = 0; i < 3; i++) ctx.r += i", {}, (INT, "3")),
    ("each_body_at_end", "ctx.r = ''; for (x in ['a', 'b']) ctx.r += x", {}, (S, "ab")),
    ("while_body_at_end", "ctx.r = 0; while (ctx.r < 4) ctx.r += 3", {}, (INT, "6")),
    # -- statements
    (
        "for_initializer_call",
        "double t() { return 0.0 } int x, y; for (t(); x < 4; t()) { y += x; ++x } ctx.r = y",
        {},
        (INT, "6"),
    ),
    (
        "nested_break_keeps_outer",
        "int i = 0, j = 0; List k = ['a', 'b', 'c']; for (; i < k.size(); ++i) {"
        " if (k[i] == 'b') { for (; j < k.size(); ++j) { if (k[j] == 'a') { break } } break } }"
        " ctx.r = [i, j]",
        {},
        (AL, "[1, 0]"),
    ),
    (
        "each_map_entries",
        "Map m = ['1': 1, '2': 2, '3': 3]; String c = ''; int t = 0;"
        " for (e in m.entrySet()) { c += e.getKey(); t += e.getValue() } ctx.r = c + t",
        {},
        (S, "1236"),
    ),
    (
        "each_def_int_array_rows",
        "def i = new int[3][1]; i[1][0] = 2; i[2][0] = 3; int t = 0; for (int[] j : i) t += j[0]; ctx.r = t",
        {},
        (INT, "5"),
    ),
    ("decl_char_from_int", "char a = 66; ctx.r = a", {}, (CHAR, "B")),
    ("decl_float_from_int", "float a = 2; ctx.r = a", {}, (F, "2.0")),
    (
        "void_function_early_return",
        "void t(List l) { if (l.isEmpty()) { l.add(1); return } l.add(2) } List r = [0]; t(r); ctx.r = r",
        {},
        (AL, "[0, 2]"),
    ),
    # -- script functions: results are cast to the declared return type
    ("function_unboxes_to_byte", "byte g() { Byte.valueOf(5) } ctx.r = g()", {}, (BYTE, "5")),
    ("function_widens_byte_to_short", "short g() { Byte.valueOf(5) } ctx.r = g()", {}, (SHORT, "5")),
    ("function_float_to_double", "double g() { Float.valueOf(5) } ctx.r = g()", {}, (D, "5.0")),
    (
        "function_ref_own_method",
        "int c(int a, int b) { b - a } List l = [1, 100, -100]; l.sort(this::c); ctx.r = l",
        {},
        (AL, "[100, 1, -100]"),
    ),
    (
        "function_ref_in_function",
        "int c(int a, int b, String s) { Map m = ['f': 5]; a - b + m.computeIfAbsent(s, this::len) }"
        " int len(String s) { s.length() } def l = [1, 0, -2]; String s = 'g';"
        " l.sort((a, b) -> c(a, b, s)); ctx.r = l",
        {},
        (AL, "[-2, 1, 0]"),
    ),
    # -- lambdas and references
    (
        "lambda_typed_long_param",
        "long f(IntFunction g) { g.apply(1) } ctx.r = f(long x -> x + 1)",
        {},
        (L, "2"),
    ),
    (
        "lambda_nested_capture",
        "boolean x = false; int y = 1;"
        " ctx.r = Optional.empty().orElseGet(() -> x ? 5 : Optional.empty().orElseGet(() -> y))",
        {},
        (INT, "1"),
    ),
    (
        "lambda_void_result_is_null",
        "def b = new StringBuilder(); ctx.r = [1, 2].stream().map(i -> b.setLength(i)).collect(Collectors.toList())",
        {},
        (AL, "[null, null]"),
    ),
    (
        "ref_interface_default_method",
        "String f(BiFunction g) { g.apply('foo', 'bar') } Map map = [:]; ctx.r = f(map::getOrDefault)",
        {},
        (S, "bar"),
    ),
    (
        "ref_interface_static_method",
        "Supplier g(Supplier s) { s } ctx.r = g(Comparator::naturalOrder).get().compare(1, 2)",
        {},
        (INT, "-1"),
    ),
    # -- strings
    ("concat_def_char", "def x = 'a'; def y = (char) 66; ctx.r = y + x", {}, (S, "Ba")),
    ("concat_null_both_sides", "ctx.r = null + '' + 2", {}, (S, "null2")),
    ("compound_concat_on_map", "def a = [:]; a.cat += 'cat'; ctx.r = a.cat", {}, (S, "nullcat")),
    (
        "split_on_token_limit",
        "String[] p = 'a,,b,,c'.splitOnToken(',', 3); ctx.r = p.length + ':' + p[2]",
        {},
        (S, "3:b,,c"),
    ),
    (
        "split_on_token_trailing_kept",
        "String[] p = '1.1.1.1.111'.splitOnToken('1', -1); ctx.r = p.length",
        {},
        (INT, "8"),
    ),
    # -- conditional and elvis
    (
        "cond_byte_target_branch",
        "boolean x = false; int y = 2; byte z = x ? (byte) y : 7; ctx.r = z",
        {},
        (BYTE, "7"),
    ),
    (
        "cond_null_branch_boxed_target",
        "boolean c = false; Integer x = c ? null : 1; ctx.r = x",
        {},
        (INT, "1"),
    ),
    (
        "cond_reference_branches_object",
        "boolean x = false; Object z = x ? new HashMap() : new ArrayList(); ctx.r = z",
        {},
        (AL, "[]"),
    ),
    ("elvis_chain_right_assoc", "ctx.r = params.a ?: params.b ?: 'j'", {"b": 1}, (INT, "1")),
    ("elvis_then_add", "ctx.r = (params.a ?: 0) + 1", {}, (INT, "1")),
    (
        "elvis_weird_types",
        "Integer i = params.i; String s = params.s; ctx.r = s ?: i",
        {"s": "str"},
        (S, "str"),
    ),
    # -- equality: arrays keep Object.equals (identity), lists compare their elements
    (
        "array_equals_other_array",
        "int[] x = new int[1]; Object y = new int[1]; ctx.r = x == y",
        {},
        (B, "false"),
    ),
    ("array_equals_itself", "int[] x = new int[1]; Object y = x; ctx.r = x == y", {}, (B, "true")),
    ("def_arrays_equal", "def x = new int[1]; def y = new int[1]; ctx.r = x == y", {}, (B, "false")),
    ("lists_of_arrays", "ctx.r = [new int[1]] == [new int[1]]", {}, (B, "false")),
    ("list_equals_array", "int[] x = new int[] {1}; ctx.r = [1].equals(x)", {}, (B, "false")),
    (
        "uncached_box_identity",
        "def x = params.i; int y = params.i; ctx.r = x === y",
        {"i": 123456},
        (B, "false"),
    ),
    ("cached_box_identity", "def x = params.i; int y = params.i; ctx.r = x === y", {"i": 0}, (B, "true")),
    # -- initializers (HashMap order as the JDK iterates it)
    (
        "map_init_mixed_keys",
        "List z = []; ctx.r = [2 : z, '1aaa' : 'aaaaaa']",
        {},
        (HM, "{2=[], 1aaa=aaaaaa}"),
    ),
    (
        "map_init_int_keys",
        "int y = 2, z = 3; ctx.r = [y*z : y + z, y - z : y, z : z]",
        {},
        (HM, "{-1=2, 3=3, 6=5}"),
    ),
    # -- augmentations
    (
        "map_group_by_linked",
        "Map m = new TreeMap(); m.a = -1; m.b = 1; ctx.r = m.groupBy((k, v) -> v < 0)",
        {},
        (LHM, "{true={a=-1}, false={b=1}}"),
    ),
    (
        "map_collect_into_set",
        "Map m = new TreeMap(); m.one = 1; m.two = 2; ctx.r = m.collect(new HashSet(), (k, v) -> k + v)",
        {},
        ("java.util.HashSet", "[two2, one1]"),
    ),
    ("list_sum_is_double", "ctx.r = [1, 2].sum()", {}, (D, "3.0")),
    ("list_negative_index", "List x = [0, 0, 0, 0, 0]; x[-5] = 7L; ctx.r = x[0]", {}, (L, "7")),
    ("array_negative_index_inc", "float[] x = new float[5]; x[-5] += 1; ctx.r = x[0]", {}, (F, "1.0")),
]

COMPILE_ERRORS: list[tuple[str, str, str, str]] = [
    # visitReturn: a value returned from the void ingest body is cast to void
    ("return_int_from_script", "return 1", CCE, "Cannot cast from [int] to [void]."),
    (
        "return_bool_in_if",
        "if (ctx.a == null) { return false }",
        CCE,
        "Cannot cast from [boolean] to [void].",
    ),
    ("return_ctx", "return ctx", CCE, "Cannot cast from [java.util.Map] to [void]."),
    ("return_def", "def x = 1; return x", CCE, "Cannot cast from [def] to [void]."),
    ("return_null_from_script", "return null", IAE, "Cannot cast null to a primitive type [void]."),
    ("return_nothing_from_int", "int f() { return } ctx.r = f()", CCE, "cannot cast from [int] to [void]"),
    # a void expression is no (implicit) return value
    (
        "void_last_expression",
        "int t(StringBuilder b, int i) { b.setLength(i) } ctx.r = t(new StringBuilder(), 1)",
        IAE,
        "invalid function definition: not all paths provide a return value for function [t] with [2] parameters",
    ),
    (
        "return_void_as_def",
        "def t(StringBuilder b, int i) { return b.setLength(i) } ctx.r = t(new StringBuilder(), 1)",
        CCE,
        "Cannot cast from [void] to [def].",
    ),
    (
        "void_into_def_variable",
        "def x = new StringBuilder().setLength(1)",
        CCE,
        "Cannot cast from [void] to [def].",
    ),
    ("null_to_primitive", "int x = null", IAE, "Cannot cast null to a primitive type [int]."),
    # with a target type each branch of a conditional is cast on its own
    (
        "cond_null_to_int",
        "boolean c = true; int x = c ? null : 1",
        IAE,
        "Cannot cast null to a primitive type [int].",
    ),
    (
        "cond_list_to_map",
        "boolean x = false; Map z = x ? new HashMap() : new ArrayList()",
        CCE,
        "Cannot cast from [java.util.ArrayList] to [java.util.Map].",
    ),
    (
        "cond_int_to_byte",
        "boolean x = false; int y = 2; byte z = x ? y : 7",
        CCE,
        "Cannot cast from [int] to [byte].",
    ),
    # EnhancedPainlessLexer.recover: a string stopping at a bad escape gets a hint
    (
        "bad_escape_single",
        "ctx.a = '\\d+'",
        IAE,
        "unexpected character ['\\d]. The only valid escape sequences in strings starting with ['] are [\\\\] and [\\'].",
    ),
    (
        "bad_escape_double",
        'ctx.a = "a\\nb"',
        IAE,
        'unexpected character ["a\\n]. The only valid escape sequences in strings starting with ["] are [\\\\] and [\\"].',
    ),
    ("unclosed_string", "ctx.a = 'cat", IAE, "unexpected character ['cat]."),
    ("unclosed_string_newline", "ctx.a = 'x\ny", IAE, "unexpected character ['x\\ny]."),
    ("unclosed_string_backslash_end", "ctx.a = 'a\\", IAE, "unexpected character ['a\\]."),
    # FunctionTests / LambdaTests
    ("function_long_to_int", "int g() { 5L } ctx.r = g()", CCE, "Cannot cast from [long] to [int]."),
    (
        "function_without_statements",
        "void t(int x) {} t(1)",
        IAE,
        "invalid function definition: found no statements for function [t] with [1] parameters",
    ),
]

RUNTIME_ERRORS: list[tuple[str, str, str, str]] = [
    (
        "def_null_receiver",
        "def x = [1, null]; for (y in x) y.intValue()",
        "null_pointer_exception",
        "cannot access method/field [intValue] from a null def reference",
    ),
    (
        "string_to_char_long",
        "String s = 'cc'; ctx.r = (char) s",
        CCE,
        "cannot cast java.lang.String with length not equal to one to char",
    ),
    (
        "list_index_past_end",
        "List x = [0, 0, 0, 0, 0]; ctx.r = x[6]",
        IOOBE,
        "Index 6 out of bounds for length 5",
    ),
    (
        "list_index_before_start",
        "def x = [0, 0, 0, 0, 0]; x[-6] = 1",
        IOOBE,
        "Index -1 out of bounds for length 5",
    ),
    (
        "array_index_before_start",
        "long[] x = new long[5]; ++x[-6]",
        AIOOBE,
        "Index -1 out of bounds for length 5",
    ),
]


@pytest.mark.parametrize(
    ("source", "params", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES]
)
def test_value(source: str, params: dict[str, Any], expected: tuple[str, str]) -> None:
    assert java(run_script(source, params=params).get("r")) == expected


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in COMPILE_ERRORS], ids=[c[0] for c in COMPILE_ERRORS]
)
def test_compile_error(source: str, kind: str, reason: str) -> None:
    body = script_error(source, run=False).to_xcontent()
    assert body["reason"] == "compile error"
    assert body["caused_by"]["type"] == kind
    assert body["caused_by"]["reason"] == reason


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in RUNTIME_ERRORS], ids=[c[0] for c in RUNTIME_ERRORS]
)
def test_runtime_error(source: str, kind: str, reason: str) -> None:
    body = script_error(source).to_xcontent()
    assert body["reason"] == "runtime error"
    assert body["caused_by"]["type"] == kind
    assert body["caused_by"]["reason"] == reason


def test_return_points_at_the_value() -> None:
    """The cast to void is reported where the returned value starts, as decorateWithCast does."""
    error = script_error("ctx.a = 1; return 5", run=False)
    assert error.script_stack == ["ctx.a = 1; return 5", "                  ^---- HERE"]
