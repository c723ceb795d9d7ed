"""set: templates, copy_from, override, ignore_empty_value, media_type, metadata."""

from __future__ import annotations

from typing import Any

import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, source_along, state
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_doc, run_error

from s1elastic.ingest.javatypes import ZonedDateTime
from s1elastic.ingest.processors.set import SetProcessor


@pytest.mark.parametrize(
    ("options", "source", "expected"),
    [
        pytest.param({"field": "a", "value": 1}, {}, {"a": 1}, id="literal-int-keeps-type"),
        pytest.param({"field": "a.b", "value": "x"}, {}, {"a": {"b": "x"}}, id="creates-parents"),
        pytest.param(
            {"field": "a", "value": "{{b}}"}, {"b": 5}, {"a": "5", "b": 5}, id="template-gives-string"
        ),
        pytest.param({"field": "{{b}}", "value": 1}, {"b": "k"}, {"k": 1, "b": "k"}, id="templated-field"),
        pytest.param(
            {"field": "a", "value": {"{{b}}": ["{{b}}", 2]}},
            {"b": "k"},
            {"a": {"k": ["k", 2]}, "b": "k"},
            id="map",
        ),
        pytest.param(
            {"field": "a", "value": "x", "override": False}, {"a": 1}, {"a": 1}, id="no-override-keeps"
        ),
        pytest.param(
            {"field": "a", "value": "x", "override": False}, {"a": None}, {"a": "x"}, id="no-override-null"
        ),
        pytest.param(
            {"field": "a", "value": "x", "override": False}, {}, {"a": "x"}, id="no-override-missing"
        ),
        pytest.param(
            {"field": "a", "copy_from": "b"}, {"b": {"c": [1]}}, {"a": {"c": [1]}, "b": {"c": [1]}}, id="copy"
        ),
        pytest.param(
            {"field": "a", "value": "{{missing}}", "ignore_empty_value": True},
            {},
            {},
            id="ignore-empty-template",
        ),
        pytest.param(
            {"field": "a", "value": "", "ignore_empty_value": True},
            {},
            {"a": ""},
            id="literal-empty-still-set",
        ),
        pytest.param(
            {"field": "a", "copy_from": "missing", "ignore_empty_value": True},
            {},
            {},
            id="copy-missing-ignored",
        ),
        pytest.param(
            {"field": "a", "copy_from": "b", "ignore_empty_value": True},
            {"b": ""},
            {"b": ""},
            id="copy-empty-ignored",
        ),
        pytest.param(
            {"field": "a", "value": "{{b}}", "media_type": "text/plain"},
            {"b": 'q"'},
            {"a": 'q"', "b": 'q"'},
            id="plain",
        ),
        pytest.param(
            {"field": "a", "value": "{{b}}"}, {"b": 'q"'}, {"a": 'q\\"', "b": 'q"'}, id="json-escaped"
        ),
    ],
)
def test_set(options: dict[str, Any], source: dict[str, Any], expected: dict[str, Any]) -> None:
    assert run("set", options, source) == expected


def test_copy_from_deep_copies() -> None:
    doc = run_doc("set", {"field": "a", "copy_from": "b"}, {"b": {"c": [1]}})
    doc.source["b"]["c"].append(2)
    assert doc.source["a"] == {"c": [1]}


def test_copy_from_ingest_timestamp_keeps_java_type() -> None:
    doc = run_doc("set", {"field": "ts", "copy_from": "_ingest.timestamp"}, {})
    assert isinstance(doc.source["ts"], ZonedDateTime)


def test_metadata_write_is_validated() -> None:
    assert run_error("set", {"field": "_id", "value": 1}, {}) == iae(
        "_id [1] is wrong type, expected assignable to [java.lang.String], not [java.lang.Integer]"
    )
    assert run_doc("set", {"field": "_index", "value": "{{a}}"}, {"a": "i2"}).source["_index"] == "i2"


def test_runtime_errors() -> None:
    assert run_error("set", {"field": "a", "copy_from": "b"}, {}) == iae(
        "field [b] not present as part of path [b]"
    )
    assert run_error("set", {"field": "a.b", "value": 1}, {"a": "s"}) == iae(
        "cannot set [b] with parent object of type [java.lang.String] as part of path [a.b]"
    )


@pytest.mark.parametrize(
    ("options", "reason", "prop"),
    [
        pytest.param({"value": 1}, "[field] required property is missing", "field", id="no-field"),
        pytest.param({"field": "a"}, "[value] required property is missing", "value", id="no-value"),
        pytest.param(
            {"field": "a", "value": 1, "copy_from": "b"},
            "[copy_from] cannot set both `copy_from` and `value` in the same processor",
            "copy_from",
            id="both",
        ),
        pytest.param(
            {"field": "a", "value": 1, "override": "yes"},
            "[override] property isn't a boolean, but of type [java.lang.String]",
            "override",
            id="bad-boolean",
        ),
        pytest.param(
            {"field": "a", "value": 1, "media_type": "x/y"},
            "[media_type] property does not contain a supported media type [x/y]",
            "media_type",
            id="bad-media-type",
        ),
    ],
)
def test_config_errors(options: dict[str, Any], reason: str, prop: str) -> None:
    assert config_error("set", options) == parse_error(reason, prop, "set")


def test_unknown_option() -> None:
    assert config_error("set", {"field": "a", "value": 1, "foo": 1}) == parse_error(
        "processor [set] doesn't support one or more provided configuration parameters [foo]", None, "set"
    )


@settings(max_examples=500, deadline=None)
@given(
    data=st.data(),
    field=PATHS,
    value=st.sampled_from(["x", 7, "", "{{a}}", ["v"], {"k": "v"}]),
    ignore_empty_value=st.booleans(),
)
def test_bound_execute_agrees_with_class_execute(
    data: st.DataObject, field: str, value: Any, ignore_empty_value: bool
) -> None:
    """A constant field, always written, gets a closure `execute`; the class's is its reference."""
    source = data.draw(source_along(field) | SOURCES)
    options = {"field": field, "value": value, "ignore_empty_value": ignore_empty_value}
    processor = build("set", options)
    assert isinstance(processor, SetProcessor)
    assert ("execute" in vars(processor)) == (processor._plain is not None)
    bound, reference = make_doc(source), make_doc(source)
    assert attempt(lambda: processor.execute(bound) is bound) == attempt(
        lambda: SetProcessor.execute(processor, reference) is reference
    )
    assert state(bound) == state(reference)
