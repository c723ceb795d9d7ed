"""Error texts and shapes: compile errors quote ±25 characters, runtime errors the failing statement."""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import script_error


def _error(source: str, ctx: dict[str, Any] | None = None, *, condition: bool = False) -> dict[str, Any]:
    return script_error(source, ctx, condition=condition).error_body()


def test_runtime_npe_shape() -> None:
    # The shape Elasticsearch returns for a null def reference (documented in the spec, §6.6).
    body = _error("params['_source'].tags.size() > 2", condition=True)
    assert body == {
        "root_cause": [
            {
                "type": "script_exception",
                "reason": "runtime error",
                "script_stack": ["params['_source'].tags.size() > 2", "                 ^---- HERE"],
                "script": "params['_source'].tags.size() > 2",
                "lang": "painless",
                "position": {"offset": 17, "start": 0, "end": 33},
            }
        ],
        "type": "script_exception",
        "reason": "runtime error",
        "script_stack": ["params['_source'].tags.size() > 2", "                 ^---- HERE"],
        "script": "params['_source'].tags.size() > 2",
        "lang": "painless",
        "position": {"offset": 17, "start": 0, "end": 33},
        "caused_by": {
            "type": "null_pointer_exception",
            "reason": "cannot access method/field [tags] from a null def reference",
        },
    }


def test_runtime_stack_is_the_failing_statement() -> None:
    source = "def x = 1; ctx.a.b = x; ctx.c = 2;"
    body = _error(source)
    assert body["script_stack"] == ["ctx.a.b = x; ", "     ^---- HERE"]
    assert body["position"] == {"offset": 16, "start": 11, "end": 24}


def test_declaration_statement_starts_at_the_variable_name() -> None:
    body = _error("int x = ctx.missing.size();")
    assert body["script_stack"] == ["x = ctx.missing.size();", "               ^---- HERE"]
    assert body["position"] == {"offset": 19, "start": 4, "end": 27}


def test_condition_statement_spans_until_first_inner_statement() -> None:
    body = _error("if (ctx.a.b) { ctx.c = 1 }")
    assert body["script_stack"] == ["if (ctx.a.b) { ", "         ^---- HERE"]


def test_compile_error_short_script() -> None:
    body = _error("ctx.r = 'abc'.foo()")
    assert body["script_stack"] == ["ctx.r = 'abc'.foo()", "             ^---- HERE"]
    assert body["position"] == {"offset": 13, "start": 0, "end": 19}
    assert body["caused_by"] == {
        "type": "illegal_argument_exception",
        "reason": "member method [java.lang.String, foo/0] not found",
    }
    assert body["root_cause"][0]["reason"] == "compile error"


def test_compile_error_long_script_is_cut_with_markers() -> None:
    source = "ctx.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 1; ctx.b = unknownVar; ctx.ccccccccccccccccccccccccccccccccc = 2;"
    body = _error(source)
    offset = source.index("unknownVar")
    assert body["position"] == {"offset": offset, "start": offset - 25, "end": offset + 25}
    assert body["script_stack"] == [
        "... " + source[offset - 25 : offset + 25] + " ...",
        "    " + " " * 25 + "^---- HERE",
    ]
    assert body["caused_by"] == {
        "type": "illegal_argument_exception",
        "reason": "cannot resolve symbol [unknownVar]",
    }


RUNTIME_CAUSES: list[tuple[str, str, dict[str, Any], str, str]] = [
    (
        "dynamic_method",
        "def a = 'abc'; a.foo()",
        {},
        "illegal_argument_exception",
        "dynamic method [java.lang.String, foo/0] not found",
    ),
    (
        "dynamic_method_map",
        "ctx.m.foo(1)",
        {"m": {}},
        "illegal_argument_exception",
        "dynamic method [java.util.HashMap, foo/1] not found",
    ),
    ("div_zero", "ctx.r = 1 / 0", {}, "arithmetic_exception", "/ by zero"),
    ("rem_zero", "ctx.r = 5L % 0", {}, "arithmetic_exception", "/ by zero"),
    (
        "list_index",
        "ctx.r = ctx.l[5]",
        {"l": [1, 2]},
        "index_out_of_bounds_exception",
        "Index 5 out of bounds for length 2",
    ),
    (
        "list_get",
        "ctx.r = ctx.l.get(-1)",
        {"l": [1, 2]},
        "index_out_of_bounds_exception",
        "Index -1 out of bounds for length 2",
    ),
    (
        "array_index",
        "int[] a = new int[2]; a[2] = 1",
        {},
        "array_index_out_of_bounds_exception",
        "Index 2 out of bounds for length 2",
    ),
    (
        "substring",
        "ctx.r = 'hello'.substring(10)",
        {},
        "string_index_out_of_bounds_exception",
        "begin 10, end 5, length 5",
    ),
    (
        "char_at",
        "ctx.r = 'ab'.charAt(2)",
        {},
        "string_index_out_of_bounds_exception",
        "Index 2 out of bounds for length 2",
    ),
    (
        "implicit_cast",
        "String s = ctx.x",
        {"x": 5},
        "class_cast_exception",
        "cannot implicitly cast def [int] to java.lang.String",
    ),
    (
        "explicit_cast",
        "ctx.r = (String) ctx.x",
        {"x": 5},
        "class_cast_exception",
        "cannot explicitly cast def [int] to java.lang.String",
    ),
    (
        "long_to_int",
        "int i = ctx.x",
        {"x": 2**40},
        "class_cast_exception",
        "cannot implicitly cast def [long] to int",
    ),
    (
        "binary_types",
        "ctx.r = ctx.a - ctx.b",
        {"a": "x", "b": 1},
        "class_cast_exception",
        "Cannot apply [-] operation to types [java.lang.String] and [java.lang.Integer].",
    ),
    (
        "compare_types",
        "ctx.r = ctx.a < ctx.b",
        {"a": [], "b": 1},
        "class_cast_exception",
        "Cannot apply [<] operation to types [java.util.ArrayList] and [java.lang.Integer].",
    ),
    (
        "parse_int",
        "ctx.r = Integer.parseInt('abc')",
        {},
        "number_format_exception",
        'For input string: "abc"',
    ),
    (
        "iterate_map",
        "for (def x : ctx.m) { ctx.y = x }",
        {"m": {}},
        "illegal_argument_exception",
        "Cannot iterate over [java.util.HashMap]",
    ),
    (
        "non_array",
        "ctx.r = ctx.s[0]",
        {"s": "abc"},
        "illegal_argument_exception",
        "Attempting to address a non-array-like type [java.lang.String] as an array.",
    ),
    (
        "getter",
        "ctx.r = ctx.s.foo",
        {"s": "abc"},
        "illegal_argument_exception",
        "dynamic getter [java.lang.String, foo] not found",
    ),
    (
        "loop_limit",
        "while (true) { int y = 5; }",
        {},
        "painless_error",
        "The maximum number of statements that can be executed in a loop has been reached.",
    ),
    ("thrown", "throw new IllegalArgumentException('boom')", {}, "illegal_argument_exception", "boom"),
    (
        "list_remove_object",
        "def l = ['a']; l.remove('a')",
        {},
        "class_cast_exception",
        "class java.lang.String cannot be cast to class java.lang.Integer "
        "(java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
    ),
]


