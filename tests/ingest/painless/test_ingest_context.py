"""The ingest script's own API: `metadata()` (IngestDocMetadata through the Metadata whitelist) and
`field(path)` (WriteField; SourceMapField in conditions), plus metadata writes through ctx.

Expected values follow Elasticsearch's sources: org.elasticsearch.script.ingest.txt (what is
whitelisted), script/Metadata.java (getters, setters, FieldProperty.check messages),
ingest/IngestDocMetadata.java (which keys are writable or nullable, the _version_type message),
script/field/WriteField.java (resolveDepthFlat, createDepth, append, move/overwrite, deduplicate via
a HashSet, removeValue, the IllegalArgumentException texts) and WriteScript.java (field() works on
the source map, without the metadata keys).
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_condition, run_script, script_error

from s1elastic.ingest.javatypes import JLong, ZonedDateTime
from s1elastic.ingest.painless import compile_script


def _doc(**source: Any) -> dict[str, Any]:
    """A document as _simulate builds it: _index/_id defaults and _version -3 (MATCH_ANY)."""
    return {"_index": "idx", "_id": "1", "_version": JLong(-3), **source}


# -- metadata() ---------------------------------------------------------------------------------

METADATA_READS = [
    ("index", "ctx.r = metadata().getIndex()", ("java.lang.String", "idx")),
    ("id", "ctx.r = metadata().getId()", ("java.lang.String", "1")),
    ("version_is_long", "ctx.r = metadata().getVersion()", ("java.lang.Long", "-3")),
    ("routing_absent", "ctx.r = metadata().getRouting()", ("null", "null")),
    ("version_type_absent", "ctx.r = metadata().getVersionType()", ("null", "null")),
    # Painless reads a getter as a field: metadata().index is getIndex()
    ("getter_shortcut", "ctx.r = metadata().index", ("java.lang.String", "idx")),
    ("def_receiver", "def m = metadata(); ctx.r = m.getId()", ("java.lang.String", "1")),
    ("typed_variable", "Metadata m = metadata(); ctx.r = m.getIndex()", ("java.lang.String", "idx")),
    ("instanceof", "ctx.r = metadata() instanceof Metadata", ("java.lang.Boolean", "true")),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in METADATA_READS], ids=[c[0] for c in METADATA_READS]
)
def test_metadata_reads(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source, _doc())["r"]) == expected


METADATA_WRITES = [
    ("set_index", "metadata().setIndex('other')", "_index", ("java.lang.String", "other")),
    ("set_id_null", "metadata().setId(null)", "_id", ("null", "null")),
    ("set_routing", "metadata().setRouting('r1')", "_routing", ("java.lang.String", "r1")),
    ("set_version_widens", "metadata().setVersion(9)", "_version", ("java.lang.Long", "9")),
    (
        "set_version_type",
        "metadata().setVersionType('external')",
        "_version_type",
        ("java.lang.String", "external"),
    ),
    ("def_setter", "def m = metadata(); m.setRouting('x')", "_routing", ("java.lang.String", "x")),
]


@pytest.mark.parametrize(
    ("source", "key", "expected"), [c[1:] for c in METADATA_WRITES], ids=[c[0] for c in METADATA_WRITES]
)
def test_metadata_writes(source: str, key: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source, _doc())[key]) == expected


METADATA_ERRORS = [
    # Metadata.put -> FieldProperty.check, the same texts as a ctx store
    (
        "bad_version_type",
        "metadata().setVersionType('nope')",
        "illegal_argument_exception",
        "_version_type must be a null or one of [internal, external, external_gte] but was [nope] "
        "with type [java.lang.String]",
    ),
    (
        "ctx_version_string",
        "ctx._version = 'x'",
        "illegal_argument_exception",
        "_version [x] is wrong type, expected assignable to [java.lang.Number], not [java.lang.String]",
    ),
    (
        "ctx_version_fraction",
        "ctx._version = 1.5",
        "illegal_argument_exception",
        "_version may only be set to an int or a long but was [1.5] with type [java.lang.Double]",
    ),
    ("ctx_version_null", "ctx._version = null", "illegal_argument_exception", "_version cannot be null"),
    (
        "ctx_version_remove",
        "ctx.remove('_version')",
        "illegal_argument_exception",
        "_version cannot be removed",
    ),
    (
        "ctx_index_int",
        "ctx._index = 5",
        "illegal_argument_exception",
        "_index [5] is wrong type, expected assignable to [java.lang.String], not [java.lang.Integer]",
    ),
    ("ctx_type_update", "ctx._type = 'x'", "illegal_argument_exception", "_type cannot be updated"),
]


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in METADATA_ERRORS], ids=[c[0] for c in METADATA_ERRORS]
)
def test_metadata_write_errors(source: str, kind: str, reason: str) -> None:
    exc = script_error(source, _doc())
    assert exc.reason == "runtime error"
    assert exc.error_body()["caused_by"] == {"type": kind, "reason": reason}


def test_type_cannot_be_removed() -> None:
    # _type is nullable but not writable: FieldProperty.check(REMOVE) says "cannot be removed"
    exc = script_error("ctx.remove('_type')", {**_doc(), "_type": "_doc"})
    assert exc.error_body()["caused_by"]["reason"] == "_type cannot be removed"


COMPILE_ERRORS = [
    # typed whitelist: setIndex(String), no other Metadata methods, metadata() takes no argument
    (
        "set_index_int",
        "metadata().setIndex(5)",
        "class_cast_exception",
        "Cannot cast from [int] to [java.lang.String].",
    ),
    (
        "unknown_method",
        "ctx.r = metadata().foo()",
        "illegal_argument_exception",
        "member method [org.elasticsearch.script.Metadata, foo/0] not found",
    ),
    (
        "metadata_args",
        "metadata(1)",
        "illegal_argument_exception",
        "Unknown call [metadata] with [1] arguments.",
    ),
    (
        "field_int",
        "ctx.r = field(5)",
        "class_cast_exception",
        "Cannot cast from [int] to [java.lang.String].",
    ),
    ("field_no_args", "field()", "illegal_argument_exception", "Unknown call [field] with [0] arguments."),
]


@pytest.mark.parametrize(
    ("source", "kind", "reason"), [c[1:] for c in COMPILE_ERRORS], ids=[c[0] for c in COMPILE_ERRORS]
)
def test_compile_errors(source: str, kind: str, reason: str) -> None:
    exc = script_error(source, _doc(), run=False)
    assert exc.reason == "compile error"
    assert exc.error_body()["caused_by"] == {"type": kind, "reason": reason}


def test_get_now_is_the_document_timestamp() -> None:
    now = ZonedDateTime.from_epoch_nanos(1_700_000_000_123_456_789)
    ctx = _doc()
    compile_script("ctx.r = metadata().getNow()").execute(ctx, now)
    assert ctx["r"] is now


def test_user_function_shadows_script_method() -> None:
    # visitCallLocal looks at the script's own functions first
    assert run_script("def field(def p) { return 'mine' } ctx.r = field('a')", _doc())["r"] == "mine"


def test_condition_has_no_metadata() -> None:
    # IngestConditionalScript whitelists field(String) only
    exc = script_error("metadata().getIndex() == 'idx'", _doc(), condition=True, run=False)
    assert exc.error_body()["caused_by"]["reason"] == "Unknown call [metadata] with [0] arguments."


# -- field(path) --------------------------------------------------------------------------------

FIELD_READS = [
    ("nested", "ctx.r = field('a.b').get(0)", {"a": {"b": 5}}, ("java.lang.Integer", "5")),
    ("missing_default", "ctx.r = field('x.y').get('d')", {}, ("java.lang.String", "d")),
    # the value null is a value: getOrDefault gives null, not the default
    ("null_value", "ctx.r = field('n').get('d')", {"n": None}, ("null", "null")),
    # resolveDepthFlat: a segment that is not a map makes the rest one key
    ("dotted_key", "ctx.r = field('a.b.c').get(0)", {"a": {"b.c": 7}}, ("java.lang.Integer", "7")),
    ("dotted_root_key", "ctx.r = field('d.e').get(0)", {"d.e": 8}, ("java.lang.Integer", "8")),
    # field() reads the source: metadata keys are not in it
    ("metadata_not_source", "ctx.r = field('_index').get('none')", {}, ("java.lang.String", "none")),
    ("exists_true", "ctx.r = field('a.b').exists()", {"a": {"b": None}}, ("java.lang.Boolean", "true")),
    ("exists_false", "ctx.r = field('a.c').exists()", {"a": {"b": 1}}, ("java.lang.Boolean", "false")),
    ("size_list", "ctx.r = field('l').size()", {"l": [1, 2, 3]}, ("java.lang.Integer", "3")),
    ("size_scalar", "ctx.r = field('s').size()", {"s": "x"}, ("java.lang.Integer", "1")),
    ("size_missing", "ctx.r = field('m').size()", {}, ("java.lang.Integer", "0")),
    ("is_empty", "ctx.r = field('m').isEmpty()", {}, ("java.lang.Boolean", "true")),
    ("index_in_list", "ctx.r = field('l').get(1, 0)", {"l": [4, 5]}, ("java.lang.Integer", "5")),
    ("index_past_end", "ctx.r = field('l').get(2, 0)", {"l": [4, 5]}, ("java.lang.Integer", "0")),
    ("index_zero_scalar", "ctx.r = field('s').get(0, 'd')", {"s": "v"}, ("java.lang.String", "v")),
    ("index_one_scalar", "ctx.r = field('s').get(1, 'd')", {"s": "v"}, ("java.lang.String", "d")),
    ("has_value", "ctx.r = field('l').hasValue(x -> x > 4)", {"l": [4, 5]}, ("java.lang.Boolean", "true")),
    ("has_value_missing", "ctx.r = field('m').hasValue(x -> true)", {}, ("java.lang.Boolean", "false")),
    ("name", "ctx.r = field('a.b').getName()", {}, ("java.lang.String", "a.b")),
    ("typed", "WriteField f = field('a'); ctx.r = f.get(1)", {"a": 2}, ("java.lang.Integer", "2")),
    ("instanceof", "ctx.r = field('a') instanceof WriteField", {}, ("java.lang.Boolean", "true")),
    (
        "for_each",
        "def out = []; for (def v : field('l')) { out.add(v) } ctx.r = out",
        {"l": [3, 1]},
        ("java.util.ArrayList", "[3, 1]"),
    ),
    (
        "iterator",
        "Iterator it = field('s').iterator(); ctx.r = it.next()",
        {"s": "v"},
        ("java.lang.String", "v"),
    ),
]


@pytest.mark.parametrize(
    ("source", "src", "expected"), [c[1:] for c in FIELD_READS], ids=[c[0] for c in FIELD_READS]
)
def test_field_reads(source: str, src: dict[str, Any], expected: tuple[str, str]) -> None:
    assert java(run_script(source, _doc(**src))["r"]) == expected


FIELD_WRITES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("set_creates_maps", "field('x.y').set(5)", {}, {"x": {"y": 5}}),
    ("set_existing", "field('a.b').set(5)", {"a": {"b": 1}}, {"a": {"b": 5}}),
    ("set_dotted_leaf", "field('a.b.c').set(2)", {"a": {"b.c": 1}}, {"a": {"b.c": 2}}),
    ("append_to_scalar", "field('a').append(2)", {"a": 1}, {"a": [1, 2]}),
    ("append_to_list", "field('a').append(2)", {"a": [1]}, {"a": [1, 2]}),
    ("append_to_missing", "field('x.y').append(2)", {}, {"x": {"y": [2]}}),
    ("append_to_null", "field('a').append(2)", {"a": None}, {"a": [2]}),
    ("remove", "field('a.b').remove()", {"a": {"b": 1, "c": 2}}, {"a": {"c": 2}}),
    ("remove_missing", "field('x.y').remove()", {"a": 1}, {"a": 1}),
    ("move", "field('a').move('m.n')", {"a": 1}, {"m": {"n": 1}}),
    ("move_to_empty", "field('a').move('b')", {"a": 1, "b": []}, {"b": 1}),
    ("overwrite", "field('a').overwrite('b')", {"a": 1, "b": 2}, {"b": 1}),
    # a missing source removes the destination
    ("overwrite_missing", "field('x').overwrite('b')", {"b": 2}, {}),
    ("move_to_field", "field('a').move(field('c.d'))", {"a": 1}, {"c": {"d": 1}}),
    ("transform_list", "field('l').transform(x -> x * 10)", {"l": [1, 2]}, {"l": [10, 20]}),
    ("transform_scalar", "field('s').transform(x -> x + '!')", {"s": "a"}, {"s": "a!"}),
    ("remove_values_if", "field('l').removeValuesIf(x -> x == 3)", {"l": [3, 1, 3]}, {"l": [1]}),
    ("remove_values_if_scalar", "field('s').removeValuesIf(x -> true)", {"s": 1}, {}),
    # empty lists are kept
    ("remove_values_keeps_list", "field('l').removeValuesIf(x -> true)", {"l": [1]}, {"l": []}),
    ("remove_value", "field('l').removeValue(1)", {"l": [3, 1, 2]}, {"l": [3, 2]}),
    ("remove_value_past_end", "field('l').removeValue(5)", {"l": [3]}, {"l": [3]}),
    ("remove_value_scalar", "field('s').removeValue(0)", {"s": 1}, {}),
    # new HashSet<>(list): Integer hash order, not list order
    ("deduplicate", "field('l').deduplicate()", {"l": [3, 1, 3, 2]}, {"l": [1, 2, 3]}),
    # Strings: HashMap bucket order of "b" (98), "a" (97), "c" (99) in a 16-bucket table
    ("deduplicate_strings", "field('l').deduplicate()", {"l": ["c", "b", "a", "b"]}, {"l": ["a", "b", "c"]}),
    ("chained", "field('x').set(1).append(2)", {}, {"x": [1, 2]}),
]


@pytest.mark.parametrize(
    ("source", "src", "expected"), [c[1:] for c in FIELD_WRITES], ids=[c[0] for c in FIELD_WRITES]
)
def test_field_writes(source: str, src: dict[str, Any], expected: dict[str, Any]) -> None:
    assert run_script(source, _doc(**src)) == _doc(**expected)


FIELD_ERRORS = [
    # createDepth: a segment holding anything but a map
    (
        "segment_not_map",
        "field('a.b.c').set(1)",
        {"a": {"b": 1}},
        "Segment [1:'b'] has value [1] of type [java.lang.Integer]",
    ),
    ("segment_null", "field('a.b').set(1)", {"a": None}, "Segment [0:'a'] has value [null] of type [null]"),
    ("move_non_empty", "field('a').move('b')", {"a": 1, "b": 2}, "Cannot move to non-empty destination [b]"),
    (
        "move_bad_argument",
        "field('a').move(5)",
        {"a": 1},
        "Cannot call move with [5], must be String or WriteField, not [java.lang.Integer]",
    ),
    (
        "overwrite_null",
        "field('a').overwrite(null)",
        {"a": 1},
        "Cannot call overwrite with [null], must be String or WriteField, not [null]",
    ),
]


@pytest.mark.parametrize(
    ("source", "src", "reason"), [c[1:] for c in FIELD_ERRORS], ids=[c[0] for c in FIELD_ERRORS]
)
def test_field_errors(source: str, src: dict[str, Any], reason: str) -> None:
    exc = script_error(source, _doc(**src))
    assert exc.error_body()["caused_by"] == {"type": "illegal_argument_exception", "reason": reason}


def test_field_list_index_out_of_range() -> None:
    # List.get / List.remove with a negative index (the index < size test lets it through)
    exc = script_error("field('l').removeValue(-1)", _doc(l=[1, 2]))
    assert exc.error_body()["caused_by"] == {
        "type": "index_out_of_bounds_exception",
        "reason": "Index -1 out of bounds for length 2",
    }


CONDITION_FIELDS = [
    ("get", "field('a.b').get(0) == 5", {"a": {"b": 5}}, True),
    ("exists", "field('a.c').exists()", {"a": {"b": 5}}, False),
    ("has_value", "field('l').hasValue(x -> x == 'y')", {"l": ["x", "y"]}, True),
    ("indexed", "field('l').get(1, null) == 'y'", {"l": ["x", "y"]}, True),
]


@pytest.mark.parametrize(
    ("source", "src", "expected"), [c[1:] for c in CONDITION_FIELDS], ids=[c[0] for c in CONDITION_FIELDS]
)
def test_condition_field(source: str, src: dict[str, Any], expected: bool) -> None:
    # newest IngestConditionalScript: field(String) is a read-only SourceMapField
    assert run_condition(source, _doc(**src)) is expected


def test_condition_field_is_read_only() -> None:
    exc = script_error("field('a').set(1); return true", _doc(a=1), condition=True, run=False)
    assert exc.error_body()["caused_by"] == {
        "type": "illegal_argument_exception",
        "reason": "member method [org.elasticsearch.script.field.SourceMapField, set/1] not found",
    }


def test_simulate_script_metadata_and_now() -> None:
    """Through the script processor: getNow() is the document's `_ingest.timestamp` (the same
    object: IngestDocument copies a ZonedDateTime by reference), setters show in the simulate
    response's metadata (as strings), field().set writes the source."""
    from s1elastic.ingest.pipeline import Pipeline
    from s1elastic.ingest.simulate import simulate

    # the script cannot read _ingest: copy the timestamp into the source first
    pipeline = Pipeline.load(
        {
            "processors": [
                {"set": {"field": "ts", "copy_from": "_ingest.timestamp"}},
                {
                    "script": {
                        "source": "ctx.same = metadata().getNow() === ctx.ts; metadata().setRouting('r');"
                        " metadata().setVersion(4); field('x.y').set(1)"
                    }
                },
                {"remove": {"field": "ts"}},
            ]
        }
    )
    status, response = simulate(pipeline, {"docs": [{"_source": {}}]})
    assert status == 200
    doc = response["docs"][0]["doc"]
    assert doc["_source"] == {"same": True, "x": {"y": 1}}
    assert (doc["_routing"], doc["_version"]) == ("r", "4")
