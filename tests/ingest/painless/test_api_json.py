"""`Json.load` / `Json.dump` (org.elasticsearch.painless.api.Json, whitelisted for ingest scripts).

Expected values follow Json.java: load returns the first JSON value as List, Map, Number (Integer,
Long or Double by magnitude and form), Boolean, String or null; dump writes XContentBuilder.value()
compactly, or with prettyPrint() (two-space indent, `"key" : value`). A Painless map literal is a
HashMap, so dump lists its keys in HashMap order.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException

S, INT, L, D, B = (
    "java.lang.String",
    "java.lang.Integer",
    "java.lang.Long",
    "java.lang.Double",
    "java.lang.Boolean",
)

CASES: list[tuple[str, str, tuple[str, str]]] = [
    ("load_object_int", 'ctx.r = Json.load(\'{"a": [1, 2.5, "x", true]}\').a[0]', (INT, "1")),
    ("load_object_double", 'ctx.r = Json.load(\'{"a": [1, 2.5, "x", true]}\').a[1]', (D, "2.5")),
    ("load_object_bool", 'ctx.r = Json.load(\'{"a": [1, 2.5, "x", true]}\').a[3]', (B, "true")),
    ("load_long", "ctx.r = Json.load('3000000000')", (L, "3000000000")),
    ("load_string", "ctx.r = Json.load('\"hi\"')", (S, "hi")),
    ("load_null", "ctx.r = Json.load('null') == null", (B, "true")),
    ("load_array", "ctx.r = Json.load('[1, [2, 3]]').size()", (INT, "2")),
    ("dump_hashmap_order", "ctx.r = Json.dump(['b': 1, 'a': [true, null]])", (S, '{"a":[true,null],"b":1}')),
    ("dump_string_escaped", "ctx.r = Json.dump('a\"b')", (S, '"a\\"b"')),
    ("dump_double", "ctx.r = Json.dump(1.0)", (S, "1.0")),
    ("dump_long", "ctx.r = Json.dump(5L)", (S, "5")),
    ("dump_pretty", "ctx.r = Json.dump(['k': 'v'], true)", (S, '{\n  "k" : "v"\n}')),
    ("dump_compact_flag", "ctx.r = Json.dump(['k': 'v'], false)", (S, '{"k":"v"}')),
    ("round_trip", 'ctx.r = Json.dump(Json.load(\'{"x":{"y":[1,2.0]}}\'))', (S, '{"x":{"y":[1,2.0]}}')),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_json_api(source: str, expected: tuple[str, str]) -> None:
    ctx: dict[str, Any] = run_script(source)
    assert java(ctx["r"]) == expected


def test_load_refuses_duplicate_keys() -> None:
    """Elasticsearch's JSON parser has strict duplicate detection on."""
    with pytest.raises(ScriptException):
        run_script('ctx.r = Json.load(\'{"a": 1, "a": 2}\')')