@pytest.mark.parametrize(
    ("source", "ctx", "kind", "reason"), [c[1:] for c in RUNTIME_CAUSES], ids=[c[0] for c in RUNTIME_CAUSES]
)
def test_runtime_cause(source: str, ctx: dict[str, Any], kind: str, reason: str) -> None:
    body = _error(source, ctx)
    assert body["type"] == "script_exception"
    assert body["reason"] == "runtime error"
    assert body["caused_by"] == {"type": kind, "reason": reason}


COMPILE_CAUSES: list[tuple[str, str, str, str]] = [
    ("unknown_variable", "ctx.r = x", "illegal_argument_exception", "cannot resolve symbol [x]"),
    (
        "unknown_static",
        "ctx.r = Math.foo(1)",
        "illegal_argument_exception",
        "static method [java.lang.Math, foo/1] not found",
    ),
    # Painless' grammar reads `new type arguments` with type = ID (DOT DOTID)*; the semantic pass
    # (visitNewObj) then finds no such class
    ("unknown_class", "ctx.r = new Foo()", "illegal_argument_exception", "Not a type [Foo]."),
    (
        "typed_method",
        "String s = 'a'; s.split(',')",
        "illegal_argument_exception",
        "member method [java.lang.String, split/1] not found",
    ),
    ("bad_cast", "String s = 1;", "class_cast_exception", "Cannot cast from [int] to [java.lang.String]."),
    # AnalyzerCaster.promoteAdd(boolean, int) is int (its int test is an `or`): the cast of `true` fails
    (
        "bad_binary",
        "boolean b = true + 1;",
        "class_cast_exception",
        "Cannot cast from [boolean] to [int].",
    ),
    (
        "int_constant",
        "ctx.r = 2147483648",
        "illegal_argument_exception",
        "Invalid int constant [2147483648]. If you want a long constant then change it to [2147483648L].",
    ),
    (
        "not_a_statement",
        "ctx.r",
        "illegal_argument_exception",
        "not a statement: result of dot operator [.] not used",
    ),
    (
        "not_a_statement_binary",
        "1 + 1",
        "illegal_argument_exception",
        "not a statement: result not used from addition operation [+]",
    ),
    ("syntax", "ctx.r = ;", "illegal_argument_exception", "invalid sequence of tokens near [';']."),
    ("unterminated", "ctx.r = 'abc", "illegal_argument_exception", "unexpected character ['abc]."),
    ("redeclare", "def x = 1; def x = 2;", "illegal_argument_exception", "variable [x] is already defined"),
]


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in COMPILE_CAUSES], ids=[c[0] for c in COMPILE_CAUSES]
)
def test_compile_cause(source: str, kind: str, reason: str) -> None:
    body = _error(source)
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {"type": kind, "reason": reason}


def test_regex_limit() -> None:
    text = "a" * 30 + "X"
    body = _error("ctx.r = ctx.s ==~ /(a+)+b/", {"s": text})
    cause = body["caused_by"]
    assert cause["type"] == "circuit_breaking_exception"
    assert cause["reason"] == (
        "[scripting] Regular expression considered too many characters, pattern: [(a+)+b], limit factor: [6], "
        f"char limit: [{6 * len(text)}], count: [{6 * len(text) + 1}], wrapped: [{text}], "
        "this limit can be changed by changed by the [script.painless.regex.limit-factor] setting"
    )
    assert cause["bytes_wanted"] == 0 and cause["durability"] == "TRANSIENT"
