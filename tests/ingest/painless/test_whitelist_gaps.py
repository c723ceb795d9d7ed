"""Methods Java has but Elasticsearch's whitelist (java.lang.txt, java.util.txt) lacks are refused
when compiling; lambdas of the wrong arity fail with Painless' texts; arrays print their JVM class.

Whitelist facts: java.lang.txt has no String.isBlank/strip/repeat, no Integer.sum, and the boxed
valueOf methods take primitives only; java.util.txt has no Objects.requireNonNullElse, no
Arrays.toString/sort and no Iterable.count. Lambda arity texts: DefaultSemanticAnalysisPhase
(`Incorrect number of parameters for [m] in [iface]`, thrown without a location) and
FunctionRef.create for a def call (`function reference [this::lambda$synthetic$N/k] ...`)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from painless_helpers import run_script, script_error

NOT_WHITELISTED = [
    ("string_is_blank", "ctx.r = 'a'.isBlank()", "member method [java.lang.String, isBlank/0] not found"),
    ("string_strip", "ctx.r = ' a'.strip()", "member method [java.lang.String, strip/0] not found"),
    ("string_repeat", "ctx.r = 'a'.repeat(2)", "member method [java.lang.String, repeat/1] not found"),
    (
        "objects_require_non_null_else",
        "ctx.r = Objects.requireNonNullElse(null, 'x')",
        "static method [java.util.Objects, requireNonNullElse/2] not found",
    ),
    ("integer_sum", "ctx.r = Integer.sum(1, 2)", "static method [java.lang.Integer, sum/2] not found"),
    (
        "arrays_to_string",
        "ctx.r = Arrays.toString(new int[1])",
        "static method [java.util.Arrays, toString/1] not found",
    ),
    ("arrays_sort", "Arrays.sort(new int[1])", "static method [java.util.Arrays, sort/1] not found"),
    (
        "iterable_count",
        "ctx.r = [1].count(x -> true)",
        "member method [java.util.ArrayList, count/1] not found",
    ),
]

# AnalyzerCaster refuses the argument: a ClassCastException at compile time
NO_STRING_VALUE_OF = [
    (
        "integer_value_of_string",
        "ctx.r = Integer.valueOf('5')",
        "Cannot cast from [java.lang.String] to [int].",
    ),
    (
        "double_value_of_string",
        "ctx.r = Double.valueOf('5')",
        "Cannot cast from [java.lang.String] to [double].",
    ),
]


@pytest.mark.parametrize(
    ("source", "reason"), [c[1:] for c in NOT_WHITELISTED], ids=[c[0] for c in NOT_WHITELISTED]
)
def test_not_whitelisted_is_a_compile_error(source: str, reason: str) -> None:
    body: dict[str, Any] = script_error(source, run=False).error_body()
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {"type": "illegal_argument_exception", "reason": reason}


@pytest.mark.parametrize(
    ("source", "reason"), [c[1:] for c in NO_STRING_VALUE_OF], ids=[c[0] for c in NO_STRING_VALUE_OF]
)
def test_value_of_takes_no_string(source: str, reason: str) -> None:
    assert script_error(source, run=False).error_body()["caused_by"] == {
        "type": "class_cast_exception",
        "reason": reason,
    }


def test_value_of_a_primitive_still_works() -> None:
    doc = run_script(
        "ctx.a = Integer.valueOf(5); ctx.b = Integer.valueOf('ff', 16); ctx.c = Double.valueOf(2)"
    )
    assert (doc["a"], doc["b"], doc["c"]) == (5, 255, 2.0)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            "[1, 2].stream().map((a, b) -> a)",
            "Incorrect number of parameters for [apply] in [java.util.function.Function]",
        ),
        (
            "[1].removeIf(() -> true)",
            "Incorrect number of parameters for [test] in [java.util.function.Predicate]",
        ),
        (
            "List l = [1]; l.forEach((a, b) -> a)",
            "Incorrect number of parameters for [accept] in [java.util.function.Consumer]",
        ),
        (
            "Map m = [:]; m.forEach(a -> a)",
            "Incorrect number of parameters for [accept] in [java.util.function.BiConsumer]",
        ),
        (
            "List l = [1]; l.sort(a -> 1)",
            "Incorrect number of parameters for [compare] in [java.util.Comparator]",
        ),
        (
            "[1].stream().mapToInt((a, b) -> 1)",
            "Incorrect number of parameters for [applyAsInt] in [java.util.function.ToIntFunction]",
        ),
    ],
    ids=["function", "predicate", "consumer", "bi_consumer", "comparator", "to_int_function"],
)
def test_typed_lambda_arity(source: str, reason: str) -> None:
    exc = script_error(source, run=False)
    assert exc.error_body()["caused_by"]["reason"] == reason
    # thrown without createError: no script frame, so no stack lines and no position
    assert exc.script_stack == []
    assert exc.position is None


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (
            "def x = [2, 1]; x.sort(a -> 1)",
            "function reference [this::lambda$synthetic$0/2] matching [java.util.Comparator, compare/2] "
            "not found due to an incorrect number of arguments",
        ),
        (  # captures count in the arity looked up; the list is empty, the link still fails
            "def x = []; int c = 1; x.removeIf((a, b) -> c > 0)",
            "function reference [this::lambda$synthetic$0/2] matching [java.util.function.Predicate, test/1] "
            "not found due to an incorrect number of arguments",
        ),
        (  # a lambda is named after the lambdas in its body
            "def x = []; x.removeIf((a, b) -> { [1].forEach(q -> q); true })",
            "function reference [this::lambda$synthetic$1/1] matching [java.util.function.Predicate, test/1] "
            "not found due to an incorrect number of arguments",
        ),
    ],
    ids=["comparator", "captured", "nested"],
)
def test_def_call_lambda_arity(source: str, reason: str) -> None:
    exc = script_error(source)
    assert exc.error_body()["reason"] == "runtime error"
    assert exc.error_body()["caused_by"] == {"type": "illegal_argument_exception", "reason": reason}


@pytest.mark.parametrize(
    ("source", "prefix"),
    [
        ("int[][] a = new int[2][2]; ctx.r = a.toString()", "[[I@"),
        ("String[][] a = new String[1][1]; ctx.r = a.toString()", "[[Ljava.lang.String;@"),
        ("def a = new long[1][2]; ctx.r = a[0].toString()", "[J@"),
        ("def a = new int[1][1][1]; ctx.r = String.valueOf(a)", "[[[I@"),
    ],
    ids=["int_2d", "string_2d", "long_row", "int_3d"],
)
def test_array_to_string_names_the_jvm_class(source: str, prefix: str) -> None:
    text = run_script(source)["r"]
    assert re.fullmatch(re.escape(prefix) + "[0-9a-f]+", text), text
