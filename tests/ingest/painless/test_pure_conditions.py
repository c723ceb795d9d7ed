"""Pure `if` conditions run a specialised closure: same answers and errors as the general path."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.javatypes import JavaSet, JFloat, JLong
from s1elastic.ingest.painless import compile_script
from s1elastic.ingest.painless.values import LinkedHashMap

PURE = [
    "ctx.a != null",
    "ctx.a == null",
    "null != ctx.a",
    "ctx.a?.b?.c != null",
    "ctx.a?.b?.c == null",
    "ctx.a.b?.c != null",
    "ctx.a?.b.c != null",
    "ctx.a.b.c == null",
    "ctx?.a?.b != null",
    "ctx.a?.b == 'x'",
    "ctx.a?.b != 'x'",
    "'' == ctx.a?.b",
    "ctx.a.b == ''",
    "ctx.a?.b == 5",
    "5 != ctx.a?.b",
    "ctx.a?.b == -1",
    "ctx.a.b == 0",
    "ctx.a?.b instanceof List",
    "ctx.a?.b instanceof String",
    "ctx.a.b instanceof Map",
    "ctx.a instanceof Integer",
    "ctx.a instanceof Long",
    "ctx.a?.b instanceof Number",
    "ctx.a?.b instanceof Object",
    "ctx.a?.b != null && ctx.a.b.c == 'x'",
    "ctx.a?.b == null || ctx.a.b.c != null",
    "!(ctx.a?.b?.c == 'x')",
    "!(ctx.a == null) && !(ctx.b?.c instanceof List)",
    "ctx.a?.b == 'x' || ctx.a?.c == 'y' || ctx.b?.a == 5",
    "true && ctx.a != null",
    "false || ctx.a?.b != null",
    "true",
]

NOT_PURE = [
    "ctx.a?.b?.contains('x')",
    "ctx.a.size() > 0",
    "ctx.a == ctx.b",
    "ctx.a === null",
    "ctx.a?.b > 5",
    "ctx.a?.empty == null",
    "ctx['a'] != null",
    "params.a != null",
    "def x = ctx.a; return x != null",
    "ctx.a = 1; return true",
    "ctx.a?.b == 5L",
    "(ctx.a ?: 'x') == 'x'",
    "ctx.flag",
    "!ctx.flag",
]

# A pure left side of && / || answers alone when it short-circuits; else the general path runs.
GUARDED = [
    "ctx.a != null && ctx.a.contains('x')",
    "ctx.a == null || !(ctx.a.contains('x'))",
    "ctx.a?.b instanceof String && ctx.a.b.length() > 0",
    "ctx.a?.b == 'x' || ctx.a.b.c.size() > 0",
    "ctx.a != null && ctx.b != null && ctx.a == ctx.b",
]

# Values of the kinds a document holds (JSON) plus the Java classes scripts can put there.
LEAVES = [None, "", "x", "y", 5, 0, 2**40, JLong(5), 5.0, JFloat(5.0), True, False]
CONTAINERS: list[Any] = [
    [],
    ["x"],
    {"c": "x"},
    LinkedHashMap({"c": "x"}),
    JavaSet(["x"]),
]

SHAPES: list[tuple[str, dict[str, Any]]] = [
    ("empty", {}),
    ("a_null", {"a": None}),
    ("a_string", {"a": "x"}),
    ("a_int", {"a": 5}),
    ("a_long", {"a": 2**40}),
    ("a_list", {"a": ["x"]}),
    ("a_empty_map", {"a": {}}),
    ("b_null", {"a": {"b": None}}),
    ("b_x", {"a": {"b": "x"}}),
    ("b_empty", {"a": {"b": ""}}),
    ("b_5", {"a": {"b": 5}}),
    ("b_jlong_5", {"a": {"b": JLong(5)}}),
    ("b_double_5", {"a": {"b": 5.0}}),
    ("b_list", {"a": {"b": ["x"]}}),
    ("b_map_c_x", {"a": {"b": {"c": "x"}}}),
    ("b_map_c_null", {"a": {"b": {"c": None}}}),
    ("b_linked_map", {"a": {"b": LinkedHashMap({"c": "x"})}}),
    ("b_string_c", {"a": {"b": "abc"}}),
    ("c_y", {"a": {"c": "y"}, "b": {"a": 5}}),
]


def _outcome(run: Any, ctx: dict[str, Any]) -> tuple[str, Any]:
    """("ok", result) or ("error", the script_exception body) - both must match."""
    try:
        return ("ok", run(ctx))
    except ScriptException as exc:
        return ("error", exc.error_body())


@pytest.mark.parametrize("source", PURE)
def test_pure_conditions_are_specialised(source: str) -> None:
    assert compile_script(source, condition=True).specialised


@pytest.mark.parametrize("source", GUARDED)
def test_guarded_conditions_are_specialised(source: str) -> None:
    assert compile_script(source, condition=True).specialised


@pytest.mark.parametrize("source", NOT_PURE)
def test_other_conditions_take_the_general_path(source: str) -> None:
    script = compile_script(source, condition=True)
    assert not script.specialised
    assert script.evaluate_condition == script.evaluate_condition_general


@pytest.mark.parametrize("source", PURE + GUARDED)
@pytest.mark.parametrize(("ctx"), [s[1] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_specialised_equals_general(source: str, ctx: dict[str, Any]) -> None:
    script = compile_script(source, condition=True)
    fast = _outcome(script.evaluate_condition, ctx)
    assert fast == _outcome(script.evaluate_condition_general, ctx)
    if fast[0] == "ok":
        assert type(fast[1]) is bool


def _values(depth: int) -> st.SearchStrategy[Any]:
    leaves = st.sampled_from(LEAVES)
    if depth == 0:
        return leaves | st.sampled_from(CONTAINERS)
    maps = st.dictionaries(st.sampled_from(["a", "b", "c"]), _values(depth - 1), max_size=3)
    return leaves | st.sampled_from(CONTAINERS) | maps | st.lists(_values(depth - 1), max_size=2)


_SCRIPTS = {source: compile_script(source, condition=True) for source in PURE + GUARDED}


@settings(max_examples=300, deadline=None)
@given(
    ctx=st.dictionaries(st.sampled_from(["a", "b", "c"]), _values(2), max_size=3),
    source=st.sampled_from(PURE + GUARDED),
)
def test_specialised_equals_general_on_random_documents(ctx: dict[str, Any], source: str) -> None:
    script = _SCRIPTS[source]
    assert _outcome(script.evaluate_condition, ctx) == _outcome(script.evaluate_condition_general, ctx)


# Expected values from Painless semantics: `?.` makes a null receiver's chain null, `.` on null
# is a NullPointerException, `==` against a string literal is String.equals, instanceof of null
# is false, Long 5 == int 5 (numbers compare by promoted value).
EXPECTED = [
    ("missing_parent_null_safe", "ctx.a?.b?.c != null", {}, False),
    ("present_null_safe", "ctx.a?.b?.c != null", {"a": {"b": {"c": 1}}}, True),
    ("null_leaf", "ctx.a?.b == null", {"a": {"b": None}}, True),
    ("string_equals", "ctx.a?.b == 'x'", {"a": {"b": "x"}}, True),
    ("string_vs_number", "ctx.a?.b == '5'", {"a": {"b": 5}}, False),
    ("long_equals_int", "ctx.a?.b == 5", {"a": {"b": JLong(5)}}, True),
    ("double_equals_int", "ctx.a?.b == 5", {"a": {"b": 5.0}}, True),
    ("instanceof_null", "ctx.a?.b instanceof String", {}, False),
    ("instanceof_list", "ctx.a instanceof List", {"a": []}, True),
    ("big_int_is_long", "ctx.a instanceof Long", {"a": 2**40}, True),
    ("small_int_not_long", "ctx.a instanceof Long", {"a": 5}, False),
    ("and", "ctx.a != null && ctx.a.b == 'x'", {"a": {"b": "x"}}, True),
    ("and_short_circuit", "ctx.a != null && ctx.a.b == 'x'", {}, False),
    ("or_short_circuit", "ctx.a == null || ctx.a.b == 'x'", {}, True),
    ("not", "!(ctx.a?.b == 'x')", {"a": {"b": "y"}}, True),
]


@pytest.mark.parametrize(
    ("source", "ctx", "expected"), [e[1:] for e in EXPECTED], ids=[e[0] for e in EXPECTED]
)
def test_specialised_results(source: str, ctx: dict[str, Any], expected: bool) -> None:
    assert compile_script(source, condition=True).evaluate_condition(ctx) is expected


def test_null_receiver_without_null_safe_is_the_general_npe() -> None:
    script = compile_script("ctx.a.b.c != null", condition=True)
    with pytest.raises(ScriptException) as info:
        script.evaluate_condition({"a": None})
    body = info.value.error_body()
    assert body["caused_by"]["type"] == "null_pointer_exception"
    assert body["script_stack"] == ["ctx.a.b.c != null", "     ^---- HERE"]


def test_guarded_condition_still_refuses_writes() -> None:
    script = compile_script("ctx.a != null && ctx.a.add('x')", condition=True)
    assert script.specialised
    assert script.evaluate_condition({}) is False
    doc = {"a": ["y"]}
    with pytest.raises(ScriptException) as info:
        script.evaluate_condition(doc)
    assert info.value.error_body()["caused_by"] == {
        "type": "unsupported_operation_exception",
        "reason": "Mutating ingest documents in conditionals is not supported",
    }
    assert doc == {"a": ["y"]}


def test_error_inside_composite_falls_back_with_position() -> None:
    script = compile_script("ctx.a != null && ctx.b.c.d == 'x'", condition=True)
    with pytest.raises(ScriptException) as info:
        script.evaluate_condition({"a": 1, "b": {}})
    body = info.value.error_body()
    assert body["caused_by"]["type"] == "null_pointer_exception"
    assert body == _outcome(script.evaluate_condition_general, {"a": 1, "b": {}})[1]
