"""Field paths and document access, with Elasticsearch's path errors (ingest-semantics §2.1, §2.2)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.javatypes import JavaSet, JLong


def make(source: dict[str, Any]) -> IngestDocument:
    return IngestDocument.from_source(deep_copy(source))


SOURCE = {"a": {"b": [1, {"c": "x"}], "n": None, "s": "str"}, "top": 5}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("top", 5),
        ("a.b.0", 1),
        ("a.b.1.c", "x"),
        ("_source.top", 5),
        ("a.n", None),
        ("_index", "_index"),
        ("_version", -3),
    ],
)
def test_get(path: str, expected: Any) -> None:
    assert make(SOURCE).get(FieldPath.of(path)) == expected


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("nope", "field [nope] not present as part of path [nope]"),
        ("a.q", "field [q] not present as part of path [a.q]"),
        ("a.n.x", "cannot resolve [x] from null as part of path [a.n.x]"),
        ("a.s.x", "cannot resolve [x] from object of type [java.lang.String] as part of path [a.s.x]"),
        ("a.b.x", "[x] is not an integer, cannot be used as an index as part of path [a.b.x]"),
        ("a.b.2", "[2] is out of bounds for array with length [2] as part of path [a.b.2]"),
        ("a.b.-1", "[-1] is out of bounds for array with length [2] as part of path [a.b.-1]"),
        ("_ingest.nope", "field [nope] not present as part of path [_ingest.nope]"),
    ],
)
def test_get_errors(path: str, message: str) -> None:
    doc = make(SOURCE)
    with pytest.raises(IllegalArgumentException) as info:
        doc.get(FieldPath.of(path))
    assert info.value.reason == message
    assert doc.get(FieldPath.of(path), ignore_missing=True) is MISSING


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("", "path cannot be null nor empty"),
        ("_ingest.", "path [_ingest.] is not valid"),
        ("a..b", "fieldName cannot be empty"),
    ],
)
def test_invalid_paths(path: str, message: str) -> None:
    with pytest.raises(IllegalArgumentException) as info:
        FieldPath(path)
    assert info.value.reason == message


@pytest.mark.parametrize(
    ("path", "value", "after"),
    [
        ("new", 1, {"new": 1}),
        ("x.y.z", 1, {"x": {"y": {"z": 1}}}),
        ("a.b.0", 9, {"a": {"b": [9]}}),
        ("a.b.0.c", 9, {"a": {"b": [{"c": 9}]}}),
    ],
)
def test_set(path: str, value: Any, after: dict[str, Any]) -> None:
    source: dict[str, Any] = {"a": {"b": [1]}} if path.startswith("a.b.0") and "c" not in path else {}
    if path == "a.b.0.c":
        source = {"a": {"b": [{}]}}
    doc = make(source)
    doc.set(FieldPath.of(path), value)
    assert doc.source_fields() == after


@pytest.mark.parametrize(
    ("source", "path", "message"),
    [
        ({"a": None}, "a.b", "cannot set [b] with null parent as part of path [a.b]"),
        ({"a": None}, "a.b.c", "cannot resolve [b] from null as part of path [a.b.c]"),
        (
            {"a": 1},
            "a.b",
            "cannot set [b] with parent object of type [java.lang.Integer] as part of path [a.b]",
        ),
        (
            {"a": "s"},
            "a.b.c",
            "cannot resolve [b] from object of type [java.lang.String] as part of path [a.b.c]",
        ),
        ({"a": [1]}, "a.3", "[3] is out of bounds for array with length [1] as part of path [a.3]"),
    ],
)
def test_set_errors(source: dict[str, Any], path: str, message: str) -> None:
    with pytest.raises(IllegalArgumentException) as info:
        make(source).set(FieldPath.of(path), 1)
    assert info.value.reason == message


@pytest.mark.parametrize(
    ("source", "value", "allow_duplicates", "after"),
    [
        ({}, 1, True, [1]),
        ({}, [1, 2], True, [1, 2]),
        ({"f": 1}, 2, True, [1, 2]),
        ({"f": [1]}, [1, 2], True, [1, 1, 2]),
        ({"f": [1]}, [1, 2], False, [1, 2]),
        ({"f": 1}, 1, False, 1),  # nothing added: a scalar stays a scalar
        ({"f": [1]}, JLong(1), False, [1, 1]),  # Integer 1 does not equal Long 1
        ({"f": None}, 1, True, [None, 1]),
    ],
)
def test_append(source: dict[str, Any], value: Any, allow_duplicates: bool, after: Any) -> None:
    doc = make(source)
    doc.append(FieldPath.of("f"), value, allow_duplicates)
    assert doc.source["f"] == after


@pytest.mark.parametrize(
    ("source", "path", "message"),
    [
        ({}, "f", "field [f] not present as part of path [f]"),
        ({"a": None}, "a.b", "cannot remove [b] from null as part of path [a.b]"),
        ({"a": 1}, "a.b", "cannot remove [b] from object of type [java.lang.Integer] as part of path [a.b]"),
        ({}, "_version", "_version cannot be removed"),
    ],
)
def test_remove_errors(source: dict[str, Any], path: str, message: str) -> None:
    doc = make(source)
    with pytest.raises(IllegalArgumentException) as info:
        doc.remove(FieldPath.of(path))
    assert info.value.reason == message


def test_remove_list_element_and_ignore_missing() -> None:
    doc = make({"a": [1, 2, 3]})
    doc.remove(FieldPath.of("a.1"))
    doc.remove(FieldPath.of("nope.deeper"), ignore_missing=True)
    assert doc.source_fields() == {"a": [1, 3]}


@pytest.mark.parametrize(
    ("path", "present"),
    [("a", True), ("a.n", True), ("a.b.1.c", True), ("a.b.5", False), ("a.s.x", False), ("zz", False)],
)
def test_has(path: str, present: bool) -> None:
    assert make(SOURCE).has(FieldPath.of(path)) is present


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "_id",
            1,
            "_id [1] is wrong type, expected assignable to [java.lang.String], not [java.lang.Integer]",
        ),
        (
            "_version",
            1.5,
            "_version may only be set to an int or a long but was [1.5] with type [java.lang.Double]",
        ),
        ("_version", None, "_version cannot be null"),
        (
            "_version",
            1e19,
            "_version may only be set to an int or a long but was [1.0E19] with type [java.lang.Double]",
        ),
        ("_type", "x", "_type cannot be updated"),
        (
            "_if_seq_no",
            1.5,
            "_if_seq_no may only be set to an int or a long but was [1.5] with type [java.lang.Double]",
        ),
        (
            "_if_primary_term",
            "7",
            "_if_primary_term [7] is wrong type, expected assignable to [java.lang.Number], "
            "not [java.lang.String]",
        ),
        # VersionType.fromString is exact and case-sensitive
        (
            "_version_type",
            "INTERNAL",
            "_version_type must be a null or one of [internal, external, external_gte] but was "
            "[INTERNAL] with type [java.lang.String]",
        ),
    ],
)
def test_metadata_validation(key: str, value: Any, message: str) -> None:
    with pytest.raises(IllegalArgumentException) as info:
        make({}).set(FieldPath.of(key), value)
    assert info.value.reason == message


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("_version_type", "external_gt"),
        ("_version_type", "external_gte"),
        ("_if_seq_no", 3.0),
        ("_version", 2.0),
    ],
)
def test_metadata_accepted(key: str, value: Any) -> None:
    doc = make({})
    doc.set(FieldPath.of(key), value)
    assert doc.source[key] == value


def test_metadata_is_kept_apart_from_source() -> None:
    doc = make({"f": 1})
    doc.set(FieldPath.of("_id"), "abc")
    doc.set(FieldPath.of("_version"), 7)
    assert doc.source_fields() == {"f": 1}
    assert doc.metadata() == {"_index": "_index", "_version": 7, "_id": "abc"}
    assert isinstance(doc.source["_version"], JLong)


def test_ingest_map_paths() -> None:
    doc = make({})
    doc.set(FieldPath.of("_ingest.x.y"), 1)
    assert doc.get(FieldPath.of("_ingest.x.y")) == 1
    assert "x" not in doc.source


# -- the plain-dict fast walks must agree with the general walk ----------------------------------

_KEYS = ["a", "b", "0", "1", "-1", "x", "_index", "_version", "_type", "_id", "_routing"]
_LEAVES = st.none() | st.integers(-3, 3) | st.sampled_from(["", "s"])
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.lists(inner, max_size=2).map(JavaSet)
        | st.dictionaries(st.sampled_from(_KEYS[:6]), inner, max_size=3)
    ),
    max_leaves=10,
)
_SOURCES = st.dictionaries(st.sampled_from(_KEYS[:6]), _VALUES, max_size=4)
_PATHS = (
    st.lists(st.sampled_from(_KEYS), min_size=1, max_size=4)
    .map(".".join)
    .flatmap(lambda rest: st.sampled_from([rest, "_ingest." + rest, "_source." + rest]))
)


def _attempt(action: Any) -> Any:
    try:
        return ("ok", action())
    except IllegalArgumentException as exc:
        return ("error", str(exc))


def _twins(source: dict[str, Any], ingest: dict[str, Any]) -> tuple[IngestDocument, IngestDocument]:
    def one() -> IngestDocument:
        return IngestDocument({**deep_copy(source), "_index": "i", "_version": JLong(1)}, deep_copy(ingest))

    return one(), one()


def _state(doc: IngestDocument) -> Any:
    return repr(doc.source), repr(doc.ingest)


@settings(max_examples=800, deadline=None)
@given(source=_SOURCES, ingest=_SOURCES, raw=_PATHS, flag=st.booleans(), value=_LEAVES)
def test_fast_walks_agree_with_general_walk(
    source: dict[str, Any], ingest: dict[str, Any], raw: str, flag: bool, value: Any
) -> None:
    path = FieldPath.of(raw)
    fast, slow = _twins(source, ingest)
    assert _attempt(lambda: fast.get(path, flag)) == _attempt(lambda: slow._get_slow(path, flag))
    assert _attempt(lambda: fast.has(path, flag)) == _attempt(lambda: slow._has_slow(path, flag))
    assert _attempt(lambda: fast.remove(path, flag)) == _attempt(lambda: slow._remove_slow(path, flag))
    assert _state(fast) == _state(slow)
    fast, slow = _twins(source, ingest)
    put = _attempt(lambda: slow._put(path, value, append=False, allow_duplicates=True))
    assert _attempt(lambda: fast.set(path, value)) == put
    assert _state(fast) == _state(slow)
    fast, slow = _twins(source, ingest)
    appended = [value, value] if flag else value  # a list appends each element
    put = _attempt(
        lambda: slow._put(path, appended, append=True, allow_duplicates=flag, ignore_empty=not flag)
    )
    assert _attempt(lambda: fast.append(path, appended, flag, not flag)) == put
    assert _state(fast) == _state(slow)
