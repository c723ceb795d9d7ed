"""Statements, lambdas, initializers and API details checked against the behaviour Elasticsearch's
own Painless tests assert (BasicStatementTests, BasicAPITests, StringTests, ForEachTests,
FunctionTests, LambdaTests, ElvisTests, RegexTests, AugmentationTests, WhenThingsGoWrongTests)
and its semantic phase (DefaultSemanticAnalysisPhase, AnalyzerCaster). The scripts are ours: ingest
scripts store into ctx (`return <value>` is not allowed there), so values go to `ctx.r`.

VALUES: (id, script, params, (Java class, String.valueOf)) of ctx.r afterwards.
COMPILE_ERRORS / RUNTIME_ERRORS: (id, script, caused_by type, caused_by reason).
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script, script_error

from s1elastic.ingest.painless import compile_script

INT, L, D, S, B = (
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.String",
    "java.lang.Boolean",
)
BYTE, SHORT, CHAR = "java.lang.Byte", "java.lang.Short", "java.lang.Character"
AL = "java.util.ArrayList"

VALUES: list[tuple[str, str, dict[str, Any], tuple[str, str]]] = [
    # an int literal takes a byte/short/char target type when it fits (visitNumeric)
    ("literal_to_byte", "byte b = -7; ctx.r = b", {}, (BYTE, "-7")),
    ("literal_to_short", "short s = 300; ctx.r = s", {}, (SHORT, "300")),
    ("literal_to_char", "char c = 66; ctx.r = c", {}, (CHAR, "B")),
    ("literal_to_byte_array", "byte[] a = new byte[] {4, -4}; ctx.r = a[1]", {}, (BYTE, "-4")),
    ("literal_byte_return", "byte f() { return 9 } ctx.r = f()", {}, (BYTE, "9")),
    ("literal_byte_argument", "ctx.r = Byte.valueOf(12)", {}, (BYTE, "12")),
    ("short_value_of", "ctx.r = Short.valueOf(-2)", {}, (SHORT, "-2")),
    ("character_value_of", "ctx.r = Character.valueOf(97)", {}, (CHAR, "a")),
    # char -> String is an explicit cast
    ("char_to_string", "char c = (char)'q'; ctx.r = (String)c", {}, (S, "q")),
    ("string_char_string", "ctx.r = (String)(char)'z'", {}, (S, "z")),
    # def receiver: the whitelisted getter isEmpty() wins over the map key
    ("def_map_empty", "def m = ['empty': 5]; ctx.r = m.empty", {}, (B, "false")),
    ("def_map_empty_true", "def m = [:]; ctx.r = m.empty", {}, (B, "true")),
    # for-each: each element reaches the variable through an explicit cast
    (
        "each_array_narrow",
        "int[] a = new int[] {300}; def r; for (byte b : a) { r = b } ctx.r = r",
        {},
        (BYTE, "44"),
    ),
    ("each_list_narrow", "def r; for (int i : [2.9]) { r = i } ctx.r = r", {}, (INT, "2")),
    ("each_def_to_long", "def r; for (long v : [1]) { r = v } ctx.r = r", {}, (L, "1")),
    # implicit return of a branch's last expression in a non-void body
    (
        "function_branch_value",
        "int f(int x) { if (x > 0) { x * 2 } else { -x } } ctx.r = f(-4)",
        {},
        (INT, "4"),
    ),
    (
        "function_catch_value",
        "int f(String s) { try { Integer.parseInt(s) } catch (NumberFormatException e) { -1 } } ctx.r = f('z')",
        {},
        (INT, "-1"),
    ),
    # lambdas
    ("typed_lambda_no_parens", "ctx.r = [3, 4].stream().mapToInt(int x -> x * 10).sum()", {}, (INT, "70")),
    (
        "function_param_apply",
        "def twice(Function f, def v) { f.apply(f.apply(v)) } ctx.r = twice(x -> x + 'a', 'b')",
        {},
        (S, "baa"),
    ),
    (
        "function_param_int_function",
        "long g(IntFunction f) { f.apply(20) } ctx.r = g(long x -> x + 1)",
        {},
        (L, "21"),
    ),
    ("supplier_param", "def get(Supplier s) { s.get() } ctx.r = get(() -> 'got')", {}, (S, "got")),
    ("predicate_param", "boolean t(Predicate p) { p.test(5) } ctx.r = t(x -> x > 3)", {}, (B, "true")),
    # Elvis
    ("elvis_object", "Integer a = null; ctx.r = a ?: Integer.valueOf(8)", {}, (INT, "8")),
    # augmentations
    (
        "set_as_list_copies",
        "Set s = new HashSet(); s.add('x'); List l = s.asList(); l.add('y'); ctx.r = s.size() + '/' + l[0]",
        {},
        (S, "1/x"),
    ),
    ("list_as_list_same", "List l = ['a']; ctx.r = l.asList() === l", {}, (B, "true")),
    (
        "zdt_to_epoch_milli",
        "ctx.r = ZonedDateTime.parse('2021-03-04T05:06:07.089Z').toEpochMilli()",
        {},
        (L, "1614834367089"),
    ),
    # regexes
    ("pattern_flags_unicode_class", "ctx.r = /x/U.flags()", {}, (INT, "320")),
    (
        "split_as_stream",
        "ctx.r = /;/.splitAsStream(';p;;q;;').collect(Collectors.toList())",
        {},
        (AL, "[, p, , q]"),
    ),
    # the JDK (17, 25): an empty input is one empty piece
    ("split_as_stream_empty", "ctx.r = /;/.splitAsStream('').count()", {}, (L, "1")),
    # statements that are fine: a loop's last if may break, an if/else may end in continue elsewhere
    ("break_in_if", "int n = 0; while (n < 10) { n++; if (n == 3) { break; } } ctx.r = n", {}, (INT, "3")),
    (
        "continue_not_last",
        "int n = 0; for (int i = 0; i < 4; ++i) { if (i == 1) { continue; } n += i; } ctx.r = n",
        {},
        (INT, "5"),
    ),
]

COMPILE_ERRORS: list[tuple[str, str, str, str]] = [
    # control flow (DefaultSemanticAnalysisPhase)
    (
        "extraneous_while",
        "int n = 0; while (n < 2) { n++; break; }",
        "illegal_argument_exception",
        "extraneous while loop",
    ),
    (
        "extraneous_while_false",
        "while (false) { ctx.a = 1 }",
        "illegal_argument_exception",
        "extraneous while loop",
    ),
    ("no_escape_while", "while (true) {}", "illegal_argument_exception", "no paths escape from while loop"),
    ("no_escape_for", "for (;true;) {}", "illegal_argument_exception", "no paths escape from for loop"),
    (
        "extraneous_do",
        "do { break; } while (ctx.a != null)",
        "illegal_argument_exception",
        "extraneous do-while loop",
    ),
    (
        "extraneous_do_empty",
        "do {} while (ctx.a != null)",
        "illegal_argument_exception",
        "extraneous do-while loop",
    ),
    (
        "extraneous_for",
        "for (int i = 0; i < 3; ++i) { return; }",
        "illegal_argument_exception",
        "extraneous for loop",
    ),
    (
        "extraneous_foreach",
        "for (def x : ctx.list) { break }",
        "illegal_argument_exception",
        "extraneous foreach loop",
    ),
    ("empty_foreach", "for (def x : ctx.list) {}", "illegal_argument_exception", "extraneous foreach loop"),
    ("if_constant", "if (true) { ctx.a = 1 }", "illegal_argument_exception", "extraneous if block"),
    ("if_empty", "if (ctx.a == null) {}", "illegal_argument_exception", "extraneous if block"),
    (
        "else_empty",
        "if (ctx.a == null) { ctx.a = 1 } else {}",
        "illegal_argument_exception",
        "extraneous else block.",
    ),
    (
        "try_empty",
        "try {} catch (Exception e) { ctx.a = 1 }",
        "illegal_argument_exception",
        "extraneous try statement",
    ),
    (
        "break_outside",
        "ctx.a = 1; break;",
        "illegal_argument_exception",
        "invalid break statement: not inside loop",
    ),
    (
        "continue_outside",
        "continue;",
        "illegal_argument_exception",
        "invalid continue statement: not inside loop",
    ),
    (
        "continue_last",
        "for (def x : ctx.list) { ctx.n = x; continue; }",
        "illegal_argument_exception",
        "extraneous continue statement",
    ),
    (
        "continue_last_in_if",
        "for (def x : ctx.list) { if (x == 1) { continue } }",
        "illegal_argument_exception",
        "extraneous continue statement",
    ),
    (
        "unreachable",
        "return; ctx.a = 1",
        "illegal_argument_exception",
        "invalid block: unreachable statement",
    ),
    (
        "unreachable_after_throw",
        "if (ctx.a == null) { throw new IllegalArgumentException('x'); ctx.b = 2 }",
        "illegal_argument_exception",
        "invalid block: unreachable statement",
    ),
    (
        "function_no_statements",
        "void f(def x) {} ctx.a = 1",
        "illegal_argument_exception",
        "invalid function definition: found no statements for function [f] with [1] parameters",
    ),
    (
        "function_missing_return",
        "int f(int x) { if (x > 0) { return 1 } } ctx.a = f(1)",
        "illegal_argument_exception",
        "invalid function definition: not all paths provide a return value for function [f] with [1] parameters",
    ),
    # not a statement / invalid assignment texts
    (
        "nas_numeric",
        "ctx.a = 1; 42;",
        "illegal_argument_exception",
        "not a statement: numeric constant [42] not used",
    ),
    ("nas_decimal", "2.5;", "illegal_argument_exception", "not a statement: decimal constant [2.5] not used"),
    ("nas_string", "'s';", "illegal_argument_exception", "not a statement: string constant [s] not used"),
    (
        "nas_boolean",
        "true;",
        "illegal_argument_exception",
        "not a statement: boolean constant [true] not used",
    ),
    ("nas_null", "null;", "illegal_argument_exception", "not a statement: null constant not used"),
    ("nas_variable", "def v = 1; v;", "illegal_argument_exception", "not a statement: variable [v] not used"),
    (
        "nas_dot",
        "ctx.a;",
        "illegal_argument_exception",
        "not a statement: result of dot operator [.] not used",
    ),
    (
        "nas_brace",
        "ctx['a'];",
        "illegal_argument_exception",
        "not a statement: result of brace operator not used",
    ),
    (
        "nas_regex",
        "/r/i;",
        "illegal_argument_exception",
        "not a statement: regex constant [r] with flags [i] not used",
    ),
    (
        "nas_unary",
        "def v = 1; -v;",
        "illegal_argument_exception",
        "not a statement: result not used from subtraction operation [-]",
    ),
    (
        "assign_to_binary",
        "def v = 1; v + 1 = 3;",
        "illegal_argument_exception",
        "invalid assignment: cannot assign a value to addition operation [+]",
    ),
    (
        "assign_to_numeric",
        "7 = 3;",
        "illegal_argument_exception",
        "invalid assignment: cannot assign a value to numeric constant [7]",
    ),
    (
        "assign_to_new",
        "new HashMap() = 3;",
        "illegal_argument_exception",
        "invalid assignment cannot assign a value to new object with constructor [HashMap/0]",
    ),
    (
        "assign_to_call",
        "ctx.keySet() = 3;",
        "illegal_argument_exception",
        "invalid assignment: cannot assign a value to method call [keySet/0]",
    ),
    (
        "partial_name_assign",
        "foo.bar.baz = 1",
        "illegal_argument_exception",
        "cannot resolve symbol [foo.bar.baz]",
    ),
    # literals
    (
        "int_constant_long_hint",
        "ctx.a = 5000000000",
        "illegal_argument_exception",
        "Invalid int constant [5000000000]. If you want a long constant then change it to [5000000000L].",
    ),
    (
        "int_constant_negative",
        "ctx.a = -5000000000",
        "illegal_argument_exception",
        "Invalid int constant [-5000000000]. If you want a long constant then change it to [-5000000000L].",
    ),
    (
        "int_constant_no_hint",
        "ctx.a = 99999999999999999999",
        "illegal_argument_exception",
        "Invalid int constant [99999999999999999999].",
    ),
    (
        "negative_huge_double",
        "ctx.a = -1e400",
        "illegal_argument_exception",
        "Invalid double constant [-1e400].",
    ),
    (
        "literal_byte_out_of_range",
        "byte b = 200",
        "class_cast_exception",
        "Cannot cast from [int] to [byte].",
    ),
    ("char_from_negative", "char c = -1", "class_cast_exception", "Cannot cast from [int] to [char]."),
    # for-each casts are checked against the array's component type
    (
        "each_object_array_to_int",
        "Object[] a = new Object[1]; for (int i : a) { ctx.a = i }",
        "class_cast_exception",
        "Cannot cast from [java.lang.Object] to [int].",
    ),
    # lambdas
    (
        "void_lambda_long",
        "StringBuilder sb = new StringBuilder(); ctx.a = [1].stream().mapToLong(i -> sb.setLength(i)).sum()",
        "class_cast_exception",
        "Cannot cast from [void] to [long].",
    ),
    (
        "void_lambda_consumer",
        "StringBuilder sb = new StringBuilder(); [1].forEach(i -> sb.setLength(i))",
        "class_cast_exception",
        "Cannot cast from [void] to [def].",
    ),
    # Elvis
    (
        "elvis_lhs_constant",
        "ctx.a = 'x' ?: 'y'",
        "illegal_argument_exception",
        "Extraneous elvis operator. LHS is a constant.",
    ),
    (
        "elvis_rhs_null",
        "ctx.a = ctx.b ?: null",
        "illegal_argument_exception",
        "Extraneous elvis operator. RHS is null.",
    ),
    (
        "elvis_cast_primitive",
        "ctx.a = (int)(ctx.b ?: 2)",
        "illegal_argument_exception",
        "Elvis operator cannot return primitives",
    ),
    # regexes
    (
        "no_pattern_compile",
        "ctx.a = Pattern.compile('a+')",
        "illegal_argument_exception",
        "static method [java.util.regex.Pattern, compile/1] not found",
    ),
    (
        "match_int_operand",
        "ctx.a = 5 ==~ /5/",
        "class_cast_exception",
        "Cannot cast from [int] to [java.lang.String].",
    ),
    (
        "find_string_pattern",
        "ctx.a = 'x' =~ 'x'",
        "class_cast_exception",
        "Cannot cast from [java.lang.String] to [java.util.regex.Pattern].",
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


def test_condition_branch_values() -> None:
    """An `if` condition may end in an if/else whose branches are its boolean results."""
    script = compile_script("if (ctx.n > 1) { true } else { ctx.n == 0 }", condition=True)
    assert [script.evaluate_condition({"n": n}) for n in (0, 1, 2)] == [True, False, True]
