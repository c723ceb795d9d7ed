"""The ingest script's field API beyond test_ingest_context.py: WriteField.doc()/doc(int)/docs() and
NestedDocument (org.elasticsearch.script.ingest.txt of 8.x/9.x), and what the ingest context lacks.

Expected behaviour follows script/field/WriteField.java (getDocsAsList, doc, doc(int), docs and its
iterators, set/append refusing a NestedDocument, remove(Object) by reference, iterator()) and
script/field/NestedDocument.java (field() rooted at the nested map, fields() unimplemented,
exists() = the parent's exists(), remove() through the parent). JDK texts: ArrayList(int) with a
negative capacity is "Illegal Capacity: -1"; ArrayList.get(-1) is "Index -1 out of bounds for length
0"; a failed checkcast names both classes and their module.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import run_condition, run_script, script_error

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

ISE, IAE, NPE = "illegal_state_exception", "illegal_argument_exception", "null_pointer_exception"
IOOBE, CCE, UOE = "index_out_of_bounds_exception", "class_cast_exception", "unsupported_operation_exception"

# (id, script, ctx before, ctx after): ctx holds only source keys here
RESULTS: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    (
        "docs_over_list",
        "for (def d : field('a').docs()) { d.field('z').set(3) }",
        {"a": [{"x": 1}, {"y": 2}]},
        {"a": [{"x": 1, "z": 3}, {"y": 2, "z": 3}]},
    ),
    (
        "docs_over_one_map",
        "for (def d : field('a').docs()) { d.field('z').set(3) }",
        {"a": {"x": 1}},
        {"a": {"x": 1, "z": 3}},
    ),
    ("docs_missing_is_empty", "int n = 0; for (def d : field('a').docs()) { n++ } ctx.n = n", {}, {"n": 0}),
    ("doc_on_missing_sets_a_map", "field('a').doc().field('b.c').set(1)", {}, {"a": {"b": {"c": 1}}}),
    (
        "doc_on_map_makes_a_list",
        "field('a').doc().field('y').set(2)",
        {"a": {"x": 1}},
        {"a": [{"x": 1}, {"y": 2}]},
    ),
    ("doc_on_list_appends", "field('a').doc()", {"a": [{"x": 1}]}, {"a": [{"x": 1}, {}]}),
    ("doc_index_pads_with_maps", "field('a').doc(2).field('k').set('v')", {}, {"a": [{}, {}, {"k": "v"}]}),
    ("doc_index_zero_on_missing", "field('a').doc(0).field('k').set('v')", {}, {"a": {"k": "v"}}),
    (
        "doc_index_existing",
        "field('a').doc(1).field('k').set('v')",
        {"a": [{}, {"j": 1}]},
        {"a": [{}, {"j": 1, "k": "v"}]},
    ),
    (
        "doc_index_on_map",
        "field('a').doc(0).field('k').set('v')",
        {"a": {"x": 1}},
        {"a": [{"x": 1, "k": "v"}]},
    ),
    (
        "nested_size_empty_exists",
        "def d = field('a').doc(); d.field('q').set(1); ctx.r = [d.size(), d.isEmpty(), d.exists()]",
        {},
        {"a": {"q": 1}, "r": [1, False, True]},
    ),
    # inside a nested document, `_id` and friends are plain keys, not ctx metadata
    ("nested_metadata_names_are_keys", "field('n').doc().field('_id').set(5)", {}, {"n": {"_id": 5}}),
    # remove() takes this very map out of a list (by reference, not equals)
    (
        "nested_remove_from_list",
        "field('a').doc(1).remove()",
        {"a": [{}, {}, {"x": 1}]},
        {"a": [{}, {"x": 1}]},
    ),
    # doc(0) first turns the map into a one-element list, so remove() leaves an empty list
    (
        "nested_remove_after_doc_index",
        "def d = field('a').doc(0); d.remove(); ctx.r = d.exists()",
        {"a": {"x": 1}},
        {"a": [], "r": True},
    ),
    # a single map seen through docs() is removed with its key
    (
        "nested_remove_single_map",
        "for (def d : field('a').docs()) { d.remove() }",
        {"a": {"x": 1}, "b": 1},
        {"b": 1},
    ),
    (
        "docs_map_iterator_remove",
        "def it = field('a').docs().iterator(); it.next(); ctx.r = it.hasNext()",
        {"a": {"x": 1}},
        {"a": {"x": 1}, "r": False},
    ),
    (
        "move_into_nested_document",
        "def d = field('a').doc(); field('b').move(d.field('x'))",
        {"b": 7},
        {"a": {"x": 7}},
    ),
    (
        "typed_nested_document",
        "NestedDocument d = field('a').doc(); WriteField w = d.field('q'); w.set(1); ctx.r = d.size()",
        {},
        {"a": {"q": 1}, "r": 1},
    ),
    # WriteField.iterator(): the list's own iterator, so remove() removes from the list
    (
        "field_iterator_remove_on_list",
        "def it = field('a').iterator(); it.next(); it.remove()",
        {"a": [1, 2]},
        {"a": [2]},
    ),
]

ERRORS = [
    ("doc_on_scalar", "field('a').doc()", {"a": "str"}, ISE,
     "Unexpected value [str] of type [java.lang.String] at path [a], expected Map or List of Map"),
    ("doc_on_null", "field('a').doc()", {"a": None}, ISE,
     "Unexpected value [null] of type [null] at path [a], expected Map or List of Map"),
    ("docs_on_scalar", "field('a').docs()", {"a": 5}, ISE,
     "Unexpected value [5] of type [java.lang.Integer] at [a] for docs()"),
    ("docs_on_null", "field('a').docs()", {"a": None}, ISE, "Unexpected value [null] of type [null] at [a] for docs()"),
    ("docs_list_element", "for (def d : field('a').docs()) { d.size() }", {"a": [{}, "b"]}, ISE,
     "Unexpected value [b] of type [java.lang.String] at [a] and index [1] for docs() iterator"),
    ("set_nested_document", "def d = field('a').doc(); field('b').set(d)", {}, IAE,
     "cannot set NestedDocument [{}] as path [b]"),
    ("append_nested_document", "def d = field('a').doc(); field('b').append(d)", {}, IAE,
     "cannot append NestedDocument [{}] to path [b]"),
    ("doc_negative_capacity", "field('a').doc(-2)", {}, IAE, "Illegal Capacity: -1"),
    ("doc_minus_one", "field('a').doc(-1)", {}, IOOBE, "Index -1 out of bounds for length 0"),
    ("doc_index_not_a_map", "field('a').doc(0)", {"a": [1]}, CCE,
     "class java.lang.Integer cannot be cast to class java.util.Map "
     "(java.lang.Integer and java.util.Map are in module java.base of loader 'bootstrap')"),
    ("doc_index_null_element", "field('a').doc(0)", {"a": [None]}, NPE, None),
    ("nested_fields_unimplemented", "field('a').doc().fields('*')", {}, UOE, "unimplemented"),
    ("nested_field_null_path", "field('a').doc().field(null)", {}, NPE,
     'Cannot invoke "String.indexOf(int)" because "this.path" is null'),
    ("move_nested_document", "field('a').move(field('b').doc())", {}, IAE, None),
    ("field_iterator_remove_on_single", "def it = field('a').iterator(); it.next(); it.remove()", {"a": 1}, UOE, None),
]  # fmt: skip


@pytest.mark.parametrize(("source", "ctx", "after"), [r[1:] for r in RESULTS], ids=[r[0] for r in RESULTS])
def test_result(source: str, ctx: dict[str, Any], after: dict[str, Any]) -> None:
    assert run_script(source, ctx) == after


@pytest.mark.parametrize(
    ("source", "ctx", "kind", "reason"), [r[1:] for r in ERRORS], ids=[r[0] for r in ERRORS]
)
def test_error(source: str, ctx: dict[str, Any], kind: str, reason: str | None) -> None:
    body = script_error(source, ctx).to_xcontent()
    assert body["reason"] == "runtime error"
    assert body["caused_by"]["type"] == kind
    if reason is not None:
        assert body["caused_by"].get("reason") == reason


def test_move_refuses_a_nested_document_by_class_name() -> None:
    reason = script_error("field('a').move(field('b').doc())").to_xcontent()["caused_by"]["reason"]
    assert reason.startswith("Cannot call move with [org.elasticsearch.script.field.NestedDocument@")
    assert reason.endswith(
        "], must be String or WriteField, not [org.elasticsearch.script.field.NestedDocument]"
    )


def test_docs_iterates_lazily() -> None:
    # next() checks each element when it gets there: the maps before a bad element are changed
    ctx: dict[str, Any] = {"a": [{"x": 1}, "b"]}
    with pytest.raises(ScriptException):
        compile_script("for (def d : field('a').docs()) { d.field('z').set(3) }").execute(ctx)
    assert ctx == {"a": [{"x": 1, "z": 3}, "b"]}


def test_append_of_a_nested_document_leaves_the_list_alone() -> None:
    ctx: dict[str, Any] = {"b": [1]}
    with pytest.raises(ScriptException):
        compile_script("def d = field('a').doc(); field('b').append(d)").execute(ctx)
    assert ctx == {"a": {}, "b": [1]}


def test_set_creates_the_path_before_refusing_a_nested_document() -> None:
    # setLeaf() runs first, so the missing parents exist when the refusal comes
    ctx: dict[str, Any] = {}
    with pytest.raises(ScriptException):
        compile_script("def d = field('a').doc(); field('p.q').set(d)").execute(ctx)
    assert ctx == {"a": {}, "p": {}}


def test_docs_is_an_iterable_not_a_collection() -> None:
    assert script_error("ctx.r = field('a').docs().size()", run=False).to_xcontent()["caused_by"] == {
        "type": IAE,
        "reason": "member method [java.lang.Iterable, size/0] not found",
    }


def test_condition_field_has_no_doc() -> None:
    # conditions get a SourceMapField (processor_conditional.txt): read-only, no nested documents
    error = script_error("field('a').doc() != null", condition=True, run=False).to_xcontent()
    assert (
        error["caused_by"]["reason"]
        == "member method [org.elasticsearch.script.field.SourceMapField, doc/0] not found"
    )
    assert run_condition("field('a').exists()", {"a": {"x": 1}}) is True


# What the ingest context does not have: no doc values, no score, no emit, no runtime-field `$`.
MISSING_IN_INGEST = [
    ("_score", "cannot resolve symbol [_score]"),
    ("doc", "cannot resolve symbol [doc]"),
    ("def v = doc['a'].value", "cannot resolve symbol [doc]"),
    ("ctx.r = _score", "cannot resolve symbol [_score]"),
    ("emit(1)", "Unknown call [emit] with [1] arguments."),
    ("ctx.r = getScore()", "Unknown call [getScore] with [0] arguments."),
    ("ctx.r = metadata().getIndex() + field('a').get('')", None),  # both exist: compiles
]


@pytest.mark.parametrize(("source", "reason"), MISSING_IN_INGEST, ids=[r[0] for r in MISSING_IN_INGEST])
def test_missing_in_ingest(source: str, reason: str | None) -> None:
    if reason is None:
        compile_script(source)
        return
    body = script_error(source, run=False).to_xcontent()
    assert (body["reason"], body["caused_by"]["type"], body["caused_by"]["reason"]) == (
        "compile error",
        IAE,
        reason,
    )
