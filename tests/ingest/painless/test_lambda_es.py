"""Lambdas, as Elasticsearch's LambdaTests assert (values and error texts).

Each ES `exec(...)` body runs as a user function (see es_exec_helpers). Rows left out: the
`FeatureTest.twoFunctionsOfX` case (a test-only class), testOnlyCapturesAreReadOnly (marked
AwaitsFix in ES), and the def-receiver wrong-arity texts, which modern Painless words as
FunctionRef's "... not found due to an incorrect number of arguments" (test_whitelist_gaps.py).
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value, top_value
from painless_helpers import INT, B, L, S

APPLY_ONE = "int applyOne(IntFunction arg) { arg.apply(1) }"
TWO_ONES = "List l = new ArrayList(); l.add(1); l.add(1); "

VALUES = [
    ("no_arg", "", "Optional.empty().orElseGet(() -> 1);", (INT, "1")),
    ("no_arg_def", "", "def x = Optional.empty(); x.orElseGet(() -> 1);", (INT, "1")),
    (
        "with_args",
        "",
        "List l = new ArrayList(); l.add('looooong'); l.add('short'); "
        "l.sort((a, b) -> a.length() - b.length()); return l.get(0)",
        (S, "short"),
    ),
    (
        "typed_args",
        "",
        "List l = new ArrayList(); l.add('looooong'); l.add('short'); "
        "l.sort((String a, String b) -> a.length() - b.length()); return l.get(0)",
        (S, "short"),
    ),
    ("primitive", "", TWO_ONES + "return l.stream().mapToInt(x -> x + 1).sum();", (INT, "4")),
    ("primitive_typed", "", TWO_ONES + "return l.stream().mapToInt(int x -> x + 1).sum();", (INT, "4")),
    (
        "primitive_def",
        "",
        "def l = new ArrayList(); l.add(1); l.add(1); return l.stream().mapToInt(x -> x + 1).sum();",
        (INT, "4"),
    ),
    (
        "primitive_typed_def",
        "",
        "def l = new ArrayList(); l.add(1); l.add(1); return l.stream().mapToInt(int x -> x + 1).sum();",
        (INT, "4"),
    ),
    (
        "primitive_convertible",
        "",
        "List l = new ArrayList(); l.add((short)1); l.add(1); return l.stream().mapToInt(long x -> (int)1).sum();",
        (INT, "2"),
    ),
    ("primitive_args", APPLY_ONE, "applyOne(x -> x + 1)", (INT, "2")),
    ("primitive_args_typed", APPLY_ONE, "applyOne(int x -> x + 1)", (INT, "2")),
    (
        "primitive_args_typed_oddly",
        "long applyOne(IntFunction arg) { arg.apply(1) }",
        "applyOne(long x -> x + 1)",
        (L, "2"),
    ),
    ("multiple_statements", APPLY_ONE, "applyOne(x -> { def y = x + 1; return y })", (INT, "2")),
    ("unneeded_curly", APPLY_ONE, "applyOne(x -> { x + 1 })", (INT, "2")),
    (
        "void_return",
        "",
        "List list = new ArrayList(); list.add(2); List list2 = new ArrayList(); "
        "list.forEach(x -> list2.add(x)); return list[0]",
        (INT, "2"),
    ),
    (
        "void_return_def",
        "",
        "def list = new ArrayList(); list.add(2); List list2 = new ArrayList(); "
        "list.forEach(x -> list2.add(x)); return list[0]",
        (INT, "2"),
    ),
    ("nested", "", "Optional.empty().orElseGet(() -> Optional.empty().orElseGet(() -> 1));", (INT, "1")),
    (
        "in_loop",
        "",
        "int sum = 0; for (int i = 0; i < 100; i++) { sum += Optional.empty().orElseGet(() -> 1); } return sum;",
        (INT, "100"),
    ),
    ("capture", "", "int x = 5; return Optional.empty().orElseGet(() -> x);", (INT, "5")),
    (
        "two_captures",
        "",
        "int x = 1; String y = 'test'; return Optional.empty().orElseGet(() -> x + y);",
        (S, "1test"),
    ),
    ("capture_def", "", "int x = 5; def y = Optional.empty(); y.orElseGet(() -> x);", (INT, "5")),
    (
        "nested_capture",
        "",
        "boolean x = false; int y = 1; "
        "return Optional.empty().orElseGet(() -> x ? 5 : Optional.empty().orElseGet(() -> y));",
        (INT, "1"),
    ),
    (
        "nested_capture_params",
        "int foo(Function f) { return f.apply(1) }",
        "return foo(x -> foo(y -> x + 1))",
        (INT, "2"),
    ),
    ("in_function", "def foo() { Optional.empty().orElseGet(() -> 5) }", "return foo();", (INT, "5")),
    (
        "capture_function_param",
        "def foo(int x) { Optional.empty().orElseGet(() -> x) }",
        "return foo(5);",
        (INT, "5"),
    ),
    # testReturnVoidDef: a void lambda body yields null when the interface wants a value
    (
        "void_to_null_def_list",
        "",
        "def b = new StringBuilder(); def l = [1, 2]; "
        "l.stream().map(i -> b.setLength(i)).collect(Collectors.toList())",
        ("java.util.ArrayList", "[null, null]"),
    ),
    (
        "void_to_null_typed_list",
        "",
        "def b = new StringBuilder(); List l = [1, 2]; "
        "l.stream().map(i -> b.setLength(i)).collect(Collectors.toList())",
        ("java.util.ArrayList", "[null, null]"),
    ),
]


@pytest.mark.parametrize(("funcs", "body", "expected"), [pytest.param(*r[1:], id=r[0]) for r in VALUES])
def test_lambda_value(funcs: str, body: str, expected: tuple[str, str]) -> None:
    assert exec_value(body, funcs) == expected


ERRORS = [
    # testCapturesAreReadOnly / testNoParamMasking (ES checks a substring; these are the full texts)
    (
        "captures_read_only",
        TWO_ONES + "return l.stream().mapToInt(x -> { l = null; return x + 1 }).sum();",
        "illegal_argument_exception",
        "Variable [l] is read-only.",
    ),
    (
        "no_param_masking",
        "int x = 0; " + TWO_ONES + "return l.stream().mapToInt(x -> { x += 1; return x }).sum();",
        "illegal_argument_exception",
        "lambda parameter [x] is already defined",
    ),
    (
        "wrong_arity",
        "Optional.empty().orElseGet(x -> x);",
        "illegal_argument_exception",
        "Incorrect number of parameters for [get] in [java.util.function.Supplier]",
    ),
    (
        "wrong_arity_not_enough",
        TWO_ONES + "return l.stream().mapToInt(() -> 5).sum();",
        "illegal_argument_exception",
        "Incorrect number of parameters for [applyAsInt] in [java.util.function.ToIntFunction]",
    ),
    (
        "return_void",
        "StringBuilder b = new StringBuilder(); List l = [1, 2]; l.stream().mapToLong(i -> b.setLength(i))",
        "class_cast_exception",
        "Cannot cast from [void] to [long].",
    ),
    (
        "return_void_def",
        "StringBuilder b = new StringBuilder(); def l = [1, 2]; l.stream().mapToLong(i -> b.setLength(i))",
        "class_cast_exception",
        "Cannot cast from [void] to [def].",
    ),
]


@pytest.mark.parametrize(("body", "kind", "reason"), [pytest.param(*r[1:], id=r[0]) for r in ERRORS])
def test_lambda_error(body: str, kind: str, reason: str) -> None:
    assert exec_error(body) == (kind, reason)


COMPARE = "boolean compare(Supplier s, def v) { s.get() == v }"


def _which(n: int) -> str:
    """A supplier returning params['number'] when it equals n, else params['key']."""
    return f"() -> {{ if (params['number'] == {n}) {{ return params['number'] }} else {{ return params['key'] }} }}"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("compare(() -> new ArrayList(), new ArrayList())", "true"),
        ("compare(() -> { new ArrayList() }, new ArrayList())", "true"),
        ("compare(() -> { return params['key'] }, 'value')", "true"),
        ("compare(() -> { return params['nokey'] }, 'value')", "false"),
        ("compare(() -> { return params['nokey'] }, null)", "true"),
        ("compare(() -> { return params['number'] }, 2)", "true"),
        ("compare(() -> { return params['number'] }, 'value')", "false"),
        ("compare(" + _which(2) + ", 'value')", "false"),
        ("compare(" + _which(2) + ", 2)", "true"),
        ("compare(" + _which(1) + ", 'value')", "true"),
        ("compare(" + _which(1) + ", 2)", "false"),
    ],
)
def test_reserved_capture(call: str, expected: str) -> None:
    """LambdaTests.testReservedCapture: a lambda in the main body captures `params`."""
    assert top_value(call, COMPARE, {"key": "value", "number": 2}) == (B, expected)
