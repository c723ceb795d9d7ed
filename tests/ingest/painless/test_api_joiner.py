"""java.util.StringJoiner and StringTokenizer (api_joiner).

Expected texts come from the JDK (Temurin 25; OpenJDK 17 agrees unless noted): a throwaway Java
class printed String.valueOf(expression), or the exception class and message, for each Java
twin of the expressions below (Painless has no varargs, so Arrays.asList takes a def[] here).
Painless evaluates the same expression inside String.valueOf, so the strings must match."""

from __future__ import annotations

import pytest
from painless_helpers import error_of_string_value_of, string_value_of

# Helper functions the expressions call (the Java twins were written the same way).
PRELUDE = (
    'def tokA() { StringTokenizer t = new StringTokenizer("a,b;;c", ",;", true); String out = ""; while (t.hasMoreTokens()) { out += "<" + t.nextToken() + ">"; } return out; }\n'
    'def tokB() { StringTokenizer t = new StringTokenizer("a b,c d"); String first = t.nextToken(); String second = t.nextToken(","); return first + "|" + second + "|" + t.nextToken(); }\n'
)

VALUES = [
    ("joiner_basic", 'new StringJoiner(", ").add("a").add("b").toString()', "a, b"),
    ("joiner_prefix", 'new StringJoiner(",", "[", "]").add("a").add(null).toString()', "[a,null]"),
    ("joiner_empty", 'new StringJoiner(",", "[", "]").toString()', "[]"),
    ("joiner_empty_value", 'new StringJoiner(",", "[", "]").setEmptyValue("none").toString()', "none"),
    (
        "joiner_empty_value_used",
        'new StringJoiner(",", "[", "]").setEmptyValue("none").add("x").toString()',
        "[x]",
    ),
    ("joiner_length", 'new StringJoiner("-", "<", ">").add("ab").add("c").length()', "6"),
    ("joiner_length_empty", 'new StringJoiner("-", "<", ">").setEmptyValue("EMPTY").length()', "5"),
    (
        "joiner_merge",
        'new StringJoiner(",", "[", "]").add("a").merge(new StringJoiner(":", "(", ")").add("b").add("c")).toString()',
        "[a,b:c]",
    ),
    ("joiner_merge_empty", 'new StringJoiner(",").add("a").merge(new StringJoiner(":")).toString()', "a"),
    (
        "joiner_sb",
        'new StringJoiner(new StringBuilder("/")).add(new StringBuilder("x")).add("y").toString()',
        "x/y",
    ),
    ("tok_count", 'new StringTokenizer("  a b\tc  ").countTokens()', "3"),
    ("tok_next", 'new StringTokenizer("  a b\tc  ").nextToken()', "a"),
    ("tok_delims", 'new StringTokenizer("a,b;;c", ",;").countTokens()', "3"),
    ("tok_return_delims", 'new StringTokenizer("a,b;;c", ",;", true).countTokens()', "6"),
    ("tok_return_delims_next", "tokA()", "<a><,><b><;><;><c>"),
    ("tok_has_more", 'new StringTokenizer("   ").hasMoreTokens()', "false"),
    ("tok_has_more_yes", 'new StringTokenizer(" x ").hasMoreElements()', "true"),
    ("tok_next_element", 'new StringTokenizer(" x ").nextElement()', "x"),
    ("tok_next_delim", "tokB()", "a| b|c d"),
]

ERRORS = [
    (
        "joiner_null_delim",
        "new StringJoiner(null)",
        "null_pointer_exception",
        "The delimiter must not be null",
    ),
    (
        "joiner_null_prefix",
        'new StringJoiner(",", null, "]")',
        "null_pointer_exception",
        "The prefix must not be null",
    ),
    (
        "joiner_null_suffix",
        'new StringJoiner(",", "[", null)',
        "null_pointer_exception",
        "The suffix must not be null",
    ),
    (
        "joiner_null_empty",
        'new StringJoiner(",").setEmptyValue(null)',
        "null_pointer_exception",
        "The empty value must not be null",
    ),
    ("tok_none", 'new StringTokenizer("   ").nextToken()', "no_such_element_exception", None),
    (
        "tok_null",
        "new StringTokenizer(null)",
        "null_pointer_exception",
        'Cannot invoke "String.length()" because "str" is null',
    ),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value_matches_jdk(expr: str, expected: str) -> None:
    assert string_value_of(PRELUDE, expr) == expected


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_error_matches_jdk(expr: str, error_type: str, message: str | None) -> None:
    assert error_of_string_value_of(PRELUDE, expr) == (error_type, message)
