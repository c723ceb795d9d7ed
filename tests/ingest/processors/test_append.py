"""append: lists, scalars, duplicates, empty values, copy_from."""

from __future__ import annotations

from typing import Any

import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, source_along, state
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_error

from s1elastic.ingest.javatypes import JavaSet, JLong
from s1elastic.ingest.painless.values import JChar, LinkedHashMap, TreeMap
from s1elastic.ingest.processors.append import AppendProcessor


@pytest.mark.parametrize(
    ("options", "source", "expected"),
    [
        pytest.param({"field": "a", "value": "x"}, {}, {"a": ["x"]}, id="missing-becomes-list"),
        pytest.param({"field": "a", "value": ["x", "y"]}, {}, {"a": ["x", "y"]}, id="list-value-flattened"),
        pytest.param({"field": "a", "value": "x"}, {"a": "s"}, {"a": ["s", "x"]}, id="scalar-becomes-list"),
        pytest.param({"field": "a", "value": "x"}, {"a": ["x"]}, {"a": ["x", "x"]}, id="duplicates-allowed"),
        pytest.param(
            {"field": "a", "value": ["x", "y", "y"], "allow_duplicates": False},
            {"a": ["x"]},
            {"a": ["x", "y"]},
            id="no-duplicates",
        ),
        pytest.param(
            {"field": "a", "value": "s", "allow_duplicates": False},
            {"a": "s"},
            {"a": "s"},
            id="scalar-unchanged",
        ),
        pytest.param(
            {"field": "a", "value": 1, "allow_duplicates": False},
            {"a": [JLong(1)]},
            {"a": [1, 1]},
            id="int-vs-long",
        ),
        pytest.param(
            {"field": "a", "value": ["", None, "x", "{{m}}"], "ignore_empty_values": True},
            {},
            {"a": ["x"]},
            id="ignore-empty-values",
        ),
        pytest.param(
            {"field": "a", "value": "{{m}}", "ignore_empty_values": True}, {}, {}, id="nothing-no-field"
        ),
        pytest.param({"field": "a", "value": []}, {}, {}, id="empty-list-creates-nothing"),
        pytest.param(
            {"field": "{{f}}", "value": "{{v}}"}, {"f": "t", "v": 3}, {"f": "t", "v": 3, "t": ["3"]}, id="tpl"
        ),
        pytest.param(
            {"field": "a", "copy_from": "b"},
            {"a": [1], "b": [2, 3]},
            {"a": [1, 2, 3], "b": [2, 3]},
            id="copy",
        ),
        pytest.param(
            {"field": "out", "copy_from": "gone", "ignore_empty_values": True},
            {"out": ["k"]},
            {"out": ["k"]},
            id="copy-missing-ignored",
        ),
        pytest.param(
            {"field": "out", "copy_from": "s.deeper", "ignore_empty_values": True},
            {"s": "text"},
            {"s": "text"},
            id="copy-unresolvable-ignored-no-field",
        ),
        pytest.param(
            {"field": "out", "copy_from": "src", "ignore_empty_values": True},
            {"src": ["", 7, None]},
            {"out": [7], "src": ["", 7, None]},
            id="copy-empties-skipped",
        ),
        pytest.param(
            {"field": "a.1", "value": "x"}, {"a": [0, 5]}, {"a": [0, [5, "x"]]}, id="list-index-target"
        ),
    ],
)
def test_append(options: dict[str, Any], source: dict[str, Any], expected: dict[str, Any]) -> None:
    assert run("append", options, source) == expected


def test_errors() -> None:
    assert run_error("append", {"field": "a", "copy_from": "b"}, {}) == iae(
        "field [b] not present as part of path [b]"
    )
    assert run_error("append", {"field": "a.b", "value": 1}, {"a": None}) == iae(
        "cannot set [b] with null parent as part of path [a.b]"
    )
    assert config_error("append", {"field": "a", "value": 1, "copy_from": "b"}) == parse_error(
        "[copy_from] cannot set both `copy_from` and `value` in the same processor", "copy_from", "append"
    )
    assert config_error("append", {"field": "a"}) == parse_error(
        "[value] required property is missing", "value", "append"
    )


# -- the bound execute (constant field, a value) must agree with the class's execute ---------------


@settings(max_examples=1500, deadline=None)
@given(
    data=st.data(),
    field=PATHS,
    value=st.sampled_from(["x", "", 7, "{{a}}", "{{{a.b}}}", ["v", "x"], [], {"k": "v"}]),
    existing=st.sampled_from([None, "x", ["x"], ["y", 7], [JChar("x")], JavaSet(["x"]), 7, {"k": 1}]),
    allow_duplicates=st.booleans(),
    ignore_empty_values=st.booleans(),
    parent_class=st.sampled_from([dict, LinkedHashMap, TreeMap]),
)
def test_bound_execute_agrees_with_class_execute(
    data: st.DataObject,
    field: str,
    value: Any,
    existing: Any,
    allow_duplicates: bool,
    ignore_empty_values: bool,
    parent_class: type,
) -> None:
    """Sources along the field, with an existing value of each kind under a map of each class."""
    source = data.draw(source_along(field) | SOURCES)
    if data.draw(st.booleans()):
        source = place(source, field, existing, parent_class)
    options = {
        "field": field,
        "value": value,
        "allow_duplicates": allow_duplicates,
        "ignore_empty_values": ignore_empty_values,
    }
    processor = build("append", options)
    assert isinstance(processor, AppendProcessor)
    assert ("execute" in vars(processor)) == (not field.startswith("_ingest."))
    bound, reference = make_doc(source), make_doc(source)
    assert attempt(lambda: processor.execute(bound) is bound) == attempt(
        lambda: AppendProcessor.execute(processor, reference) is reference
    )
    assert state(bound) == state(reference)


def place(source: dict[str, Any], field: str, existing: Any, parent_class: type) -> dict[str, Any]:
    """`source` with `existing` at `field` (a source path), its parent map of `parent_class`."""
    parts = field.removeprefix("_ingest.").split(".")
    value: Any = existing
    for i, part in enumerate(reversed(parts)):
        value = parent_class({part: value}) if i == 0 else {part: value}
    return {**source, **value}
