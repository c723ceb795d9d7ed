"""lowercase, uppercase, trim and the shared AbstractStringProcessor behaviour."""

from __future__ import annotations

from typing import Any

import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, source_along, state
from hypothesis import given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_error

from s1elastic.ingest.processors.strings import StringProcessor, java_trim


@pytest.mark.parametrize(
    ("processor", "value", "expected"),
    [
        pytest.param("lowercase", "HeLLo", "hello", id="lowercase"),
        pytest.param("uppercase", "straße", "STRASSE", id="uppercase-sharp-s"),
        pytest.param("trim", " \t\n x y \r", "x y", id="trim-control"),
        pytest.param("trim", "\u00a0x\u00a0", "\u00a0x\u00a0", id="trim-keeps-nbsp"),
        pytest.param("lowercase", ["A", "B"], ["a", "b"], id="list"),
    ],
)
def test_processing(processor: str, value: Any, expected: Any) -> None:
    assert run(processor, {"field": "f"}, {"f": value}) == {"f": expected}


def test_target_field_and_ignore_missing() -> None:
    assert run("uppercase", {"field": "f", "target_field": "g.h"}, {"f": "a"}) == {"f": "a", "g": {"h": "A"}}
    assert run("uppercase", {"field": "f", "ignore_missing": True}, {}) == {}
    assert run("uppercase", {"field": "f", "ignore_missing": True}, {"f": None}) == {"f": None}


@pytest.mark.parametrize(
    ("source", "error"),
    [
        pytest.param({}, iae("field [f] not present as part of path [f]"), id="missing"),
        pytest.param({"f": None}, iae("field [f] is null, cannot process it."), id="null"),
        pytest.param(
            {"f": 5},
            iae("field [f] of type [java.lang.Integer] cannot be cast to [java.lang.String]"),
            id="int",
        ),
        pytest.param(
            {"f": ["a", 2]},
            iae(
                "value [2] of type [java.lang.Integer] in list field [f] cannot be cast to [java.lang.String]"
            ),
            id="list-element",
        ),
    ],
)
def test_errors(source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("lowercase", {"field": "f"}, source) == error


def test_config_errors() -> None:
    assert config_error("trim", {}) == parse_error("[field] required property is missing", "field", "trim")
    assert config_error("trim", {"field": "f", "ignore_missing": "true"}) == parse_error(
        "[ignore_missing] property isn't a boolean, but of type [java.lang.String]", "ignore_missing", "trim"
    )


def _processor_and_twin_docs(
    processor_type: str, data: st.DataObject, field: str, ignore_missing: bool
) -> tuple[StringProcessor, Any, Any]:
    """A string processor on `field` and two identical documents drawn along that field."""
    source = data.draw(source_along(field) | SOURCES)
    processor = build(processor_type, {"field": field, "ignore_missing": ignore_missing})
    assert isinstance(processor, StringProcessor)
    return processor, make_doc(source), make_doc(source)


SHAPES = given(
    processor_type=st.sampled_from(["lowercase", "uppercase", "trim"]),
    data=st.data(),
    field=PATHS,
    ignore_missing=st.booleans(),
)


@settings(max_examples=500, deadline=None)
@SHAPES
def test_in_place_walk_agrees_with_get_and_set(
    processor_type: str, data: st.DataObject, field: str, ignore_missing: bool
) -> None:
    processor, fast, general = _processor_and_twin_docs(processor_type, data, field, ignore_missing)
    assert attempt(lambda: processor.execute(fast) is fast) == attempt(
        lambda: processor._execute_general(general) is general
    )
    assert state(fast) == state(general)


def _trim_reference(value: str) -> str:
    """String.trim() as the JDK loops it: drop chars <= U+0020 at both ends."""
    start, end = 0, len(value)
    while start < end and value[start] <= " ":
        start += 1
    while end > start and value[end - 1] <= " ":
        end -= 1
    return value[start:end]


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(["\x00", "\x1f", " ", "!", "a", "\x7f", "\u00a0", "\u2003", "é"]))
)
def test_java_trim_matches_the_jdk_loop(text: str) -> None:
    assert java_trim(text) == _trim_reference(text)


@settings(max_examples=500, deadline=None)
@SHAPES
def test_bound_execute_agrees_with_class_execute(
    processor_type: str, data: st.DataObject, field: str, ignore_missing: bool
) -> None:
    """In place, `execute` is a closure built at create time; the class's `execute` is its reference."""
    processor, bound, reference = _processor_and_twin_docs(processor_type, data, field, ignore_missing)
    assert "execute" in vars(processor)
    assert attempt(lambda: processor.execute(bound) is bound) == attempt(
        lambda: StringProcessor.execute(processor, reference) is reference
    )
    assert state(bound) == state(reference)
