"""remove: fields, templates, lists, ignore_missing, keep, metadata."""

from __future__ import annotations

from typing import Any

import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, source_along, state
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_error

from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException
from s1elastic.ingest.processors.remove import RemoveProcessor

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
@given(data=st.data(), fields=st.lists(PATHS, min_size=1, max_size=3), ignore_missing=st.booleans())
def test_fast_path_agrees_with_has_and_remove(
    data: st.DataObject, fields: list[str], ignore_missing: bool
) -> None:
    source = data.draw(source_along(fields[0]) | SOURCES)
    processor = build("remove", {"field": fields, "ignore_missing": ignore_missing})
    fast, reference = make_doc(source), make_doc(source)
    assert attempt(lambda: processor.execute(fast) is fast) == attempt(
        lambda: _remove_reference(reference, fields, ignore_missing) is reference
    )
    assert state(fast) == state(reference)


@settings(max_examples=500, deadline=None)
@given(data=st.data(), fields=st.lists(PATHS, min_size=1, max_size=3), ignore_missing=st.booleans())
def test_bound_execute_agrees_with_class_execute(
    data: st.DataObject, fields: list[str], ignore_missing: bool
) -> None:
    """Constant names get a closure `execute`; the class's own `execute` is its reference."""
    source = data.draw(source_along(fields[0]) | SOURCES)
    processor = build("remove", {"field": fields, "ignore_missing": ignore_missing})
    assert isinstance(processor, RemoveProcessor)
    assert "execute" in vars(processor)
    bound, reference = make_doc(source), make_doc(source)
    assert attempt(lambda: processor.execute(bound) is bound) == attempt(
        lambda: RemoveProcessor.execute(processor, reference) is reference
    )
    assert state(bound) == state(reference)
