"""Fully qualified class names: Painless' lookup knows every whitelisted class by its canonical
name too, and its semantic pass reads `a.b.c` over an undefined `a` as a partial class name
(ESymbol / EDot with PartialCanonicalTypeName), so `java.time.Instant.parse(...)`,
`new java.util.ArrayList()`, `java.util.Map m` and `(java.util.Map) x` work; a partial name that
never becomes a class is `cannot resolve symbol [java.util.Foo]`, reported at its last dot, and
`new` of an unknown class is `Not a type [...]`."""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

VALUES = [
    (
        "static_call",
        "ctx.r = java.time.Instant.parse('2020-01-01T00:00:00Z').toString()",
        ("java.lang.String", "2020-01-01T00:00:00Z"),
    ),
    ("static_field", "ctx.r = java.lang.Math.PI", ("java.lang.Double", "3.141592653589793")),
    ("new_object", "ctx.r = new java.util.ArrayList().size()", ("java.lang.Integer", "0")),
    (
        "declaration",
        "java.util.List l = new java.util.ArrayList(); l.add(1); ctx.r = l.size()",
        ("java.lang.Integer", "1"),
    ),
    (
        "nested_class",
        "for (java.util.Map.Entry e : ['a': 1].entrySet()) { ctx.r = e.getKey() }",
        ("java.lang.String", "a"),
    ),
    ("cast", "def x = ['a': 1]; ctx.r = ((java.util.Map) x).size()", ("java.lang.Integer", "1")),
    ("instanceof", "def x = 'a'; ctx.r = x instanceof java.lang.String", ("java.lang.Boolean", "true")),
    (
        "ingest_helper",
        "ctx.r = org.elasticsearch.ingest.common.Processors.lowercase('AB')",
        ("java.lang.String", "ab"),
    ),
    (
        "function_parameter",
        "int n(java.util.Collection c) { return c.size() } ctx.r = n([1, 2])",
        ("java.lang.Integer", "2"),
    ),
    (
        "comparator_argument",
        "List l = [2, 1]; l.sort(java.util.Comparator.naturalOrder()); ctx.r = l[0]",
        ("java.lang.Integer", "1"),
    ),
    (
        "short_and_long_names_agree",
        "ctx.r = new java.util.HashMap() instanceof HashMap",
        ("java.lang.Boolean", "true"),
    ),
    (
        "field_named_like_a_package",
        "ctx.java = ['util': 2]; ctx.r = ctx.java.util",
        ("java.lang.Integer", "2"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


def _body(source: str) -> dict[str, Any]:
    with pytest.raises(ScriptException) as info:
        compile_script(source)
    return info.value.error_body()


@pytest.mark.parametrize(
    ("source", "reason", "stack"),
    [
        (
            "ctx.r = java.util.Foo.bar()",
            "cannot resolve symbol [java.util.Foo]",
            ["ctx.r = java.util.Foo.bar()", "                     ^---- HERE"],
        ),
        (
            "ctx.r = java.util.Foo",
            "cannot resolve symbol [java.util.Foo]",
            ["ctx.r = java.util.Foo", "                 ^---- HERE"],
        ),
        ("ctx.r = foo.bar", "cannot resolve symbol [foo.bar]", ["ctx.r = foo.bar", "           ^---- HERE"]),
        (
            "ctx.r = new java.util.Foo()",
            "Not a type [java.util.Foo].",
            ["ctx.r = new java.util.Foo()", "        ^---- HERE"],
        ),
        ("ctx.r = new Foo(1)", "Not a type [Foo].", ["ctx.r = new Foo(1)", "        ^---- HERE"]),
    ],
    ids=[
        "partial_then_call",
        "partial_value",
        "undefined_variable_field",
        "new_unknown_qualified",
        "new_unknown",
    ],
)
def test_unresolved_names(source: str, reason: str, stack: list[str]) -> None:
    body = _body(source)
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {"type": "illegal_argument_exception", "reason": reason}
    assert body["script_stack"] == stack
