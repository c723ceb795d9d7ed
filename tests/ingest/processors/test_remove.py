"""remove: fields, templates, lists, ignore_missing, keep, metadata."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_error

from s1elastic.ingest.document import FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.errors import ClassCastException, JavaException
from s1elastic.ingest.javatypes import JLong

SOURCE = {"a": 1, "b": {"c": 2, "d": 3}, "e": [{"f": 1}], "name": "b"}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param({"field": "a"}, {"b": {"c": 2, "d": 3}, "e": [{"f": 1}], "name": "b"}, id="one"),
        pytest.param({"field": ["a", "b.c"]}, {"b": {"d": 3}, "e": [{"f": 1}], "name": "b"}, id="list"),
        pytest.param(
            {"field": "{{name}}.d"}, {"a": 1, "b": {"c": 2}, "e": [{"f": 1}], "name": "b"}, id="template"
        ),
        pytest.param(
            {"field": "e.0"}, {"a": 1, "b": {"c": 2, "d": 3}, "e": [], "name": "b"}, id="list-element"
        ),
        pytest.param(
            {"field": ["x", "a"], "ignore_missing": True},
            {"b": {"c": 2, "d": 3}, "e": [{"f": 1}], "name": "b"},
            id="im",
        ),
        pytest.param({"keep": "b.c"}, {"b": {"c": 2}}, id="keep-descendant"),
        pytest.param({"keep": ["b", "name"]}, {"b": {"c": 2, "d": 3}, "name": "b"}, id="keep-ancestor"),
        pytest.param({"keep": "e"}, {"e": [{"f": 1}]}, id="keep-list"),
    ],
)
def test_remove(options: dict[str, Any], expected: dict[str, Any]) -> None:
    assert run("remove", options, SOURCE) == expected


def test_keep_leaves_metadata() -> None:
    from processor_helpers import run_doc

    doc = run_doc("remove", {"keep": "a"}, SOURCE)
    assert doc.source == {"a": 1, "_index": "_index", "_id": "_id", "_version": -3}


@pytest.mark.parametrize(
    ("options", "error"),
    [
        pytest.param({"field": "x"}, iae("field [x] not present as part of path [x]"), id="missing"),
        pytest.param(
            {"field": "e.3"},
            iae("[3] is out of bounds for array with length [1] as part of path [e.3]"),
            id="oob",
        ),
        pytest.param({"field": "_version"}, iae("_version cannot be removed"), id="version"),
    ],
)
def test_errors(options: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("remove", options, SOURCE) == error


def test_config_errors() -> None:
    assert config_error("remove", {}) == parse_error("[keep] or [field] must be specified", "keep", "remove")
    assert config_error("remove", {"field": "a", "keep": "b"}) == parse_error(
        "[keep] and [field] cannot both be used in the same processor", "keep", "remove"
    )
    assert config_error("remove", {"field": None}) == parse_error(
        "[field] required property is missing", "field", "remove"
    )
    with pytest.raises(ClassCastException):
        build("remove", {"field": ["a", 1]})


# -- the one-walk fast path must agree with has/get/remove/set ------------------------------------

_KEYS = ["a", "b", "0", "1", "_index", "_version", "_id"]
_VALUES = st.recursive(
    st.none() | st.integers(0, 2) | st.just(""),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_KEYS[:4]), inner, max_size=3)
    ),
    max_leaves=8,
)
_SOURCES = st.dictionaries(st.sampled_from(_KEYS[:4]), _VALUES, max_size=4)
_PATHS = (
    st.lists(st.sampled_from(_KEYS), min_size=1, max_size=3)
    .map(".".join)
    .flatmap(lambda rest: st.sampled_from([rest, "_ingest." + rest]))
)


def _doc(source: dict[str, Any]) -> IngestDocument:
    return IngestDocument({**deep_copy(source), "_index": "i", "_version": JLong(1)}, deep_copy(source))


def _attempt(action: Any) -> Any:
    try:
        return ("ok", action())
    except JavaException as exc:
        return ("error", exc.java_class, str(exc))


def _remove_reference(doc: IngestDocument, fields: list[str], ignore_missing: bool) -> IngestDocument:
    """The processor's loop written with the document's general accessors only."""
    for field in fields:
        path = FieldPath.of(field)
        if ignore_missing:
            if doc.has(path):
                doc.remove(path)
        else:
            doc.remove(path)
    return doc


@settings(max_examples=600, deadline=None)
@given(source=_SOURCES, fields=st.lists(_PATHS, min_size=1, max_size=3), ignore_missing=st.booleans())
def test_fast_path_agrees_with_has_and_remove(
    source: dict[str, Any], fields: list[str], ignore_missing: bool
) -> None:
    processor = build("remove", {"field": fields, "ignore_missing": ignore_missing})
    fast, reference = _doc(source), _doc(source)
    assert _attempt(lambda: processor.execute(fast) is fast) == _attempt(
        lambda: _remove_reference(reference, fields, ignore_missing) is reference
    )
    assert (repr(fast.source), repr(fast.ingest)) == (repr(reference.source), repr(reference.ingest))
