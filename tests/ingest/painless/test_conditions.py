"""`if` conditions: results, the read-only ctx, and non-boolean results."""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import run_condition

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import compile_script

DOC = {
    "sentinel_one": {"alert": {"severity": "HIGH", "count": JLong(3)}},
    "event": {"kind": "alert"},
    "tags": ["a", "b"],
    "message": "hello world",
    "n": 5,
}

CONDITIONS: list[tuple[str, str, bool]] = [
    ("null_safe_present", "ctx.sentinel_one?.alert?.severity != null", True),
    ("null_safe_missing", "ctx.missing?.alert?.severity != null", False),
    ("eq_and_instanceof", "ctx.event?.kind == 'alert' && ctx.tags instanceof List", True),
    ("eq_string_false", "ctx.event?.kind == 'event'", False),
    ("long_vs_int", "ctx.sentinel_one.alert.count == 3", True),
    ("gt", "ctx.n > 4", True),
    ("contains", "ctx.message.contains('world')", True),
    ("list_contains", "ctx.tags.contains('b')", True),
    ("map_contains_key", "ctx.containsKey('tags')", True),
    ("regex", "ctx.message =~ /^hel+o/", True),
    ("not", "!(ctx.n == 5)", False),
    ("or_short_circuit", "ctx.n == 5 || ctx.missing.x == 1", True),
    ("and_short_circuit", "ctx.n == 4 && ctx.missing.x == 1", False),
    ("elvis", "(ctx.missing ?: 'x') == 'x'", True),
    ("return_statement", "if (ctx.n > 1) { return true; } return false;", True),
    ("no_return_is_false", "if (ctx.n > 100) { return true; }", False),
    ("local_var", "def s = ctx.sentinel_one; return s.alert.severity == 'HIGH'", True),
    ("loop", "for (def t : ctx.tags) { if (t == 'b') { return true } } return false", True),
    ("params", "ctx.n == params.want", True),
    ("local_list_mutation_allowed", "def l = new ArrayList(); l.add(1); return l.size() == 1", True),
    ("copy_mutation_allowed", "def l = new ArrayList(ctx.tags); l.add('c'); return l.size() == 3", True),
    ("empty_getter", "ctx.tags.empty", False),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CONDITIONS], ids=[c[0] for c in CONDITIONS])
def test_condition(source: str, expected: bool) -> None:
    assert run_condition(source, DOC, params={"want": 5}) is expected


WRITES = [
    ("field_store", "ctx.a = 1"),
    ("nested_store", "ctx.event.kind = 'x'; return true"),
    ("list_add", "ctx.tags.add('x')"),
    ("list_index_store", "ctx.tags[0] = 'x'; return true"),
    ("map_put", "ctx.put('x', 1); return true"),
    ("map_remove", "ctx.remove('n') != null"),
    ("alias_mutation", "def t = ctx.tags; t.clear(); return true"),
    ("remove_if", "ctx.tags.removeIf(t -> true)"),
    ("compound", "ctx.n += 1; return true"),
    ("keyset_remove", "ctx.keySet().remove('n')"),
]


@pytest.mark.parametrize("source", [w[1] for w in WRITES], ids=[w[0] for w in WRITES])
def test_condition_ctx_is_read_only(source: str) -> None:
    doc: dict[str, Any] = {"event": {"kind": "a"}, "tags": ["a"], "n": 1}
    with pytest.raises(ScriptException) as info:
        compile_script(source, condition=True).evaluate_condition(doc)
    body = info.value.to_xcontent()
    assert body["reason"] == "runtime error"
    assert body["caused_by"] == {
        "type": "unsupported_operation_exception",
        "reason": "Mutating ingest documents in conditionals is not supported",
    }
    assert doc == {"event": {"kind": "a"}, "tags": ["a"], "n": 1}


def test_same_script_can_write_outside_conditions() -> None:
    doc: dict[str, Any] = {"tags": ["a"]}
    compile_script("ctx.tags.add('x')").execute(doc)
    assert doc == {"tags": ["a", "x"]}


def test_non_boolean_def_result() -> None:
    with pytest.raises(ScriptException) as info:
        compile_script("ctx.message", condition=True).evaluate_condition({"message": "x"})
    assert info.value.to_xcontent()["caused_by"] == {
        "type": "class_cast_exception",
        "reason": "cannot cast def [java.lang.String] to boolean",
    }


def test_null_def_result() -> None:
    with pytest.raises(ScriptException) as info:
        compile_script("ctx.missing", condition=True).evaluate_condition({})
    assert info.value.to_xcontent()["caused_by"]["type"] == "null_pointer_exception"


def test_non_boolean_static_result_is_a_compile_error() -> None:
    with pytest.raises(ScriptException) as info:
        compile_script("'abc'", condition=True)
    body = info.value.to_xcontent()
    assert body["reason"] == "compile error"
    assert body["caused_by"] == {
        "type": "class_cast_exception",
        "reason": "Cannot cast from [java.lang.String] to [boolean].",
    }


def test_condition_result_is_python_bool() -> None:
    assert compile_script("ctx.n == 5", condition=True).evaluate_condition({"n": 5}) is True
